import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps the small arrays search filters and counts by (categories, local councils, CPV prefixes)
 * inside the row: with the low toast target of SearchPerformance they would otherwise move out of
 * line, and counting categories over 50,000 matches would unpack each. Also lets sorts and the
 * materialised match set of a broad search stay in memory (16 MB), where the owner may set it.
 */
export class SearchStorage1795824117526 implements MigrationInterface {
  name = 'SearchStorage1795824117526';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['category_ids', 'supplier_local_to', 'cpv_prefixes']) {
      await queryRunner.query(`ALTER TABLE "listing" ALTER COLUMN "${column}" SET STORAGE MAIN`);
    }
    await queryRunner.query(`DO $$
      BEGIN
        EXECUTE format('ALTER DATABASE %I SET work_mem = %L', current_database(), '16MB');
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'work_mem left as it is: only the database owner may set it';
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['category_ids', 'supplier_local_to', 'cpv_prefixes']) {
      await queryRunner.query(`ALTER TABLE "listing" ALTER COLUMN "${column}" SET STORAGE EXTENDED`);
    }
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET work_mem', current_database()); END $$`);
  }
}
