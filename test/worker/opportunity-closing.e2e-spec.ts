import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createRedis, OutboxRelay, QUEUE_NAMES, QueueName } from '@app/queue';
import { Queue } from 'bullmq';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { CloseOverdueOpportunitiesHandler, OpportunityClosingHandler } from '../../apps/worker/src/processors/opportunity-closing.handlers';
import { ASHFORD, bearer, KENT, MAIDSTONE, ProcurementApiHarness } from '../../apps/api/src/procurement/opportunities/procurement-lifecycle.test-harness';
import { waitFor } from '../support/processes';

const HOUR = 3_600_000;
const context = { jobId: 'test', attempt: 1 };

/** Everything but Date stays real, so the database, Redis and HTTP clients keep their own timers. */
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/** The closing-time job and the overdue sweep, from publication through the outbox, Redis and the worker. */
describe('opportunities close themselves at their closing time', () => {
  let h: ProcurementApiHarness;
  let config: AppConfig;
  let worker: INestApplication;
  let suppliers: { token: string; id: string }[];

  const http = () => h.http();
  const as = (council: string) => bearer(h.buyers[council]);

  beforeAll(async () => {
    h = await ProcurementApiHarness.start();
    config = h.app.get(AppConfig);
    suppliers = [await h.supplier('Weald Digital Ltd'), await h.supplier('Medway Code Co-operative')];
    worker = await createWorkerApp(config, { logger: false });
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    // The shared Redis keeps nothing of this run (the three-week closing job would wait there).
    if (config) for (const name of QUEUE_NAMES) await withQueue(name, (queue) => queue.obliterate({ force: true }));
    await h?.close();
  });

  /**
   * Runs `work` with the clock (Date only) `hours` behind, so an opportunity can be published to
   * close seconds from the real now: publication requires an hour's window. The worker's outbox relay
   * shares this process's clock, so it is held meanwhile; the job keeps its real closing time.
   */
  async function hoursAgo<T>(hours: number, work: () => Promise<T>): Promise<T> {
    const relay = worker.get(OutboxRelay);
    await relay.onApplicationShutdown();
    jest.useFakeTimers({ now: Date.now() - hours * HOUR, doNotFake: [...REAL_TIMERS] });
    try {
      return await work();
    } finally {
      jest.useRealTimers();
      relay.start();
    }
  }

  /** Led by Maidstone, joined by Ashford, published on the open route to close `closesInMs` from now. */
  async function publish(closesInMs: number, hoursEarlier: number): Promise<{ id: string; closingAt: Date; criteria: string[] }> {
    const created = await http().post('/api/v1/joint-procurements').set(as(MAIDSTONE)).send({ title: 'Shared case management', needId: await h.need(MAIDSTONE, '100000.00') }).expect(201);
    const procurementId = created.body.id as string;
    const invited = await http().post(`/api/v1/joint-procurements/${procurementId}/invitations`).set(as(MAIDSTONE)).send({ councilCodes: [ASHFORD] }).expect(200);
    await http()
      .post(`/api/v1/joint-procurements/${procurementId}/invitations/${invited.body.invitations[0].id}/accept`)
      .set(as(ASHFORD))
      .send({ needId: await h.need(ASHFORD, '50000.00') })
      .expect(200);
    const closingAt = new Date(Date.now() + closesInMs);
    const send = () => http().post(`/api/v1/joint-procurements/${procurementId}/publish`).set(as(MAIDSTONE)).send(h.draft({ closingAt: closingAt.toISOString() })).expect(201);
    const published = hoursEarlier > 0 ? await hoursAgo(hoursEarlier, send) : await send();
    return { id: published.body.id, closingAt, criteria: (published.body.criteria as { id: string }[]).map((criterion) => criterion.id) };
  }

  const respond = (token: string, opportunityId: string, criteria: string[]) =>
    http()
      .post(`/api/v1/opportunities/${opportunityId}/responses`)
      .set(bearer(token))
      .send({ price: '90000.00', summary: 'Our offer', answers: criteria.map((criterionId) => ({ criterionId, answer: 'We meet it fully.' })), submit: true })
      .expect(200);

  const stored = async (id: string) =>
    ((await h.db.dataSource.query('SELECT o.status, o.closed_at, jp.status AS procurement_status FROM opportunity o JOIN joint_procurement jp ON jp.id = o.joint_procurement_id WHERE o.id = $1', [id])) as {
      status: string;
      closed_at: Date | null;
      procurement_status: string;
    }[])[0];

  const closeEvents = async (id: string) =>
    (await h.db.dataSource.query(`SELECT actor_user_id, after FROM audit_event WHERE action = 'opportunity.closed' AND object_id = $1`, [id])) as {
      actor_user_id: string | null;
      after: Record<string, unknown>;
    }[];

  /** The titles of a buyer's "ready to score" notices about the opportunity. */
  const readyToScore = async (council: string, opportunityId: string) => {
    const response = await http().get('/api/v1/notifications').query({ pageSize: 100 }).set(as(council)).expect(200);
    return (response.body.items as { kind: string; title: string; link: string }[])
      .filter((item) => item.kind === 'opportunity.ready-to-score' && item.link === `/buyer/opportunities/${opportunityId}`)
      .map((item) => item.title);
  };

  const closingJobOf = async (opportunityId: string) => {
    const rows = (await h.db.dataSource.query(`SELECT job_id, run_at, dispatched_at FROM outbox_message WHERE job_name = 'opportunity.closing' AND payload->>'opportunityId' = $1`, [
      opportunityId,
    ])) as { job_id: string; run_at: Date; dispatched_at: Date | null }[];
    expect(rows).toHaveLength(1);
    return rows[0];
  };

  async function withQueue<T>(name: QueueName, work: (queue: Queue) => Promise<T>): Promise<T> {
    const connection = createRedis(config.redis.url, 'worker');
    const queue = new Queue(name, { connection, prefix: config.redis.queuePrefix });
    try {
      return await work(queue);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  }

  it('closes an opportunity at its closing time and tells every participating buyer once', async () => {
    const { id, closingAt, criteria } = await publish(5_000, 1);
    for (const supplier of suppliers) await respond(supplier.token, id, criteria);
    expect((await closingJobOf(id)).run_at.getTime()).toBe(closingAt.getTime());

    // Waiting in Redis for the closing time, not run at once.
    const { job_id: jobId } = await waitFor('the closing job to reach Redis', async () => ((await closingJobOf(id)).dispatched_at ? closingJobOf(id) : undefined), 10_000);
    expect(await withQueue('scheduled', async (queue) => (await queue.getJob(jobId))?.getState())).toBe('delayed');
    expect((await stored(id)).status).toBe('open');

    await waitFor('the worker to close it', async () => ((await stored(id)).status === 'closed' ? true : undefined), 20_000);
    const after = await stored(id);
    expect(after.procurement_status).toBe('evaluating');
    expect(after.closed_at!.getTime()).toBeGreaterThanOrEqual(closingAt.getTime());
    expect(await closeEvents(id)).toEqual([{ actor_user_id: null, after: expect.objectContaining({ status: 'closed', submittedResponses: 2, early: false, closedBy: 'closing-time' }) }]);
    expect((await http().get(`/api/v1/opportunities/${id}`).expect(200)).body.status).toBe('closed');

    // Every buyer of both councils, once; a council outside the procurement hears nothing.
    const title = '2 responses are ready to score on "Case management for adult social care"';
    expect(await readyToScore(MAIDSTONE, id)).toEqual([title]);
    expect(await readyToScore(ASHFORD, id)).toEqual([title]);
    expect(await readyToScore(KENT, id)).toEqual([]);

    // Delivered again, or late: nothing changes.
    const handler = worker.get(OpportunityClosingHandler);
    await handler.handle({ opportunityId: id, closingAt: closingAt.toISOString() }, context);
    await handler.handle({ opportunityId: id, closingAt: closingAt.toISOString() }, context);
    expect(await closeEvents(id)).toHaveLength(1);
    expect(await readyToScore(MAIDSTONE, id)).toEqual([title]);
    expect(await stored(id)).toEqual(after);
  });

  it('leaves alone an opportunity that is cancelled, or whose job is for another closing time or early', async () => {
    const cancelled = await publish(3_000, 1);
    await http().post(`/api/v1/opportunities/${cancelled.id}/cancel`).set(as(MAIDSTONE)).send({ reason: 'Budget withdrawn' }).expect(200);
    const { job_id: jobId } = await closingJobOf(cancelled.id);
    await waitFor('the closing job to run', async () => ((await withQueue('scheduled', async (queue) => (await queue.getJob(jobId))?.getState())) === 'completed' ? true : undefined), 20_000);
    expect(await stored(cancelled.id)).toMatchObject({ status: 'cancelled', closed_at: null, procurement_status: 'cancelled' });
    expect(await closeEvents(cancelled.id)).toEqual([]);
    expect(await readyToScore(MAIDSTONE, cancelled.id)).toEqual([]);

    // Open for three weeks: a job for another closing time does nothing, and an early one asks to be retried.
    const open = await publish(21 * 24 * HOUR, 0);
    const handler = worker.get(OpportunityClosingHandler);
    await handler.handle({ opportunityId: open.id, closingAt: new Date(Date.now() - 60_000).toISOString() }, context);
    await expect(handler.handle({ opportunityId: open.id, closingAt: new Date((await closingJobOf(open.id)).run_at).toISOString() }, context)).rejects.toThrow(/not yet/);
    expect((await stored(open.id)).status).toBe('open');
    expect(await closeEvents(open.id)).toEqual([]);
  });

  it('the sweep closes an opportunity past its closing time whose job was lost', async () => {
    // The sweep runs when this test says, not when its five-minute schedule happens to fire.
    await withQueue('scheduled', (queue) => queue.removeJobScheduler('opportunity-close-overdue'));
    const { id, closingAt, criteria } = await publish(2_000, 1);
    await respond(suppliers[0].token, id, criteria);
    // Redis loses the delayed job (a wipe, a failover without persistence).
    const { job_id: jobId } = await waitFor('the closing job to reach Redis', async () => ((await closingJobOf(id)).dispatched_at ? closingJobOf(id) : undefined), 10_000);
    await withQueue('scheduled', (queue) => queue.remove(jobId));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closingAt.getTime() - Date.now()) + 1_000));
    expect((await stored(id)).status).toBe('open');

    await worker.get(CloseOverdueOpportunitiesHandler).handle({}, context);
    expect(await stored(id)).toMatchObject({ status: 'closed', procurement_status: 'evaluating' });
    expect(await closeEvents(id)).toEqual([{ actor_user_id: null, after: expect.objectContaining({ submittedResponses: 1, closedBy: 'closing-time' }) }]);
    const title = '1 response is ready to score on "Case management for adult social care"';
    expect(await readyToScore(ASHFORD, id)).toEqual([title]);

    // The next sweep finds nothing to do.
    await worker.get(CloseOverdueOpportunitiesHandler).handle({}, context);
    expect(await closeEvents(id)).toHaveLength(1);
    expect(await readyToScore(ASHFORD, id)).toEqual([title]);
  });
});
