import { MigrationInterface, QueryRunner } from "typeorm";

/** Needs and the contracts register (procurement). Generated, then ordered and given the GIN indexes by hand. */
export class ProcurementNeedsContracts1795822188941 implements MigrationInterface {
    name = 'ProcurementNeedsContracts1795822188941'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_code" text NOT NULL, "created_by" uuid, "status" text NOT NULL, "closure" text, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "cpv_codes" text array NOT NULL, "cpv_prefixes" text array NOT NULL, "lot_id" uuid, "estimated_value_pence" bigint, "wanted_start_date" date, "current_supplier_name" text, "current_supplier_id" uuid, "current_end_date" date, "current_extension_until" date, "current_annual_value_pence" bigint, "open_to_collaboration" boolean NOT NULL DEFAULT false, "prefers_sme" boolean NOT NULL DEFAULT false, "prefers_local" boolean NOT NULL DEFAULT false, "prefers_open_source" boolean NOT NULL DEFAULT false, "prefers_open_standards" boolean NOT NULL DEFAULT false, "prefers_uk_hosting" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_need_current_dates" CHECK ("current_extension_until" IS NULL OR "current_end_date" IS NULL OR "current_extension_until" >= "current_end_date"), CONSTRAINT "ck_need_state" CHECK (("status" = 'open' AND "closure" IS NULL) OR ("status" = 'closed' AND "closure" IN ('closed-by-buyer', 'joint-procurement'))), CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_need_council" ON "need"  ("council_code") `);
        await queryRunner.query(`CREATE INDEX "ix_need_collaborative" ON "need"  ("open_to_collaboration", "status") WHERE "open_to_collaboration" AND "status" = 'open'`);
        await queryRunner.query(`CREATE TABLE "contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_code" text NOT NULL, "source" text NOT NULL, "award_id" uuid, "external_ref" text, "recorded_by" uuid, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "supplier_name" text NOT NULL, "supplier_id" uuid, "supplier_company_number" text, "cpv_codes" text array NOT NULL, "cpv_prefixes" text array NOT NULL, "value_pence" bigint NOT NULL, "annual_value_pence" bigint, "start_date" date NOT NULL, "end_date" date NOT NULL, "extension_until" date, "awarded_via" text NOT NULL, "supplier_is_sme" boolean NOT NULL DEFAULT false, "supplier_is_vcse" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_contract_dates" CHECK ("end_date" >= "start_date" AND ("extension_until" IS NULL OR "extension_until" >= "end_date")), CONSTRAINT "ck_contract_values" CHECK ("value_pence" >= 0 AND ("annual_value_pence" IS NULL OR "annual_value_pence" >= 0)), CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_contract_supplier" ON "contract"  ("supplier_id") `);
        await queryRunner.query(`CREATE INDEX "ix_contract_end_date" ON "contract"  ("end_date") `);
        await queryRunner.query(`CREATE INDEX "ix_contract_council_end" ON "contract"  ("council_code", "end_date") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_contract_external_ref" ON "contract"  ("source", "external_ref") WHERE "external_ref" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_contract_award_council" ON "contract"  ("award_id", "council_code") WHERE "award_id" IS NOT NULL`);

        // Written by hand: GIN indexes the entity metadata cannot express, for CPV prefix filters and peer matching.
        await queryRunner.query(`CREATE INDEX "ix_need_cpv_prefixes" ON "need" USING gin ("cpv_prefixes")`);
        await queryRunner.query(`CREATE INDEX "ix_contract_cpv_prefixes" ON "contract" USING gin ("cpv_prefixes")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_contract_cpv_prefixes"`);
        await queryRunner.query(`DROP INDEX "public"."ix_need_cpv_prefixes"`);
        await queryRunner.query(`DROP TABLE "contract"`);
        await queryRunner.query(`DROP TABLE "need"`);
    }

}
