import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEST_NAME = /^pc_test_[a-z0-9_]+$/;

/**
 * A throwaway database for one benchmark run, named and guarded like the test databases
 * (libs/db/src/testing): only a pc_test_ name is ever created or dropped. It is left empty: the
 * import command migrates it and loads the reference data, as it would a real one.
 */
export interface BenchDatabase {
  name: string;
  url: string;
  query<T>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `pc_test_bench_${randomBytes(5).toString('hex')}`;
  guard(name);
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    async query<T>(sql: string): Promise<T[]> {
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async drop() {
      if (dropped) return;
      dropped = true;
      guard(name);
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

function guard(name: string): void {
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
