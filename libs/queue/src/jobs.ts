/**
 * Queue and job names and their payloads: the one list producers (through the outbox) and the
 * worker's handlers share. The worker refuses to start unless every job has exactly one handler.
 */
export const QUEUE_NAMES = ['notifications'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** A buyer registered and waits for approval: tell every administrator. */
  'buyer.awaiting-approval': { userId: string };
  /** An administrator approved a buyer: tell the buyer. */
  'buyer.approved': { userId: string };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { [name in JobName]: QueueName } = {
  'buyer.awaiting-approval': 'notifications',
  'buyer.approved': 'notifications',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Deterministic: the same logical job gets the same id, so BullMQ adds it once. */
  jobId: string;
}
