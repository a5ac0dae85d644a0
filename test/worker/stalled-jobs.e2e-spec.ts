import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Job, Processor, Queue, Worker } from 'bullmq';
import { MAX_STALLED_COUNT } from '../../apps/worker/src/worker.service';
import { freePort, startRedis, stop, waitFor } from '../support/processes';

/**
 * A worker process that dies (SIGKILL, OOM, a node going away) leaves its running jobs behind; BullMQ
 * finds them stalled once their lock expires and runs them again. A job that was unlucky twice must
 * still be done, not failed for good: its outbox row is already relayed, so nothing would resend it.
 * Here a worker "dies" by being force-closed mid-job, so its lock is no longer renewed and expires.
 */
describe('jobs whose worker died', () => {
  let redis: ChildProcess;
  let connection: { host: string; port: number };
  let queue: Queue;
  const prefix = `stalled-${randomBytes(3).toString('hex')}`;
  // The worker's own stall limit; a short lock so a dead worker's job is found stalled in about a second, not 30.
  const workerOptions = () => ({ connection, prefix, maxStalledCount: MAX_STALLED_COUNT, lockDuration: 800, stalledInterval: 400 });

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    connection = { host: '127.0.0.1', port };
    queue = new Queue('matching', { connection, prefix });
  });

  afterAll(async () => {
    await queue?.close();
    if (redis) await stop(redis);
  });

  /** A worker that takes the job (after finding it stalled, for the second one) and dies while running it. */
  async function dieWhileRunning(): Promise<void> {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const hang: Processor = async () => {
      started();
      await new Promise(() => undefined);
    };
    const worker = new Worker('matching', hang, workerOptions());
    await running;
    await worker.close(true);
  }

  it('completes a job after two workers died while running it', async () => {
    await queue.add('need.saved', { needId: '6f1c2f43-7a1e-4a52-9d0a-0a4f6b0e8c11', version: 1 }, { jobId: 'unlucky', attempts: 5 });
    await dieWhileRunning();
    await dieWhileRunning();

    const ran: string[] = [];
    const survivor = new Worker('matching', async (job) => void ran.push(job.id ?? ''), workerOptions());
    const outcome = await waitFor('the job to finish', async () => {
      const state = await queue.getJobState('unlucky');
      return state === 'completed' || state === 'failed' ? state : undefined;
    }, 20_000);
    await survivor.close();

    const job = await Job.fromId(queue, 'unlucky');
    expect({ outcome, failedReason: job?.failedReason ?? null, ran, stalls: job?.stalledCounter }).toEqual({
      outcome: 'completed',
      failedReason: null,
      ran: ['unlucky'],
      stalls: 2,
    });
  });
});
