import { MigrationInterface, QueryRunner } from "typeorm";

export class Catalogue1795821695578 implements MigrationInterface {
    name = 'Catalogue1795821695578'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_413064c9a2fb226f0d933712883" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_framework_slug" ON "framework"  ("slug") `);
        await queryRunner.query(`CREATE TABLE "lot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "max_categories_per_service" integer NOT NULL DEFAULT '10', CONSTRAINT "PK_2ba293e2165c7b93cd766c8ac9b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_lot_framework_slug" ON "lot"  ("framework_id", "slug") `);
        await queryRunner.query(`CREATE TABLE "category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lot_id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "parent_name" text, CONSTRAINT "PK_9c4e4a89e3674fc9f382d733f03" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_category_lot_slug" ON "category"  ("lot_id", "slug") `);
        await queryRunner.query(`CREATE TABLE "listing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "external_ref" text, "framework_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "status" text NOT NULL, "name" text NOT NULL, "summary" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "features" text array NOT NULL DEFAULT '{}', "benefits" text array NOT NULL DEFAULT '{}', "category_ids" uuid array NOT NULL DEFAULT '{}', "cpv_codes" text array NOT NULL DEFAULT '{}', "cpv_prefixes" text array, "price_min_pence" bigint, "price_max_pence" bigint, "price_unit" text, "open_source" boolean NOT NULL DEFAULT false, "open_api" boolean NOT NULL DEFAULT false, "open_standards" text array NOT NULL DEFAULT '{}', "data_export_formats" text array NOT NULL DEFAULT '{}', "iso27001" boolean NOT NULL DEFAULT false, "cyber_essentials" text NOT NULL DEFAULT 'none', "uk_hosting" boolean NOT NULL DEFAULT false, "accessibility_statement_url" text, "quality_score" integer NOT NULL DEFAULT '0', "quality_missing" text array NOT NULL DEFAULT '{}', "rejection_reason" text, "current_version" integer NOT NULL DEFAULT '1', "pending_version" integer, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "supplier_name" text NOT NULL DEFAULT '', "supplier_is_sme" boolean NOT NULL DEFAULT false, "supplier_is_vcse" boolean NOT NULL DEFAULT false, "supplier_local_to" text array NOT NULL DEFAULT '{}', "supplier_active" boolean NOT NULL DEFAULT true, "search_document" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_381d45ebb8692362c156d6b87d7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_listing_supplier" ON "listing"  ("supplier_id") `);
        await queryRunner.query(`CREATE INDEX "ix_listing_status" ON "listing"  ("status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_listing_supplier_external_ref" ON "listing"  ("supplier_id", "external_ref") WHERE "external_ref" IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "listing_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_id" uuid NOT NULL, "version" integer NOT NULL, "state" text NOT NULL, "content" jsonb NOT NULL, "quality_score" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reason" text, CONSTRAINT "PK_06c8a1721018311e0b0c39f7dd8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_listing_version" ON "listing_version"  ("listing_id", "version") `);
        await queryRunner.query(`ALTER TABLE "lot" ADD CONSTRAINT "FK_e442b69291830d8d8cf372d7320" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "category" ADD CONSTRAINT "FK_e9b56500d24df4235a1ea6cecab" FOREIGN KEY ("lot_id") REFERENCES "lot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "listing" ADD CONSTRAINT "FK_c32631b2abefa62d1c1eb3cd293" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "listing" ADD CONSTRAINT "FK_5d25ad9c0adf5abf7b03174a1d4" FOREIGN KEY ("lot_id") REFERENCES "lot"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "listing_version" ADD CONSTRAINT "FK_796514ac9c793f689eaa220280b" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // Written by hand: search support the entity metadata cannot express.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE FUNCTION listing_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- Weighted so that a name match outranks a summary match, which outranks the body.
                NEW.search_document :=
                    setweight(to_tsvector('english', coalesce(NEW.name, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(NEW.summary, '') || ' ' || coalesce(NEW.supplier_name, '')), 'B') ||
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
        await queryRunner.query(`CREATE TRIGGER "trg_listing_search_fields" BEFORE INSERT OR UPDATE OF name, summary, description, features, benefits, supplier_name, cpv_codes ON "listing" FOR EACH ROW EXECUTE FUNCTION listing_search_fields()`);
        await queryRunner.query(`CREATE INDEX "ix_listing_search_document" ON "listing" USING gin ("search_document")`);
        await queryRunner.query(`CREATE INDEX "ix_listing_cpv_prefixes" ON "listing" USING gin ("cpv_prefixes")`);
        await queryRunner.query(`CREATE INDEX "ix_listing_category_ids" ON "listing" USING gin ("category_ids")`);
        await queryRunner.query(`CREATE INDEX "ix_listing_supplier_local_to" ON "listing" USING gin ("supplier_local_to")`);
        await queryRunner.query(`CREATE INDEX "ix_listing_name_trgm" ON "listing" USING gin ("name" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_listing_supplier_name_trgm" ON "listing" USING gin ("supplier_name" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const index of ['ix_listing_supplier_name_trgm', 'ix_listing_name_trgm', 'ix_listing_supplier_local_to', 'ix_listing_category_ids', 'ix_listing_cpv_prefixes', 'ix_listing_search_document']) {
            await queryRunner.query(`DROP INDEX "public"."${index}"`);
        }
        await queryRunner.query(`DROP TRIGGER "trg_listing_search_fields" ON "listing"`);
        await queryRunner.query(`DROP FUNCTION listing_search_fields()`);
        await queryRunner.query(`ALTER TABLE "listing_version" DROP CONSTRAINT "FK_796514ac9c793f689eaa220280b"`);
        await queryRunner.query(`ALTER TABLE "listing" DROP CONSTRAINT "FK_5d25ad9c0adf5abf7b03174a1d4"`);
        await queryRunner.query(`ALTER TABLE "listing" DROP CONSTRAINT "FK_c32631b2abefa62d1c1eb3cd293"`);
        await queryRunner.query(`ALTER TABLE "category" DROP CONSTRAINT "FK_e9b56500d24df4235a1ea6cecab"`);
        await queryRunner.query(`ALTER TABLE "lot" DROP CONSTRAINT "FK_e442b69291830d8d8cf372d7320"`);
        await queryRunner.query(`DROP INDEX "public"."uq_listing_version"`);
        await queryRunner.query(`DROP TABLE "listing_version"`);
        await queryRunner.query(`DROP INDEX "public"."uq_listing_supplier_external_ref"`);
        await queryRunner.query(`DROP INDEX "public"."ix_listing_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_listing_supplier"`);
        await queryRunner.query(`DROP TABLE "listing"`);
        await queryRunner.query(`DROP INDEX "public"."uq_category_lot_slug"`);
        await queryRunner.query(`DROP TABLE "category"`);
        await queryRunner.query(`DROP INDEX "public"."uq_lot_framework_slug"`);
        await queryRunner.query(`DROP TABLE "lot"`);
        await queryRunner.query(`DROP INDEX "public"."uq_framework_slug"`);
        await queryRunner.query(`DROP TABLE "framework"`);
    }

}
