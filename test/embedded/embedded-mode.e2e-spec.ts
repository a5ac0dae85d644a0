import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runBuilt, stop, waitFor } from '../support/processes';

const DEMO_PASSWORD = 'demo-password-2026';
const demo = (who: string) => `${who}@demo.procurement-commons.test`;

/**
 * Runs the built API (npm test builds first) exactly as `npm start` would on a laptop with no
 * PostgreSQL. The embedded server runs one transaction at a time, so any query a service sends
 * outside its own transaction hangs here: the journeys below go through the transactional paths.
 */
describe('embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pc-embedded-'));
  let base: string;
  let api: ReturnType<typeof runBuilt>;

  async function call(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  async function expectOk(method: string, path: string, token?: string, body?: unknown): Promise<Record<string, unknown>> {
    const { status, json } = await call(method, path, token, body);
    if (status >= 300) throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(json)}`);
    return json;
  }

  const tokenFor = async (email: string) => (await expectOk('POST', '/api/v1/auth/token', undefined, { email, password: DEMO_PASSWORD })).accessToken as string;

  beforeAll(async () => {
    const [apiPort, dbPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${apiPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      API_PORT: String(apiPort),
      EMBEDDED_PORT: String(dbPort),
      EMBEDDED_DATA_DIR: dataDir,
      QUEUE_PREFIX: `embedded-${apiPort}`,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    delete env.ADMIN_EMAIL;
    delete env.ADMIN_PASSWORD;
    api = runBuilt('dist/apps/api/src/main.js', env);
  });

  afterAll(async () => {
    if (api) await stop(api.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with DATABASE_URL unset and answers /health/ready', async () => {
    try {
      const body = await waitFor(
        'the API to be ready',
        async () => {
          if (api.child.exitCode !== null) throw new Error(`the API exited with code ${api.child.exitCode}`);
          const response = await fetch(`${base}/health/ready`);
          return response.status === 200 ? ((await response.json()) as { info: Record<string, { status: string }> }) : undefined;
        },
        60_000,
      );
      expect(body.info.database.status).toBe('up');
      expect(body.info.redis.status).toBe('up');
      expect(api.output()).toContain('DATABASE_URL is not set: using embedded PostgreSQL');
      expect((await expectOk('GET', '/api/v1/councils?pageSize=1')).total).toBe(332);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- api output ---\n${api.output()}`);
    }
  }, 90_000);

  it('lists, edits, submits and approves a service, and records and edits a need', async () => {
    const admin = await tokenFor(demo('admin'));
    const supplier = await tokenFor(demo('supplier.aire'));
    const buyer = await tokenFor(demo('buyer.leeds'));

    await expectOk('POST', '/api/v1/admin/frameworks', admin, {
      slug: 'embedded-check',
      name: 'Embedded check',
      lots: [{ slug: 'software', name: 'Software', maxCategoriesPerService: 2, categories: [{ name: 'Payroll' }] }],
    });
    await expectOk('PATCH', '/api/v1/admin/frameworks/embedded-check', admin, { status: 'open' });
    const listing = await expectOk('POST', '/api/v1/listings', supplier, {
      framework: 'embedded-check',
      lot: 'software',
      name: 'Payroll for councils',
      summary: 'Pay staff accurately and on time.',
      description: 'A hosted payroll service for local authorities.',
      features: ['HMRC RTI submissions'],
      benefits: ['Fewer payroll errors'],
      categories: ['payroll'],
      cpvCodes: ['72260000'],
      pricing: { min: '1.50', max: '4.00', unit: 'per payslip' },
    });
    const id = listing.id as string;
    await expectOk('PATCH', `/api/v1/listings/${id}`, supplier, { summary: 'Pay staff accurately, on time, every time.', cpvCodes: ['72260000', '48450000'] });
    await expectOk('POST', `/api/v1/listings/${id}/submit`, supplier);
    await expectOk('POST', `/api/v1/admin/listings/${id}/approve`, admin);

    const need = await expectOk('POST', '/api/v1/needs', buyer, { title: 'Replace our payroll system', cpvCodes: ['72260000'] });
    const changed = await expectOk('PATCH', `/api/v1/needs/${need.id as string}`, buyer, { cpvCodes: ['72260000', '48450000'] });
    expect(changed.cpvCodes).toEqual(['72260000', '48450000']);
  }, 60_000);
});
