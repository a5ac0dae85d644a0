import { OutboxMessageOrmEntity } from './outbox-message.orm-entity';

export { JOB_NAMES, JOB_QUEUES, JOBS, QUEUE_NAMES, isJobName } from './jobs';
export { JobHandlerRegistry, UnknownJobError } from './job-handler';
export type { JobContext, JobHandler } from './job-handler';
export type { JobName, JobPayloads, JobRequest, QueueName } from './jobs';
export { OutboxRelay } from './outbox-relay';
export { OutboxService } from './outbox.service';
export { DEFAULT_JOB_OPTIONS, QueueProducer } from './queue-producer';
export { OutboxRelayModule, QueueModule } from './queue.module';
export { createRedis, isRedisReachable, REDIS_START_HINT, redisLocation } from './redis';

export const QUEUE_ENTITIES = [OutboxMessageOrmEntity];
