import { ApiTestApp } from '../support/api-test-app';
import { waitFor } from '../support/processes';
import { startWorkerStack, WorkerTestStack } from '../support/worker-test-stack';

const ADMIN = { email: 'admin@outbox.test', password: 'outbox-admin-password' };

/**
 * The outbox promise: a change committed while Redis is down is not lost. The test runs its own
 * redis-server so it can stop and restart it without disturbing anything else.
 */
describe('outbox relay and worker across a Redis outage', () => {
  let api: ApiTestApp;
  let stack: WorkerTestStack;

  const notificationsOf = async (kind: string) =>
    (await api.db.dataSource.query(
      `SELECT n.user_id, u.email FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = $1`,
      [kind],
    )) as { user_id: string; email: string }[];
  const pendingOutbox = async () =>
    ((await api.db.dataSource.query(`SELECT count(*)::int AS count FROM outbox_message WHERE dispatched_at IS NULL`)) as {
      count: number;
    }[])[0].count;

  beforeAll(async () => {
    stack = await startWorkerStack({ admin: ADMIN });
    api = stack.api;
  }, 120_000);

  afterAll(() => stack?.close());

  it('delivers a change made while Redis was stopped once Redis is back, exactly once', async () => {
    const http = api.http();
    await http
      .post('/api/v1/auth/register')
      .send({ email: 'buyer@leeds.test', password: 'a long buyer password', fullName: 'Leeds Buyer', role: 'buyer', councilCode: 'E08000035' })
      .expect(202);
    const token = (await http.post('/api/v1/auth/token').send(ADMIN).expect(200)).body.accessToken as string;

    // With Redis up the pending buyer reaches the administrator through the outbox and the worker.
    await waitFor('the administrator to be told', async () => ((await notificationsOf('buyer.awaiting-approval')).length === 1 ? true : undefined), 20_000);
    // Telling the administrator queued its email in turn; let that reach Redis too, so the outbox starts empty.
    await waitFor('the outbox to drain', async () => ((await pendingOutbox()) === 0 ? true : undefined), 20_000);

    await stack.stopRedis();
    const buyer = (await http.get('/api/v1/admin/users?status=pending').set('authorization', `Bearer ${token}`).expect(200)).body
      .items[0] as { id: string };
    await http.post(`/api/v1/admin/users/${buyer.id}/approve`).set('authorization', `Bearer ${token}`).expect(200);

    // The approval committed; its job waits in the outbox, not lost and not yet delivered.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await pendingOutbox()).toBe(1);
    expect(await notificationsOf('buyer.approved')).toEqual([]);

    await stack.startRedis();
    await waitFor('the buyer to be told', async () => ((await notificationsOf('buyer.approved')).length > 0 ? true : undefined), 30_000);
    // Give a duplicate delivery the chance to show itself before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await notificationsOf('buyer.approved')).map((row) => row.email)).toEqual(['buyer@leeds.test']);
    expect((await notificationsOf('buyer.awaiting-approval')).map((row) => row.email)).toEqual([ADMIN.email]);
    expect(await pendingOutbox()).toBe(0);
  });
});
