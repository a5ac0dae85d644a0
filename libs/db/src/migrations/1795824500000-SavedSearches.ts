import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Saved searches (issue #5 item 4): a user's catalogue or opportunity search, its filters already
 * normalised, how often to be told about new matches, and the daily digest's watermark. The owner
 * belongs to identity and is held by id without a foreign key, like other contexts' rows.
 */
export class SavedSearches1795824500000 implements MigrationInterface {
    name = 'SavedSearches1795824500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "saved_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "filters" jsonb NOT NULL, "frequency" text NOT NULL, "digested_up_to" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_563b338d8b4878fa46697c8f3f2" PRIMARY KEY ("id"))`);
        // A user's own list, newest first.
        await queryRunner.query(`CREATE INDEX "ix_saved_search_user" ON "saved_search" ("user_id", "created_at") `);
        // The alert jobs read every search of one kind and frequency.
        await queryRunner.query(`CREATE INDEX "ix_saved_search_kind_frequency" ON "saved_search" ("kind", "frequency") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_saved_search_kind_frequency"`);
        await queryRunner.query(`DROP INDEX "public"."ix_saved_search_user"`);
        await queryRunner.query(`DROP TABLE "saved_search"`);
    }
}
