import { AdminBootstrapService, AuthService } from '@app/identity';
import request from 'supertest';
import { startWeb, WebHarness } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const ADMIN_EMAIL = 'quinn.queues@example.org';
const SUPPLIER_EMAIL = 'sid@queue-supplier.example';

jest.setTimeout(120_000);

/** Bull Board at /admin/queues: the same session as the pages, administrators only. */
describe('web: the queue dashboard', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    await web.app.get(AdminBootstrapService).createAdmin(ADMIN_EMAIL, PASSWORD, 'Quinn Queues');
    await web.app.get(AuthService).register({ email: SUPPLIER_EMAIL, fullName: 'Sid Supplier', password: PASSWORD, role: 'supplier' }, '10.0.9.1');
  });

  afterAll(() => web?.stop());

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
    } finally {
      await context.close();
    }
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
