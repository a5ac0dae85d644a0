import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Matching results (DESIGN §4): partner councils per need and supplier matches per opportunity,
 * each with its reasons and the run that wrote it. Generated, then grouped by table by hand. Needs,
 * opportunities, listings and suppliers belong to other contexts and are held by id without a
 * foreign key; each job run replaces its rows.
 */
export class Matching1795823784598 implements MigrationInterface {
    name = 'Matching1795823784598'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Partner needs, stored both ways; the second index answers "who suggests this need".
        await queryRunner.query(`CREATE TABLE "need_partner" ("need_id" uuid NOT NULL, "partner_need_id" uuid NOT NULL, "score" double precision NOT NULL, "reasons" jsonb NOT NULL, "run_key" text NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dismissed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0cc29776946d8a8233dcc23eae1" PRIMARY KEY ("need_id", "partner_need_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_need_partner_partner" ON "need_partner"  ("partner_need_id") `);

        // Listings matched to opportunities; by listing for "which opportunities does this listing fit".
        await queryRunner.query(`CREATE TABLE "opportunity_match" ("opportunity_id" uuid NOT NULL, "listing_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "score" double precision NOT NULL, "reasons" jsonb NOT NULL, "flags" jsonb NOT NULL, "run_key" text NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d8e5e74a01f024f0bb31edce889" PRIMARY KEY ("opportunity_id", "listing_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_opportunity_match_listing" ON "opportunity_match"  ("listing_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_opportunity_match_listing"`);
        await queryRunner.query(`DROP TABLE "opportunity_match"`);
        await queryRunner.query(`DROP INDEX "public"."ix_need_partner_partner"`);
        await queryRunner.query(`DROP TABLE "need_partner"`);
    }
}
