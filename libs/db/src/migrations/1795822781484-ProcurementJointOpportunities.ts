import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Joint procurements, opportunities, clarification questions, responses and scores (procurement).
 * Generated, then grouped by table (each with its indexes and foreign keys) by hand. Councils,
 * lots, listings and suppliers belong to other contexts and are held by id without a foreign key.
 */
export class ProcurementJointOpportunities1795822781484 implements MigrationInterface {
    name = 'ProcurementJointOpportunities1795822781484'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Joint procurements: the lead council and the stage they are at.
        await queryRunner.query(`CREATE TABLE "joint_procurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "lead_council_code" text NOT NULL, "status" text NOT NULL, "created_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "awarded_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancellation_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_joint_procurement_cancelled" CHECK (("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)), CONSTRAINT "ck_joint_procurement_status" CHECK ("status" IN ('forming', 'published', 'evaluating', 'awarded', 'cancelled')), CONSTRAINT "PK_9bb684c095405e3b8ed872d53ad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_joint_procurement_lead" ON "joint_procurement" ("lead_council_code")`);

        // Participating councils, each with its need and value share (the lead included).
        await queryRunner.query(`CREATE TABLE "joint_procurement_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "joint_procurement_id" uuid NOT NULL, "council_code" text NOT NULL, "need_id" uuid NOT NULL, "value_share_pence" bigint NOT NULL, "is_lead" boolean NOT NULL DEFAULT false, "invitation_id" uuid, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_joint_procurement_participant_share" CHECK ("value_share_pence" > 0), CONSTRAINT "PK_52de992da3d6ee6ce4e88719a9a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "joint_procurement_participant" ADD CONSTRAINT "FK_84b9c5b6c45db512f8e386b7e75" FOREIGN KEY ("joint_procurement_id") REFERENCES "joint_procurement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "joint_procurement_participant" ADD CONSTRAINT "FK_97e487263166986f5f45df700a9" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_joint_procurement_participant_council" ON "joint_procurement_participant" ("council_code")`);
        await queryRunner.query(`CREATE INDEX "ix_joint_procurement_participant_need" ON "joint_procurement_participant" ("need_id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_joint_procurement_participant_council" ON "joint_procurement_participant" ("joint_procurement_id", "council_code")`);

        // Invitations: at most one live (pending or accepted) per council.
        await queryRunner.query(`CREATE TABLE "joint_procurement_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "joint_procurement_id" uuid NOT NULL, "council_code" text NOT NULL, "status" text NOT NULL, "invited_by" uuid, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "note" text, CONSTRAINT "ck_joint_procurement_invitation_status" CHECK ("status" IN ('pending', 'accepted', 'declined', 'withdrawn')), CONSTRAINT "PK_1aec139b373042d0f5df7d23114" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "joint_procurement_invitation" ADD CONSTRAINT "FK_301a13443f32cdda2262b8f762c" FOREIGN KEY ("joint_procurement_id") REFERENCES "joint_procurement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_joint_procurement_invitation_council" ON "joint_procurement_invitation" ("council_code", "status")`);
        await queryRunner.query(`CREATE INDEX "ix_joint_procurement_invitation_procurement" ON "joint_procurement_invitation" ("joint_procurement_id", "invited_at")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_joint_procurement_invitation_live" ON "joint_procurement_invitation" ("joint_procurement_id", "council_code") WHERE "status" IN ('pending', 'accepted')`);

        // Opportunities: one per joint procurement; the award columns are filled by the award.
        await queryRunner.query(`CREATE TABLE "opportunity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "joint_procurement_id" uuid NOT NULL, "lead_council_code" text NOT NULL, "title" text NOT NULL, "route" text NOT NULL, "lot_id" uuid, "problem_statement" text NOT NULL DEFAULT '', "user_needs" text NOT NULL DEFAULT '', "scope" text NOT NULL DEFAULT '', "budget_pence" bigint NOT NULL, "estimated_value_pence" bigint, "cpv_codes" text array NOT NULL DEFAULT '{}', "status" text NOT NULL, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closing_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancellation_reason" text, "award_id" uuid, "awarded_at" TIMESTAMP WITH TIME ZONE, "awarded_response_id" uuid, "award_value_pence" bigint, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_opportunity_awarded" CHECK (("status" = 'awarded') = ("award_id" IS NOT NULL)), CONSTRAINT "ck_opportunity_money" CHECK ("budget_pence" > 0 AND ("award_value_pence" IS NULL OR "award_value_pence" >= 0)), CONSTRAINT "ck_opportunity_route" CHECK (("route" = 'framework' AND "lot_id" IS NOT NULL) OR ("route" = 'open' AND "lot_id" IS NULL)), CONSTRAINT "ck_opportunity_status" CHECK ("status" IN ('open', 'closed', 'awarded', 'cancelled')), CONSTRAINT "PK_085fd6d6f4765325e6c16163568" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "opportunity" ADD CONSTRAINT "FK_43ab47928e7d50a0605a3b181c6" FOREIGN KEY ("joint_procurement_id") REFERENCES "joint_procurement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_opportunity_lot" ON "opportunity" ("lot_id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_opportunity_joint_procurement" ON "opportunity" ("joint_procurement_id")`);
        await queryRunner.query(`CREATE INDEX "ix_opportunity_status_closing" ON "opportunity" ("status", "closing_at")`);

