import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications are also emailed: remember when, so a job delivered twice sends one email. */
export class NotificationEmail1795829115626 implements MigrationInterface {
  name = 'NotificationEmail1795829115626';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "emailed_at"`);
  }
}
