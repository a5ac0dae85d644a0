import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that moves whenever anything search shows changes, so search results can be cached
 * and every cache entry checked with one cheap read. Bumped by statement-level triggers, so no
 * writer has to remember to do it.
 */
export class SearchRevision1795821801119 implements MigrationInterface {
  name = 'SearchRevision1795821801119';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_revision" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "search_revision" ("id", "revision") VALUES (true, 1)`);
    await queryRunner.query(`CREATE FUNCTION bump_search_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "search_revision" SET "revision" = "revision" + 1;
        RETURN NULL;
      END $$`);
    for (const table of ['listing', 'framework', 'lot', 'category']) {
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_search_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_search_revision()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['listing', 'framework', 'lot', 'category']) {
      await queryRunner.query(`DROP TRIGGER "trg_${table}_search_revision" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_search_revision()`);
    await queryRunner.query(`DROP TABLE "search_revision"`);
  }
}
