import { DataSource } from 'typeorm';

/** One key for "the schema and its seed data are being brought up to date". */
export const BOOTSTRAP_LOCK_KEY = 726_100_001;

/**
 * Runs `work` while holding a session-level PostgreSQL advisory lock on its own connection, so that
 * several processes starting together migrate and seed one after another, never at once.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
