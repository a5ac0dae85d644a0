import { AdminBootstrapService, AuthService } from '@app/identity';
import { Queue, Worker } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startWeb, WebHarness } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const ADMIN_EMAIL = 'quinn.queues@example.org';
const SUPPLIER_EMAIL = 'sid@queue-supplier.example';

jest.setTimeout(120_000);

/** Bull Board at /admin/queues: the same session as the pages, administrators only. */
describe('web: the queue dashboard', () => {
  let web: WebHarness;
  let adminId: string;

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    adminId = (await web.app.get(AdminBootstrapService).createAdmin(ADMIN_EMAIL, PASSWORD, 'Quinn Queues')).id;
    await web.app.get(AuthService).register({ email: SUPPLIER_EMAIL, fullName: 'Sid Supplier', password: PASSWORD, role: 'supplier' }, '10.0.9.1');
  });

  afterAll(() => web?.stop());

  /** A queue of the app's, under the test's own Redis prefix; the caller closes it. */
  function queueNamed(name: string): Queue {
    return new Queue(name, { connection: { url: web.config.redis.url }, prefix: web.config.redis.queuePrefix });
  }

  /** A job that has failed once, as one the worker gave up on would be. */
  async function failedJob(queue: Queue, data: object): Promise<string> {
    const job = await queue.add('listing.published', data, { attempts: 1 });
    const worker = new Worker(
      queue.name,
      () => {
        throw new Error('the matching service was down');
      },
      { connection: { url: web.config.redis.url }, prefix: web.config.redis.queuePrefix },
    );
    try {
      await new Promise<void>((resolve) => worker.on('failed', () => resolve()));
    } finally {
      await worker.close();
    }
    expect(await job.getState()).toBe('failed');
    return job.id!;
  }

  async function auditRows(action: string): Promise<{ actor_user_id: string; object_type: string; object_id: string; after: unknown }[]> {
    return web.app.get(DataSource).query('SELECT actor_user_id, object_type, object_id, after FROM audit_event WHERE action = $1', [action]);
  }

  /** Signs in through the sign-in form, as a browser does, keeping the session cookie. */
  async function signedIn(email: string): Promise<ReturnType<typeof request.agent>> {
    const agent = request.agent(web.baseUrl);
    const form = await agent.get('/sign-in').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
    expect(csrf).toBeDefined();
    await agent.post('/sign-in').type('form').send({ email, password: PASSWORD, _csrf: csrf }).expect(303).expect('location', '/account');
    return agent;
  }

  it('shows an administrator the board, with a CSP that lets its own assets load, linked from the overview', async () => {
    const admin = await signedIn(ADMIN_EMAIL);
    const page = await admin.get('/admin/queues/').expect(200).expect('content-type', /html/);
    expect(page.text).toContain('<base href="/admin/queues/"');
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);

    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    await admin.get(`/admin/queues/${script}`).expect(200).expect('content-type', /javascript/);
    const queues = (await admin.get('/admin/queues/api/queues').expect(200)).body as { queues: { name: string }[] };
    expect(queues.queues.map((queue) => queue.name).sort()).toEqual(['catalogue', 'matching', 'notifications', 'scheduled']);

    expect((await admin.get('/admin').expect(200)).text).toContain('href="/admin/queues/"');
    // The relaxed policy is the board's alone.
    expect((await admin.get('/admin').expect(200)).headers['content-security-policy']).toContain("base-uri 'none'");
  });

  it('renders in Chromium under its policy: no refused script, style or request', async () => {
    const context = await web.browser.newContext();
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        // Its Google web fonts are refused on purpose; anything else refused would break the board.
        if (/Content Security Policy/i.test(message.text()) && !/fonts\.googleapis\.com/.test(message.text())) refused.push(message.text());
      });
      await page.goto(`${web.baseUrl}/sign-in?returnTo=${encodeURIComponent('/admin/queues/')}`);
      await page.getByLabel('Email address').fill(ADMIN_EMAIL);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await Promise.all([page.waitForURL(/\/admin\/queues\/$/), page.getByRole('button', { name: 'Sign in' }).click()]);
      await page.getByText('matching', { exact: true }).first().waitFor({ timeout: 15_000 });
      expect(refused).toEqual([]);

      // What Chromium sends with the board's own calls passes the same-origin check.
      const statuses = await page.evaluate(async () => {
        const pause = await fetch('api/queues/scheduled/pause', { method: 'PUT' });
        const resume = await fetch('api/queues/scheduled/resume', { method: 'PUT' });
        return [pause.status, resume.status];
      });
      expect(statuses).toEqual([200, 200]);
      expect(await auditRows('queue.pause')).toEqual([{ actor_user_id: adminId, object_type: 'queue', object_id: 'scheduled', after: { queue: 'scheduled' } }]);
      expect(await auditRows('queue.resume')).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("records a retry through the board's API in the audit log, naming the admin, queue and job but not the job's data", async () => {
    const queue = queueNamed('matching');
    try {
      const jobId = await failedJob(queue, { listingId: 'payload-marker-do-not-log' });
      const admin = await signedIn(ADMIN_EMAIL);
      await admin.put(`/admin/queues/api/queues/matching/${jobId}/retry`).set('Origin', web.baseUrl).expect(204);
      expect(await (await queue.getJob(jobId))!.getState()).toBe('waiting');

      expect(await auditRows('queue.job.retry')).toEqual([
        { actor_user_id: adminId, object_type: 'queue-job', object_id: `matching/${jobId}`, after: { queue: 'matching', job: jobId } },
      ]);
      const log = await admin.get('/admin/audit?action=queue.job.retry&objectType=queue-job').expect(200);
      expect(log.text).toContain('1 entry, newest first');
      expect(log.text).toContain('Quinn Queues');
      expect(log.text).toContain(`queue-job matching/${jobId}`);
      expect(log.text).not.toContain('payload-marker-do-not-log');

      // A call Bull Board refuses changed nothing, so it leaves no entry.
      await admin.put(`/admin/queues/api/queues/matching/${jobId}/retry`).set('Origin', web.baseUrl).expect(400);
      await admin.put('/admin/queues/api/queues/matching/no-such-job/retry').set('Origin', web.baseUrl).expect(404);
      expect(await auditRows('queue.job.retry')).toHaveLength(1);
    } finally {
      await queue.close();
    }
  });

  it("refuses a state-changing call that does not come from the board's own page, changing and recording nothing", async () => {
    const admin = await signedIn(ADMIN_EMAIL);
    const pause = '/admin/queues/api/queues/catalogue/pause';
    await admin.put(pause).set('Sec-Fetch-Site', 'cross-site').set('Origin', 'https://attacker.example').expect(403);
    await admin.put(pause).set('Sec-Fetch-Site', 'same-site').expect(403);
    await admin.put(pause).set('Origin', 'https://attacker.example').expect(403);
    await admin.put(pause).expect(403);
    // A cross-site HTML form can only POST: adding a job is refused as well.
    const form = await admin
      .post('/admin/queues/api/queues/catalogue/add')
      .set('Origin', 'https://attacker.example')
      .type('form')
      .send({ name: 'catalogue.import', data: '{}' })
      .expect(403);
    expect(form.text).toContain('You do not have permission to do this.');

    const queue = queueNamed('catalogue');
    try {
      expect(await queue.isPaused()).toBe(false);
      expect(await queue.count()).toBe(0);
    } finally {
      await queue.close();
    }
    expect((await auditRows('queue.pause')).filter((row) => row.object_id === 'catalogue')).toEqual([]);
    expect(await auditRows('queue.job.add')).toEqual([]);
    // Reading stays open to the signed-in admin, whatever the headers.
    await admin.get('/admin/queues/api/queues').set('Sec-Fetch-Site', 'cross-site').expect(200);
  });

  it('refuses a supplier with the 403 page, for the page and its API', async () => {
    const supplier = await signedIn(SUPPLIER_EMAIL);
    const page = await supplier.get('/admin/queues/').expect(403);
    expect(page.text).toContain('Only administrators can see the job queues.');
    await supplier.get('/admin/queues/api/queues').expect(403);
    await supplier.put('/admin/queues/api/queues/matching/pause').expect(403);
  });

  it('sends a visitor who is not signed in to sign in, coming back afterwards', async () => {
    await request(web.baseUrl).get('/admin/queues/').expect(303).expect('location', `/sign-in?returnTo=${encodeURIComponent('/admin/queues/')}`);
    await request(web.baseUrl).get('/admin/queues/api/queues').expect(303);
  });
});
