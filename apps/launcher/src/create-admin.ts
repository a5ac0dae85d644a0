import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AdminBootstrapService } from '@app/identity';
import { exitWith, prepareProcess } from '@app/platform';
import { DomainError } from '@app/shared';
import { CliModule } from './cli.module';

/**
 * `npm run admin:create -- email "Full Name"`, with the password in ADMIN_PASSWORD so it never
 * lands in shell history or the process list.
 */
async function main(): Promise<void> {
  const [email, fullName] = process.argv.slice(2);
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !fullName || !password) {
    exitWith('usage: ADMIN_PASSWORD=... npm run admin:create -- email "Full Name"');
  }
  const { config, embedded } = await prepareProcess('admin:create');
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const admin = await context.get(AdminBootstrapService).createAdmin(email, password, fullName);
    process.stdout.write(`Created administrator ${admin.email} (${admin.id})\n`);
  } catch (error) {
    if (error instanceof DomainError) {
      const fields = error.fieldErrors.map((field) => `${field.field}: ${field.message}`).join('; ');
      exitWith(`admin:create: ${error.message}${fields ? ` (${fields})` : ''}`);
    }
    throw error;
  } finally {
    await context.close();
    await embedded?.stop();
  }
}

void main();
