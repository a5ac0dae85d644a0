import 'reflect-metadata';
import { prepareProcess } from '@app/platform';
import { prepareDatabase } from './prepare-database';

/** `npm run db:migrate`: bring the database up to date and exit. */
async function main(): Promise<void> {
  const { config, embedded } = await prepareProcess('db:migrate');
  await prepareDatabase(config);
  await embedded?.stop();
  process.stdout.write('Database is up to date\n');
}

main().catch((error: Error) => {
  process.stderr.write(`db:migrate failed: ${error.message}\n`);
  process.exit(1);
});