        // Evaluation criteria; weights sum to 100 (checked by the service).
        await queryRunner.query(`CREATE TABLE "opportunity_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "weight" integer NOT NULL, CONSTRAINT "ck_opportunity_criterion_weight" CHECK ("weight" BETWEEN 1 AND 100), CONSTRAINT "PK_e737ab073bfa740030904cec29e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "opportunity_criterion" ADD CONSTRAINT "FK_14a59921f613be8225494e5fe26" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_opportunity_criterion_position" ON "opportunity_criterion" ("opportunity_id", "position")`);

        // Clarification questions and their published answers.
        await queryRunner.query(`CREATE TABLE "opportunity_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "asked_by" uuid, "question" text NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_eb4d99d63535f16baf6c00e2fa0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "opportunity_question" ADD CONSTRAINT "FK_b7f2bdccfa664a7aedbfdf56075" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_opportunity_question_opportunity" ON "opportunity_question" ("opportunity_id", "asked_at")`);

        // Responses: one per supplier and opportunity, replaced in place until close.
        await queryRunner.query(`CREATE TABLE "opportunity_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "listing_id" uuid, "status" text NOT NULL, "price_pence" bigint NOT NULL, "summary" text NOT NULL DEFAULT '', "answers" jsonb NOT NULL DEFAULT '[]', "revision" integer NOT NULL DEFAULT '1', "submitted_at" TIMESTAMP WITH TIME ZONE, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_opportunity_response_price" CHECK ("price_pence" >= 0), CONSTRAINT "ck_opportunity_response_status" CHECK ("status" IN ('draft', 'submitted', 'scored')), CONSTRAINT "PK_6f1e42223aa06897fc589cc3e63" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "opportunity_response" ADD CONSTRAINT "FK_414ee3b5d8de0e513f7e3ed072d" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_opportunity_response_supplier" ON "opportunity_response" ("supplier_id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_opportunity_response_supplier" ON "opportunity_response" ("opportunity_id", "supplier_id")`);

        // Agreed scores, one per response and criterion.
        await queryRunner.query(`CREATE TABLE "response_score" ("response_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "score" integer NOT NULL, "comment" text NOT NULL DEFAULT '', "scored_by" uuid, "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_response_score_range" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "PK_bae1cbf835e25abb1002f5ce40d" PRIMARY KEY ("response_id", "criterion_id"))`);
        await queryRunner.query(`ALTER TABLE "response_score" ADD CONSTRAINT "FK_b9292e3e821051c5b84eb0aa67f" FOREIGN KEY ("response_id") REFERENCES "opportunity_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response_score" ADD CONSTRAINT "FK_e874bcecdb053439d9ab0581be2" FOREIGN KEY ("criterion_id") REFERENCES "opportunity_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Dropping a table drops its indexes and the foreign keys it holds; children go first.
        await queryRunner.query(`DROP TABLE "response_score"`);
        await queryRunner.query(`DROP TABLE "opportunity_response"`);
        await queryRunner.query(`DROP TABLE "opportunity_question"`);
        await queryRunner.query(`DROP TABLE "opportunity_criterion"`);
        await queryRunner.query(`DROP TABLE "opportunity"`);
        await queryRunner.query(`DROP TABLE "joint_procurement_invitation"`);
        await queryRunner.query(`DROP TABLE "joint_procurement_participant"`);
        await queryRunner.query(`DROP TABLE "joint_procurement"`);
    }
}
