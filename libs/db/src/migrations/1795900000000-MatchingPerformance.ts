import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the matching prefilters (libs/matching):
 * - partner matching finds the open, collaborative needs whose titles are nearest a need's without
 *   reading them all: a trigram GiST index answers `ORDER BY title <-> $1 LIMIT k` as a KNN scan
 *   (partial, over the needs it may suggest);
 * - supplier matching reads the listings sharing CPV prefixes with an opportunity among published
 *   listings of active suppliers only: a partial GIN index, so the planner no longer intersects the
 *   whole-table index with the 50,000-row status index.
 */
export class MatchingPerformance1795900000000 implements MigrationInterface {
  name = 'MatchingPerformance1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_need_title_trgm" ON "need" USING gist ("title" gist_trgm_ops) WHERE open_to_collaboration AND status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_listing_matchable_cpv" ON "listing" USING gin ("cpv_prefixes") WHERE status = 'published' AND supplier_active`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_listing_matchable_cpv"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_title_trgm"`);
  }
}
