import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes broad searches ("software" matches nearly every listing) cheap to count and rank:
 * - the full search document moves out of the main row (TOAST), so the rows a search counts and
 *   facets are narrow and a bitmap scan of the GIN index reads little;
 * - it keeps no planner statistics, so the planner always takes that GIN index instead of a
 *   sequential scan that would unpack every document (a cost it cannot see);
 * - a small title document (name and summary) stays in the row and is what results are ranked by,
 *   so ranking never unpacks the full documents either. Full-text matching still uses everything.
 */
export class SearchPerformance1795821997848 implements MigrationInterface {
  name = 'SearchPerformance1795821997848';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing" ADD "title_document" tsvector`);
    await queryRunner.query(`ALTER TABLE "listing" ALTER COLUMN "title_document" SET STORAGE MAIN`);
    await queryRunner.query(`ALTER TABLE "listing" ALTER COLUMN "search_document" SET STORAGE EXTERNAL`);
    await queryRunner.query(`ALTER TABLE "listing" ALTER COLUMN "search_document" SET STATISTICS 0`);
    await queryRunner.query(`ALTER TABLE "listing" SET (toast_tuple_target = 256)`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION listing_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.title_document :=
          setweight(to_tsvector('english', coalesce(NEW.name, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B');
        -- Weighted so that a name match outranks a summary match, which outranks the body.
        NEW.search_document :=
          NEW.title_document ||
          setweight(to_tsvector('english', coalesce(NEW.supplier_name, '')), 'B') ||
          setweight(to_tsvector('english', array_to_string(NEW.features, ' ') || ' ' || array_to_string(NEW.benefits, ' ')), 'C') ||
          setweight(to_tsvector('english', coalesce(NEW.description, '')), 'C');
        -- 72260000 -> 7226 -> {72, 722, 7226}: a filter on any ancestor is one containment test.
        NEW.cpv_prefixes := ARRAY(
          SELECT DISTINCT left(significant, n)
          FROM unnest(NEW.cpv_codes) AS code,
               LATERAL (SELECT greatest(rtrim(left(code, 8), '0'), left(code, 2)) AS significant) AS s,
               LATERAL generate_series(2, length(significant)) AS n
        );
        RETURN NEW;
      END $$`);
    // Recompute existing rows through the trigger.
    await queryRunner.query(`UPDATE "listing" SET "name" = "name"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing" RESET (toast_tuple_target)`);
    await queryRunner.query(`ALTER TABLE "listing" ALTER COLUMN "search_document" SET STATISTICS -1`);
    await queryRunner.query(`ALTER TABLE "listing" ALTER COLUMN "search_document" SET STORAGE EXTENDED`);
    await queryRunner.query(`ALTER TABLE "listing" DROP COLUMN "title_document"`);
  }
}
