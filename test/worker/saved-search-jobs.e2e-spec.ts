import { createRedis } from '@app/queue';
import { Queue } from 'bullmq';
import { ApiTestApp } from '../support/api-test-app';
import { waitFor } from '../support/processes';
import { startWorkerStack, WorkerTestStack } from '../support/worker-test-stack';

const ADMIN = { email: 'admin@saved-search.test', password: 'saved-search-admin-password' };
const SUPPLIER = { email: 'supplier@saved-search.test', password: 'a long supplier password' };
const FRAMEWORK = 'saved-search-cloud';

/** Saved-search alerts end to end: a listing approved through the API reaches the worker through the outbox and the real queue. */
describe('saved-search jobs through the outbox and the worker', () => {
  let api: ApiTestApp;
  let stack: WorkerTestStack;

  beforeAll(async () => {
    stack = await startWorkerStack({ admin: ADMIN });
    api = stack.api;
  }, 120_000);

  afterAll(() => stack?.close());

  it('schedules the daily digest once, on the notifications queue', async () => {
    const connection = createRedis(api.config.redis.url, 'worker');
    const queue = new Queue('notifications', { connection, prefix: api.config.redis.queuePrefix });
    try {
      expect(await queue.getJobSchedulers()).toEqual([
        expect.objectContaining({ key: 'saved-search-digest-daily', name: 'saved-search.daily-digest', pattern: '0 7 * * *', tz: 'Europe/London' }),
      ]);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('alerts the owner of an immediate saved search once when a matching listing is published', async () => {
    const http = () => api.http();
    const admin = { authorization: `Bearer ${await api.tokenFor(ADMIN.email, ADMIN.password)}` };
    const supplier = { authorization: `Bearer ${await api.registerAndSignIn({ ...SUPPLIER, fullName: 'Sam Supplier', role: 'supplier' })}` };

    await http()
      .post('/api/v1/admin/frameworks')
      .set(admin)
      .send({ slug: FRAMEWORK, name: 'Saved Search Cloud', description: 'A framework for tests', lots: [{ slug: 'software', name: 'Software', maxCategoriesPerService: 2, categories: [{ name: 'Case management' }] }] })
      .expect(201);
    await http().patch(`/api/v1/admin/frameworks/${FRAMEWORK}`).set(admin).send({ status: 'open' }).expect(200);
    await http()
      .post('/api/v1/suppliers')
      .set(supplier)
      .send({ name: 'Weald Digital Ltd', companyNumber: '09200001', staffCount: 25, turnover: '2500000.00', balanceSheetTotal: '800000.00', isVcse: false, offices: [{ councilCode: 'E07000110', postcode: 'ME14 1XQ' }] })
      .expect(201);
    const listing = await http()
      .post('/api/v1/listings')
      .set(supplier)
      .send({
        framework: FRAMEWORK,
        lot: 'software',
        name: 'Case manager for councils',
        summary: 'Record visits once, on any device, and share cases safely between teams.',
        description: 'A hosted case management service for local authorities, with offline mobile working.',
        features: ['Offline mobile visits'],
        benefits: ['Less re-keying'],
        categories: ['case-management'],
        cpvCodes: ['72260000'],
        pricing: { min: '1000.00', max: '250000.00', unit: 'per year' },
      })
      .expect(201);
    const listingId = listing.body.id as string;
    await http().post(`/api/v1/listings/${listingId}/submit`).set(supplier).expect(200);
    await http().patch(`/api/v1/admin/frameworks/${FRAMEWORK}`).set(admin).send({ status: 'live' }).expect(200);

    const saved = await http()
      .post('/api/v1/saved-searches')
      .set(supplier)
      .send({ name: 'Case management', kind: 'catalogue', frequency: 'immediate', filters: { q: 'case management' } })
      .expect(201);
    await http().post(`/api/v1/admin/listings/${listingId}/approve`).set(admin).expect(200);

    const alerts = async () =>
      (await api.db.dataSource.query(`SELECT dedupe_key, link FROM notification WHERE kind = 'saved-search.alert'`)) as { dedupe_key: string; link: string }[];
    await waitFor('the saved-search alert', async () => ((await alerts()).length > 0 ? true : undefined), 20_000);
    expect(await alerts()).toEqual([{ dedupe_key: `saved-search/${saved.body.id}/${listingId}`, link: `/catalogue/${listingId}` }]);
    const [outbox] = (await api.db.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_message WHERE job_name = 'saved-search.item-published' AND dispatched_at IS NULL`)) as { pending: number }[];
    expect(outbox.pending).toBe(0);
  });
});
