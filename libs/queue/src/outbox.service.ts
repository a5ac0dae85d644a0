import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOB_QUEUES, JobName, JobRequest } from './jobs';
import { OutboxMessageOrmEntity } from './outbox-message.orm-entity';

@Injectable()
export class OutboxService {
  /** Call inside the transaction that makes the change: the job exists exactly when the change commits. */
  async enqueue<N extends JobName>(manager: EntityManager, job: JobRequest<N>): Promise<void> {
    await manager.insert(OutboxMessageOrmEntity, {
      queue: JOB_QUEUES[job.name],
      jobName: job.name,
      jobId: job.jobId,
      payload: job.payload,
      runAt: job.runAt ?? null,
    });
  }
}
