import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createRedis, DEFAULT_JOB_OPTIONS, JobHandlerRegistry, OutboxRelay, QUEUE_NAMES, QueueName, UnknownJobError } from '@app/queue';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { ZodError } from 'zod';
import { registerSchedules } from './schedules';

export const JOB_HANDLER_REGISTRY = Symbol('JOB_HANDLER_REGISTRY');

/**
 * How often a job may be found stalled (its worker died, or blocked its event loop past the lock)
 * before BullMQ fails it for good. BullMQ's default of 1 fails a job whose worker died twice while
 * running it, though the job did nothing wrong, and its change is then never matched (its outbox row
 * is already relayed); `npm run test:faults` showed it. As many stalls as attempts: a job that itself
 * crashes every worker still stops, after as many tries as a job that throws.
 */
export const MAX_STALLED_COUNT = DEFAULT_JOB_OPTIONS.attempts ?? 5;

/** Runs one BullMQ worker per queue, the repeatable jobs' schedulers and the outbox relay; closes them cleanly on SIGTERM. */
@Injectable()
export class WorkerService implements OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];
  private connection?: Redis;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(JOB_HANDLER_REGISTRY) private readonly registry: JobHandlerRegistry,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
  ) {}

  async start(): Promise<void> {
    this.connection = createRedis(this.config.redis.url, 'worker');
    this.connection.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
    await this.warnUnlessNoEviction(this.connection);
    for (const queue of QUEUE_NAMES) {
      const worker = new Worker(queue, (job) => this.run(job.name, job.data, job.id ?? '', job.attemptsMade + 1), {
        connection: this.connection,
        prefix: this.config.redis.queuePrefix,
        concurrency: this.config.worker.concurrency,
        maxStalledCount: MAX_STALLED_COUNT,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade }, `Job failed: ${error.message}`),
      );
      worker.on('error', (error) => this.logger.warn(`Worker ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
    await this.registerSchedules(this.connection);
    this.relay.start();
    this.logger.log(`Processing queues ${QUEUE_NAMES.join(', ')} at concurrency ${this.config.worker.concurrency}`);
  }

  /**
   * On the worker's own connection, which waits for Redis rather than failing fast: a worker started
   * while Redis is still coming up must not lose its schedules.
   */
  private async registerSchedules(connection: Redis): Promise<void> {
    const queues = new Map<QueueName, Queue>();
    try {
      await registerSchedules((name) => {
        const queue = queues.get(name) ?? new Queue(name, { connection, prefix: this.config.redis.queuePrefix });
        queues.set(name, queue);
        return queue;
      });
    } finally {
      // A shared connection stays open: closing these queues only drops their listeners.
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    }
  }

  private async run(name: string, data: unknown, jobId: string, attempt: number): Promise<void> {
    try {
      await this.registry.dispatch(name, data, { jobId, attempt });
    } catch (error) {
      // A malformed payload or unknown job will never succeed: fail it now, keep it for inspection.
      if (error instanceof ZodError || error instanceof UnknownJobError) {
        throw new UnrecoverableError(`Rejected job ${name}: ${error.message}`);
      }
      throw error;
    }
  }

  /** BullMQ loses jobs if Redis evicts keys under memory pressure. */
  private async warnUnlessNoEviction(redis: Redis): Promise<void> {
    try {
      const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
      if (policy !== 'noeviction') {
        this.logger.warn(`Redis maxmemory-policy is ${policy}; set it to noeviction or queued jobs may be lost`);
      }
    } catch {
      // Managed Redis services often forbid CONFIG; nothing to check then.
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.connection?.disconnect();
  }
}
