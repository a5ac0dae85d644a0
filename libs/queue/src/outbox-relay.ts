import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueName } from './jobs';
import { QueueProducer } from './queue-producer';

interface PendingRow {
  id: string;
  queue: QueueName;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date | null;
}

const BATCH_SIZE = 200;
const IDLE_DELAY_MS = 200;
const OUTAGE_DELAY_MS = 1_000;

/**
 * Moves committed outbox rows to BullMQ. Rows are claimed with SKIP LOCKED, so several relays
 * (one per worker process) share the work; a row relayed twice has the same job id, so BullMQ
 * keeps one job. While Redis is down the transaction rolls back and the rows wait.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  private inOutage = false;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(QueueProducer) private readonly producer: QueueProducer,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Relays one batch; returns how many rows it moved. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, queue, job_name, job_id, payload, run_at FROM outbox_message
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, PendingRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      const now = Date.now();
      for (const [queue, queued] of byQueue) {
        await this.producer
          .queue(queue)
          .addBulk(queued.map((row) => ({ name: row.job_name, data: row.payload, opts: { jobId: row.job_id, ...delayUntil(row.run_at, now) } })));
      }
      await manager.query(
        `UPDATE outbox_message SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`,
        [rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }

  async pendingCount(): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM outbox_message WHERE dispatched_at IS NULL',
    );
    return count;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let delay = IDLE_DELAY_MS;
    try {
      const moved = await this.relayOnce();
      if (this.inOutage) this.logger.log('Outbox relay: Redis is back, relaying again');
      this.inOutage = false;
      if (moved === BATCH_SIZE) delay = 0;
    } catch (error) {
      if (!this.inOutage) {
        this.logger.warn(`Outbox relay paused, jobs stay in the outbox: ${(error as Error).message}`);
      }
      this.inOutage = true;
      delay = OUTAGE_DELAY_MS;
    }
    this.schedule(delay);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/** BullMQ takes a delay, not a time: counted from the moment of relaying, and none once the time has passed. */
function delayUntil(runAt: Date | null, now: number): { delay?: number } {
  if (!runAt) return {};
  const delay = runAt.getTime() - now;
  return delay > 0 ? { delay } : {};
}
