import { MigrationInterface, QueryRunner } from 'typeorm';

/** Delayed jobs through the outbox (an opportunity's closing job waits until its closing time). */
export class OutboxRunAt1795829157656 implements MigrationInterface {
  name = 'OutboxRunAt1795829157656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "run_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "run_at"`);
  }
}
