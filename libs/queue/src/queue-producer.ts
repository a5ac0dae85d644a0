import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUE_NAMES, QueueName } from './jobs';
import { createRedis } from './redis';

/** Retries with backoff; completed jobs trimmed; failed ones kept a week for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

@Injectable()
export class QueueProducer implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queues: Map<QueueName, Queue>;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.connection = createRedis(config.redis.url, 'producer');
    // Without a listener ioredis prints every reconnect failure; the relay reports outages itself.
    this.connection.on('error', () => undefined);
    this.queues = new Map(
      QUEUE_NAMES.map((name) => {
        const queue = new Queue(name, {
          connection: this.connection,
          prefix: config.redis.queuePrefix,
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
          streams: { events: { maxLen: 1_000 } },
        });
        queue.on('error', () => undefined); // reported once per outage by the relay
        return [name, queue] as const;
      }),
    );
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
