import { randomBytes } from 'node:crypto';
import { createRedis } from '@app/queue';
import { Queue } from 'bullmq';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { PipelineRefreshHandler } from '../../apps/worker/src/processors/pipeline.handlers';
import { ApiTestApp } from '../support/api-test-app';
import { startWorkerStack, WorkerTestStack } from '../support/worker-test-stack';
import { monthsFromNow } from '../support/dates';

const PASSWORD = 'a long buyer password';
const ADMIN = { email: 'admin@pipeline.test', password: 'pipeline-admin-password' };
const MAIDSTONE = { code: 'E07000110', domain: 'maidstone.gov.uk', name: 'Maidstone Borough Council' };
const KENT = { code: 'E10000016', domain: 'kent.gov.uk', name: 'Kent County Council' };
const ASHFORD = { code: 'E07000105', domain: 'ashford.gov.uk' };
const TUNBRIDGE_WELLS = { code: 'E07000116', domain: 'tunbridgewells.gov.uk' };

/** The daily pipeline refresh: scheduled once by the worker, and telling buyers about joint re-tenders once. */
describe('pipeline refresh job', () => {
  let api: ApiTestApp;
  let stack: WorkerTestStack;
  const run = randomBytes(4).toString('hex');

  beforeAll(async () => {
    stack = await startWorkerStack({
      admin: ADMIN,
      beforeWorker: async (started) => {
        // Buyers with an address at their council's domain are active at once, no approval step needed.
        const admin = await started.tokenFor(ADMIN.email, ADMIN.password);
        for (const council of [MAIDSTONE, KENT, ASHFORD, TUNBRIDGE_WELLS]) {
          await started.http().patch(`/api/v1/admin/councils/${council.code}`).set('authorization', `Bearer ${admin}`).send({ emailDomains: [council.domain] }).expect(200);
        }
      },
    });
    api = stack.api;
  }, 120_000);

  afterAll(() => stack?.close());

  it('registers the daily scheduler once, however many times a worker starts', async () => {
    // A second worker process against the same Redis, as when scaling out or restarting.
    const second = await createWorkerApp(api.config, { logger: false });
    await second.close();
    const connection = createRedis(api.config.redis.url, 'worker');
    const queue = new Queue('matching', { connection, prefix: api.config.redis.queuePrefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'pipeline-refresh-daily', name: 'pipeline.refresh', pattern: '0 6 * * *', tz: 'Europe/London' })]);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('tells each council with a partner once, tells again when the partners change, and leaves a council without one alone', async () => {
    const buyer = async (council: { code: string; domain: string }) => {
      const email = `buyer-${run}@${council.domain}`;
      const token = await api.registerAndSignIn({ email, password: PASSWORD, fullName: 'Test Buyer', role: 'buyer', councilCode: council.code });
      const [{ id }] = (await api.db.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as { id: string }[];
      return { token, id };
    };
    const contract = (token: string, title: string, cpv: string, endInMonths: number) =>
      api
        .http()
        .post('/api/v1/contracts')
        .set('authorization', `Bearer ${token}`)
        .send({ title, supplierName: 'Weald Digital Ltd', cpvCodes: [cpv], value: '90000.00', annualValue: '30000.00', startDate: monthsFromNow(-24), endDate: monthsFromNow(endInMonths), awardedVia: 'competition' })
        .expect(201);
    const noticesFor = async (userId: string) =>
      ((await api.db.dataSource.query(`SELECT title, body FROM notification WHERE user_id = $1 AND kind = 'pipeline.joint-retender' ORDER BY created_at, title`, [userId])) as {
        title: string;
        body: string;
      }[]);

    const maidstone = await buyer(MAIDSTONE);
    const kent = await buyer(KENT);
    const ashford = await buyer(ASHFORD);
    await contract(maidstone.token, 'Revenues and benefits system', '72260000', 3);
    await contract(kent.token, 'Revenues and benefits software', '72261000', 5);
    await contract(ashford.token, 'Grounds maintenance', '77314000', 3);

    const refresh = () => stack.worker.get(PipelineRefreshHandler).handle({});
    await refresh();
    await refresh(); // BullMQ may deliver twice, and the job runs every day

    const toMaidstone = await noticesFor(maidstone.id);
    expect(toMaidstone).toEqual([{ title: '2 councils could re-tender Revenues and benefits system together', body: expect.stringContaining(`${MAIDSTONE.name} and ${KENT.name}`) }]);
    expect((await noticesFor(kent.id)).map((notice) => notice.title)).toEqual(['2 councils could re-tender Revenues and benefits software together']);
    expect(await noticesFor(ashford.id)).toEqual([]);

    // A third council joins the window: a new situation, told again.
    await contract((await buyer(TUNBRIDGE_WELLS)).token, 'Revenues and benefits platform', '72260000', 4);
    await refresh();
    expect((await noticesFor(maidstone.id)).map((notice) => notice.title)).toEqual([
      '2 councils could re-tender Revenues and benefits system together',
      '3 councils could re-tender Revenues and benefits system together',
    ]);
    expect(await noticesFor(ashford.id)).toEqual([]);
  });
});
