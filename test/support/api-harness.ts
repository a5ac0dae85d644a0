import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { TestDatabase } from '@app/db/testing';
import { ApiTestApp } from './api-test-app';

/** Every user a harness makes signs in with this. */
export const HARNESS_PASSWORD = 'correct horse battery staple';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Field names a problem response blames. */
export const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

/**
 * The API on a throwaway database (reference data loaded at start, as in production) with an
 * administrator signed in: the common ground of the per-area harnesses, which add helpers that make
 * users, suppliers and frameworks through the API itself.
 */
export abstract class ApiHarness {
  adminToken = '';
  /** Numbers the users a harness makes; with `run`, their emails never meet another test file's. */
  protected sequence = 0;
  protected readonly run = randomBytes(4).toString('hex');

  readonly db: TestDatabase;
  readonly app: INestApplication;

  protected constructor(protected readonly api: ApiTestApp) {
    this.db = api.db;
    this.app = api.app;
  }

  /** The first step of a subclass's start(). */
  protected async signInAdmin(): Promise<void> {
    this.adminToken = await this.api.createAdmin(`admin-${this.run}@example.com`, HARNESS_PASSWORD);
  }

  close(): Promise<void> {
    return this.api.close();
  }

  http() {
    return this.api.http();
  }

  tokenFor(email: string): Promise<string> {
    return this.api.tokenFor(email, HARNESS_PASSWORD);
  }

  async setFrameworkStatus(slug: string, status: string): Promise<void> {
    await this.http().patch(`/api/v1/admin/frameworks/${slug}`).set(bearer(this.adminToken)).send({ status }).expect(200);
  }
}
