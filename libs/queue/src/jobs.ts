import { z } from 'zod';

/**
 * Queue and job names with their payload schemas: the one list producers (through the outbox) and
 * the worker's handlers share. The worker refuses to start unless every job has exactly one handler,
 * and checks each payload against its schema before a handler sees it.
 */
// `scheduled` holds timed work (closing times, sweeps, housekeeping): its jobs may wait weeks in
// Redis, so they are kept apart from the queues whose backlog means work still to do.
export const QUEUE_NAMES = ['notifications', 'catalogue', 'matching', 'scheduled'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

const userJob = z.object({ userId: z.uuid() }).strict();
const supplierJob = z.object({ supplierId: z.uuid() }).strict();

export const JOBS = {
  /** A buyer registered and waits for approval: tell every administrator. */
  'buyer.awaiting-approval': { queue: 'notifications', payload: userJob },
  /** An administrator approved a buyer: tell the buyer. */
  'buyer.approved': { queue: 'notifications', payload: userJob },
  /**
   * A notification was newly written (not a dedupe hit): email it to its user once. Enqueued in the
   * insert's transaction; the handler skips a notification already marked as emailed.
   */
  'notification.email': { queue: 'notifications', payload: z.object({ notificationId: z.uuid() }).strict() },
  /** A supplier's name, size, offices or status changed: refresh the copies its listings keep for search. */
  'supplier.changed': { queue: 'catalogue', payload: supplierJob },
  /** A need was created or a field that matching reads changed: recompute its partner councils. */
  'need.saved': { queue: 'matching', payload: z.object({ needId: z.uuid(), version: z.number().int().nonnegative() }).strict() },
  /** An opportunity opened: rank eligible listings, store the matches and tell their suppliers. */
  'opportunity.published': { queue: 'matching', payload: z.object({ opportunityId: z.uuid() }).strict() },
  /** A listing became published (or its published text changed): match it against open opportunities on its lot. */
  'listing.published': { queue: 'matching', payload: z.object({ listingId: z.uuid(), version: z.number().int().nonnegative() }).strict() },
  /**
   * Daily, from the worker's job scheduler: work out every council's renewal pipeline and tell buyers
   * about contracts they could re-tender jointly. No payload: the job always looks at today.
   */
  'pipeline.refresh': { queue: 'matching', payload: z.object({}).strict() },
  /**
   * Delayed until an opportunity's closing time (enqueued at publish with `runAt`): close it and tell
   * its councils' buyers the responses are ready. `closingAt` names the time the job was made for,
   * so a job for a closing time that has since changed does nothing.
   */
  'opportunity.closing': { queue: 'scheduled', payload: z.object({ opportunityId: z.uuid(), closingAt: z.iso.datetime() }).strict() },
  /** Every few minutes, from the job scheduler: close every opportunity past its closing time whose own job was lost. */
  'opportunity.close-overdue': { queue: 'scheduled', payload: z.object({}).strict() },
  /** Daily, from the job scheduler: delete what nobody needs any more (long-expired API tokens). */
  'housekeeping.daily': { queue: 'scheduled', payload: z.object({}).strict() },
  /** A listing or an opportunity was published: alert the owners of immediate saved searches it matches. */
  'saved-search.item-published': {
    queue: 'notifications',
    payload: z.object({ kind: z.enum(['listing', 'opportunity']), itemId: z.uuid() }).strict(),
  },
  /** Daily, from the worker's job scheduler: one digest per daily saved search of what is new since the last. */
  'saved-search.daily-digest': { queue: 'notifications', payload: z.object({}).strict() },
} as const satisfies Record<string, { queue: QueueName; payload: z.ZodType }>;

export type JobName = keyof typeof JOBS;
export type JobPayloads = { [name in JobName]: z.infer<(typeof JOBS)[name]['payload']> };

export const JOB_NAMES = Object.keys(JOBS) as JobName[];
export const JOB_QUEUES = Object.fromEntries(JOB_NAMES.map((name) => [name, JOBS[name].queue])) as {
  [name in JobName]: QueueName;
};

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Deterministic: the same logical job gets the same id, so BullMQ adds it once. No ':' allowed. */
  jobId: string;
  /** Not before this time: the relay adds the job delayed until then (at once if it has passed). */
  runAt?: Date;
}

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
