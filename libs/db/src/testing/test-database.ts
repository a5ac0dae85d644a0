import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, EntityList } from '../data-source';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEST_NAME = /^pc_test_[a-z0-9_]+$/;

export interface TestDatabase {
  name: string;
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function assertTestName(name: string): void {
  // Refuse anything not made by this helper, so a mistyped variable can never drop a real database.
  if (!TEST_NAME.test(name)) throw new Error(`refusing to touch database "${name}": not a pc_test_ database`);
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A throwaway database on the real PostgreSQL server, migrated to the latest schema. */
export async function createTestDatabase(entities: EntityList, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `pc_test_${randomBytes(6).toString('hex')}`;
  assertTestName(name);
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = urlFor(name);
  const dataSource = await createDataSource(url, entities, 5).initialize();
  if (options.migrate ?? true) await dataSource.runMigrations({ transaction: 'each' });
  return {
    name,
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      assertTestName(name);
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
