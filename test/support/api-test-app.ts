import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@app/config';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { AdminBootstrapService } from '@app/identity';
import { ENTITIES } from '@app/platform';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/create-api-app';

export interface ApiTestOptions {
  /** Made by the app's own start-up bootstrap, as ADMIN_EMAIL/ADMIN_PASSWORD do in production. */
  admin?: { email: string; password: string };
  /** Applied last, e.g. REDIS_URL for a test's private redis-server. */
  env?: NodeJS.ProcessEnv;
}

export interface RegisteredUser {
  email: string;
  password: string;
  fullName: string;
  role: string;
  councilCode?: string;
}

export interface ApiTestApp {
  db: TestDatabase;
  app: INestApplication;
  config: AppConfig;
  http(): ReturnType<typeof request>;
  tokenFor(email: string, password: string): Promise<string>;
  /** Registers through the API (expecting 202) and signs in; only for users active straight away. */
  registerAndSignIn(user: RegisteredUser): Promise<string>;
  /** An administrator made directly (as the admin:create command does), signed in. */
  createAdmin(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The API in-process on a throwaway, migrated database. Start-up loads reference data as in
 * production; demo data is off and the queue prefix is unique so parallel test files never meet.
 */
export async function startApiForTest(options: ApiTestOptions = {}): Promise<ApiTestApp> {
  const db = await createTestDatabase(ENTITIES);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: `pc-test-${randomBytes(5).toString('hex')}`,
    SEED_DEMO: 'false',
    // Always set both, so an administrator from the developer's shell never leaks into a test.
    ADMIN_EMAIL: options.admin?.email ?? '',
    ADMIN_PASSWORD: options.admin?.password ?? '',
    ...options.env,
  });
  let app: INestApplication | undefined;
  try {
    app = await createApiApp(config, { logger: false });
    await app.init();
  } catch (error) {
    // The caller never gets a handle to clean up with, so do it here.
    await app?.close();
    await db.drop();
    throw error;
  }
  const started = app;
  const http = () => request(started.getHttpServer());
  const tokenFor = async (email: string, password: string) =>
    (await http().post('/api/v1/auth/token').send({ email, password }).expect(200)).body.accessToken as string;
  return {
    db,
    app: started,
    config,
    http,
    tokenFor,
    async registerAndSignIn(user) {
      await http().post('/api/v1/auth/register').send(user).expect(202);
      return tokenFor(user.email, user.password);
    },
    async createAdmin(email, password) {
      await started.get(AdminBootstrapService).createAdmin(email, password, 'Test Administrator');
      return tokenFor(email, password);
    },
    async close() {
      await started.close();
      await db.drop();
    },
  };
}
