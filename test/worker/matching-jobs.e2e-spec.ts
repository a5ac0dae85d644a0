import { ApiTestApp } from '../support/api-test-app';
import { waitFor } from '../support/processes';
import { startWorkerStack, WorkerTestStack } from '../support/worker-test-stack';

const ADMIN = { email: 'admin@matching.test', password: 'matching-admin-password' };
const LEEDS = 'E08000035';
const BRADFORD = 'E08000032';

/** The matching queue end to end: a need saved through the API reaches the worker, which stores its partners both ways. */
describe('matching jobs through the outbox and the worker', () => {
  let api: ApiTestApp;
  let stack: WorkerTestStack;

  beforeAll(async () => {
    stack = await startWorkerStack({ admin: ADMIN });
    api = stack.api;
  }, 120_000);

  afterAll(() => stack?.close());

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
