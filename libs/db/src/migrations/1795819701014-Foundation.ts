import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795819701014 implements MigrationInterface {
    name = 'Foundation1795819701014'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reference_data_version" ("name" text NOT NULL, "checksum" text NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_18b6184a79a729d0df92009f41c" PRIMARY KEY ("name"))`);
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "action" text NOT NULL, "object_type" text NOT NULL, "object_id" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_event_occurred_at" ON "audit_event"  ("occurred_at") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_event_actor" ON "audit_event"  ("actor_user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_event_action" ON "audit_event"  ("action") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_event_object" ON "audit_event"  ("object_type", "object_id") `);
        await queryRunner.query(`CREATE TABLE "integrity_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "summary" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "dedupe_key" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b68a0dbf2095b4d9411844d757" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_integrity_flag_dedupe_key" ON "integrity_flag"  ("dedupe_key") `);
        await queryRunner.query(`CREATE INDEX "ix_integrity_flag_status" ON "integrity_flag"  ("status") `);
        await queryRunner.query(`CREATE TABLE "cpv_code" ("code" text NOT NULL, "check_digit" text NOT NULL, "label" text NOT NULL, "level" text NOT NULL, "parent_code" text, "division" text NOT NULL, CONSTRAINT "PK_2ea0143b27b122169f8e7dd6dad" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "ix_cpv_code_parent" ON "cpv_code"  ("parent_code") `);
        await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_api_token_user" ON "api_token"  ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_token_hash" ON "api_token"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "full_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "status" text NOT NULL, "council_code" text, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
        await queryRunner.query(`CREATE INDEX "ix_app_user_status" ON "app_user"  ("status") `);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_dedupe_key" ON "notification"  ("dedupe_key") `);
        await queryRunner.query(`CREATE INDEX "ix_notification_user_created" ON "notification"  ("user_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "council" ("gss_code" text NOT NULL, "local_authority_code" text NOT NULL, "name" text NOT NULL, "short_name" text NOT NULL, "type_code" text NOT NULL, "type_name" text NOT NULL, "region" text NOT NULL, "county_code" text, "combined_authority_code" text, "email_domains" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_5ccf6aa72569a543b71b6e9ac1c" PRIMARY KEY ("gss_code"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_council_local_authority_code" ON "council"  ("local_authority_code") `);
        await queryRunner.query(`CREATE TABLE "supplier_office" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "council_code" text NOT NULL, "postcode" text, "position" smallint NOT NULL, CONSTRAINT "PK_e69c1e5cdb3ca525476f8ea6546" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_supplier_office_supplier" ON "supplier_office"  ("supplier_id") `);
        await queryRunner.query(`CREATE TABLE "supplier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "company_number" text NOT NULL, "vat_number" text, "phone" text, "staff_count" integer NOT NULL, "turnover_pence" bigint NOT NULL, "balance_sheet_pence" bigint NOT NULL, "is_sme" boolean NOT NULL, "is_vcse" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'active', "local_to" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2bc0d2cab6276144d2ff98a2828" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_supplier_company_number" ON "supplier"  ("company_number") `);
        await queryRunner.query(`CREATE TABLE "supplier_member" ("user_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab0befd5a254998fd997755742f" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_supplier_member_supplier" ON "supplier_member"  ("supplier_id") `);
        await queryRunner.query(`CREATE TABLE "outbox_message" ("id" BIGSERIAL NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "supplier_office" ADD CONSTRAINT "FK_a50e382d8496d625666f923d175" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "supplier_office" ADD CONSTRAINT "FK_9a68e42d161ff9a480cc0c1d6a9" FOREIGN KEY ("council_code") REFERENCES "council"("gss_code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "supplier_member" ADD CONSTRAINT "FK_6aa885420af07da91d2bc4e44a0" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // Written by hand: what entity metadata cannot express.
        await queryRunner.query(`CREATE INDEX "ix_supplier_local_to" ON "supplier" USING gin ("local_to")`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_message_pending" ON "outbox_message" ("id") WHERE "dispatched_at" IS NULL`);
        // The audit log is append-only: even the application's own database user cannot rewrite history.
        await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "trg_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "trg_audit_event_append_only" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_pending"`);
        await queryRunner.query(`DROP INDEX "public"."ix_supplier_local_to"`);
        await queryRunner.query(`ALTER TABLE "supplier_member" DROP CONSTRAINT "FK_6aa885420af07da91d2bc4e44a0"`);
        await queryRunner.query(`ALTER TABLE "supplier_office" DROP CONSTRAINT "FK_9a68e42d161ff9a480cc0c1d6a9"`);
        await queryRunner.query(`ALTER TABLE "supplier_office" DROP CONSTRAINT "FK_a50e382d8496d625666f923d175"`);
        await queryRunner.query(`DROP TABLE "outbox_message"`);
        await queryRunner.query(`DROP INDEX "public"."ix_supplier_member_supplier"`);
        await queryRunner.query(`DROP TABLE "supplier_member"`);
        await queryRunner.query(`DROP INDEX "public"."uq_supplier_company_number"`);
        await queryRunner.query(`DROP TABLE "supplier"`);
        await queryRunner.query(`DROP INDEX "public"."ix_supplier_office_supplier"`);
        await queryRunner.query(`DROP TABLE "supplier_office"`);
        await queryRunner.query(`DROP INDEX "public"."uq_council_local_authority_code"`);
        await queryRunner.query(`DROP TABLE "council"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_user_created"`);
        await queryRunner.query(`DROP INDEX "public"."uq_notification_dedupe_key"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP INDEX "public"."ix_app_user_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."uq_api_token_hash"`);
        await queryRunner.query(`DROP INDEX "public"."ix_api_token_user"`);
        await queryRunner.query(`DROP TABLE "api_token"`);
        await queryRunner.query(`DROP INDEX "public"."ix_cpv_code_parent"`);
        await queryRunner.query(`DROP TABLE "cpv_code"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrity_flag_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_integrity_flag_dedupe_key"`);
        await queryRunner.query(`DROP TABLE "integrity_flag"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_event_object"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_event_action"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_event_actor"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_event_occurred_at"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
        await queryRunner.query(`DROP TABLE "reference_data_version"`);
    }

}
