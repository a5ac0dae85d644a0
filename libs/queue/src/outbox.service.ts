import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOB_QUEUES, JobName, JobRequest } from './jobs';
import { OutboxMessageOrmEntity } from './outbox-message.orm-entity';

@Injectable()
export class OutboxService {
  /** Call inside the transaction that makes the change: the job exists exactly when the change commits. */
  async enqueue<N extends JobName>(manager: EntityManager, job: JobRequest<N>): Promise<void> {
    await this.enqueueMany(manager, [job]);
  }

  /** As `enqueue`, for many jobs in one statement (a matching run can tell hundreds of people at once). */
  async enqueueMany(manager: EntityManager, jobs: readonly JobRequest<JobName>[]): Promise<void> {
    if (jobs.length === 0) return;
    await manager.insert(
      OutboxMessageOrmEntity,
      jobs.map((job) => ({ queue: JOB_QUEUES[job.name], jobName: job.name, jobId: job.jobId, payload: job.payload, runAt: job.runAt ?? null })),
    );
  }
}
