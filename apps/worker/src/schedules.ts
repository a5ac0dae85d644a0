import { DEFAULT_JOB_OPTIONS, JOB_QUEUES, JobName, JobPayloads, QueueName } from '@app/queue';
import type { Queue, RepeatOptions } from 'bullmq';

interface Schedule<N extends JobName = JobName> {
  /** The scheduler's id in Redis: upserting the same id replaces it, so restarts never add a second one. */
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  job: { name: N; data: JobPayloads[N] };
}

/** Repeatable jobs; times are UK local so 06:00 stays 06:00 across the clock changes. */
export const SCHEDULES: readonly Schedule[] = [
  // Before the working day, so buyers see new joint re-tender chances when they sign in.
  { id: 'pipeline-refresh-daily', repeat: { pattern: '0 6 * * *', tz: 'Europe/London' }, job: { name: 'pipeline.refresh', data: {} } },
  // Once relayed, closing-time jobs live only in Redis: this catches any lost with it, at most five minutes late.
  { id: 'opportunity-close-overdue', repeat: { pattern: '*/5 * * * *', tz: 'Europe/London' }, job: { name: 'opportunity.close-overdue', data: {} } },
  // A quiet hour, clear of the 01:00-02:00 that the clock changes skip or repeat.
  { id: 'housekeeping-daily', repeat: { pattern: '30 3 * * *', tz: 'Europe/London' }, job: { name: 'housekeeping.daily', data: {} } },
  // Saved-search digests are waiting at the start of the working day too.
  { id: 'saved-search-digest-daily', repeat: { pattern: '0 7 * * *', tz: 'Europe/London' }, job: { name: 'saved-search.daily-digest', data: {} } },
];

/**
 * Registers every schedule with BullMQ job schedulers. Upserts are idempotent, so every worker process
 * may do this at start: however many run, each schedule exists once and fires once per occurrence.
 */
export async function registerSchedules(queueFor: (name: QueueName) => Pick<Queue, 'upsertJobScheduler'>): Promise<void> {
  for (const schedule of SCHEDULES) {
    await queueFor(JOB_QUEUES[schedule.job.name]).upsertJobScheduler(schedule.id, schedule.repeat, {
      name: schedule.job.name,
      data: schedule.job.data,
      opts: DEFAULT_JOB_OPTIONS,
    });
  }
}
