import { INestApplication } from '@nestjs/common';
import { ChildProcess } from 'node:child_process';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { ApiTestApp, startApiForTest } from '../support/api-test-app';
import { freePort, startRedis, stop, waitFor } from '../support/processes';

const ADMIN = { email: 'admin@matching.test', password: 'matching-admin-password' };
const LEEDS = 'E08000035';
const BRADFORD = 'E08000032';

/** The matching queue end to end: a need saved through the API reaches the worker, which stores its partners both ways. */
describe('matching jobs through the outbox and the worker', () => {
  let api: ApiTestApp;
  let redisPort: number;
  let redis: ChildProcess;
  let worker: INestApplication;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    api = await startApiForTest({ admin: ADMIN, env: { REDIS_URL: `redis://127.0.0.1:${redisPort}` } });
    // The worker shares the API's config, so both use the same database, Redis and queue prefix.
    worker = await createWorkerApp(api.config, { logger: false });
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    if (redis) await stop(redis);
  });

  it('recomputes partner councils when needs are saved', async () => {
    const http = () => api.http();
    const admin = (await http().post('/api/v1/auth/token').send(ADMIN).expect(200)).body.accessToken as string;
    const buyerFor = async (councilCode: string, email: string): Promise<string> => {
      await http().post('/api/v1/auth/register').send({ email, password: 'a long buyer password', fullName: 'Buyer', role: 'buyer', councilCode }).expect(202);
      const pending = (await http().get('/api/v1/admin/users?status=pending').set('authorization', `Bearer ${admin}`).expect(200)).body.items as { id: string; email: string }[];
      const user = pending.find((item) => item.email === email)!;
      await http().post(`/api/v1/admin/users/${user.id}/approve`).set('authorization', `Bearer ${admin}`).expect(200);
      return (await http().post('/api/v1/auth/token').send({ email, password: 'a long buyer password' }).expect(200)).body.accessToken as string;
    };
    const needFor = async (token: string): Promise<string> =>
      (
        await http()
          .post('/api/v1/needs')
          .set('authorization', `Bearer ${token}`)
          .send({ title: 'Revenues and benefits system', cpvCodes: ['72260000'], openToCollaboration: true })
          .expect(201)
      ).body.id as string;

    const leeds = await needFor(await buyerFor(LEEDS, 'buyer@leeds.test'));
    const bradford = await needFor(await buyerFor(BRADFORD, 'buyer@bradford.test'));
    const pairs = async () =>
      ((await api.db.dataSource.query('SELECT need_id, partner_need_id FROM need_partner ORDER BY need_id')) as { need_id: string; partner_need_id: string }[]).map(
        (row) => `${row.need_id}>${row.partner_need_id}`,
      );
    await waitFor('partners stored both ways', async () => ((await pairs()).length === 2 ? true : undefined), 20_000);
    expect((await pairs()).sort()).toEqual([`${leeds}>${bradford}`, `${bradford}>${leeds}`].sort());
  });
});
