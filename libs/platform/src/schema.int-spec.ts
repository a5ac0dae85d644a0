import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from './entities';

describe('database schema', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
  });

  afterAll(() => db.drop());

  it('is exactly what the entities describe once every migration has run', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('keeps the audit log append-only', async () => {
    await db.dataSource.query(
      `INSERT INTO audit_event (action, object_type, object_id) VALUES ('test.recorded', 'test', '1')`,
    );
    await expect(db.dataSource.query(`UPDATE audit_event SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
