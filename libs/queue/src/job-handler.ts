import { JOBS, JOB_NAMES, JobName, JobPayloads, isJobName } from './jobs';

export interface JobContext {
  jobId: string;
  attempt: number;
}

/** One class per job name; handlers must be idempotent because BullMQ delivers at least once. */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(payload: JobPayloads[N], context: JobContext): Promise<void>;
}

export class UnknownJobError extends Error {}

/** Maps job names to handlers, refusing a missing or doubled handler so a deploy cannot drop work silently. */
export class JobHandlerRegistry {
  private readonly byName: Map<JobName, JobHandler>;

  constructor(handlers: JobHandler[]) {
    const byName = new Map<JobName, JobHandler>();
    const doubled = new Set<string>();
    for (const handler of handlers) {
      if (byName.has(handler.jobName)) doubled.add(handler.jobName);
      byName.set(handler.jobName, handler);
    }
    const missing = JOB_NAMES.filter((name) => !byName.has(name));
    if (missing.length || doubled.size) {
      const problems = [
        missing.length ? `no handler for ${missing.join(', ')}` : '',
        doubled.size ? `more than one handler for ${[...doubled].join(', ')}` : '',
      ].filter(Boolean);
      throw new Error(`Job handlers do not match the job list: ${problems.join('; ')}`);
    }
    this.byName = byName;
  }

  /** Validates the payload against the job's schema, then runs the handler. */
  async dispatch(name: string, data: unknown, context: JobContext): Promise<void> {
    if (!isJobName(name)) throw new UnknownJobError(`unknown job ${name}`);
    const payload = JOBS[name].payload.parse(data);
    const handler = this.byName.get(name) as JobHandler<typeof name>;
    await handler.handle(payload, context);
  }
}
