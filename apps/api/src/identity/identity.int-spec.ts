import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { TestDatabase } from '@app/db/testing';
import { AdminBootstrapService, PasswordHasher } from '@app/identity';
import IORedis from 'ioredis';
import request from 'supertest';
import type { App } from 'supertest/types';
import { ApiTestApp, startApiForTest } from '../../../../test/support/api-test-app';

const PASSWORD = 'correct horse battery staple';
const ADMIN = { email: 'first.admin@procurement-commons.test', password: 'admin password that is long' };
const LEEDS = { gssCode: 'E08000035', name: 'Leeds City Council', shortName: 'Leeds', emailDomains: ['leeds.gov.uk'] };

let sequence = 0;
/** A fresh address per call, so tests never share accounts or throttle counters. */
function uniqueEmail(domain = 'example.org'): string {
  sequence += 1;
  return `user${sequence}.${randomBytes(3).toString('hex')}@${domain}`;
}

describe('identity API (real PostgreSQL and Redis)', () => {
  let api: ApiTestApp;
  let db: TestDatabase;
  let config: AppConfig;
  let app: INestApplication;
  let http: App;

  beforeAll(async () => {
    api = await startApiForTest({ admin: ADMIN });
    ({ db, config, app } = api);
    http = app.getHttpServer() as App;
    await upsertCouncil(db, LEEDS);
    // Start-up may already have made the administrator (when it runs the bootstrap); either way it exists once.
    expect(['created', 'exists']).toContain(await app.get(AdminBootstrapService).ensureFirstAdmin());
  });

  afterAll(async () => {
    await api?.close();
    // The shared Redis keeps what this run left under its unique queue prefix; clear it.
    const redis = new IORedis(config.redis.url);
    try {
      const keys = await redis.keys(`${config.redis.queuePrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });

  function register(body: Record<string, unknown>) {
    return request(http).post('/api/v1/auth/register').send(body);
  }

  async function tokenFor(email: string, password = PASSWORD): Promise<string> {
    const response = await request(http).post('/api/v1/auth/token').send({ email, password }).expect(200);
    return (response.body as { accessToken: string }).accessToken;
  }

  async function registerSupplier(email = uniqueEmail()): Promise<string> {
    await register({ email, password: PASSWORD, fullName: 'Sam Supplier', role: 'supplier' }).expect(202);
    return email;
  }

  async function userRow(email: string): Promise<{ id: string; password_hash: string; status: string; approved_at: Date | null }> {
    const [row] = await db.dataSource.query('SELECT id, password_hash, status, approved_at FROM app_user WHERE email = $1', [email]);
    return row;
  }

  async function outboxRows(jobName: string, userId: string): Promise<{ job_id: string }[]> {
    return db.dataSource.query(`SELECT job_id FROM outbox_message WHERE job_name = $1 AND payload->>'userId' = $2`, [jobName, userId]);
  }

  describe('signing in', () => {
    it('registers a supplier that can sign in straight away and see itself', async () => {
      const email = uniqueEmail();
      const registered = await register({ email: email.toUpperCase(), password: PASSWORD, fullName: ' Sam Supplier ', role: 'supplier' });
      expect(registered.status).toBe(202);
      expect(registered.body).toEqual({ message: expect.stringContaining('Registration received') });

      const tokenResponse = await request(http).post('/api/v1/auth/token').send({ email, password: PASSWORD }).expect(200);
      expect(tokenResponse.headers['cache-control']).toBe('no-store');
      expect(tokenResponse.body).toEqual({
        accessToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        tokenType: 'Bearer',
        expiresIn: config.auth.tokenTtlMinutes * 60,
        expiresAt: expect.any(String),
      });

      const me = await request(http).get('/api/v1/me').set('Authorization', `Bearer ${tokenResponse.body.accessToken}`).expect(200);
      expect(me.body).toEqual({
        id: expect.any(String),
        email,
        fullName: 'Sam Supplier',
        role: 'supplier',
        status: 'active',
        councilCode: null,
        supplierId: null,
      });
      expect(JSON.stringify(me.body)).not.toMatch(/password|hash/i);
    });

    it('stores only the SHA-256 of a token', async () => {
      const email = await registerSupplier();
      const token = await tokenFor(email);
      const rows: { token_hash: string }[] = await db.dataSource.query(
        'SELECT token_hash FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = $1',
        [email],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].token_hash).not.toContain(token);
    });

    it('answers a wrong password and an unknown email the same way, verifying a hash for both', async () => {
      const email = await registerSupplier();
      const verify = jest.spyOn(app.get(PasswordHasher), 'verify');
      try {
        const wrongPassword = await request(http).post('/api/v1/auth/token').send({ email, password: 'not the password at all' });
        const unknownEmail = await request(http).post('/api/v1/auth/token').send({ email: uniqueEmail(), password: PASSWORD });
        expect(wrongPassword.status).toBe(401);
        expect(unknownEmail.status).toBe(401);
        expect(unknownEmail.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(unknownEmail.body).toEqual(wrongPassword.body);
        expect(wrongPassword.body).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'Email or password is incorrect' });
        // The unknown email still paid for a full argon2 verification (against a dummy hash).
        expect(verify).toHaveBeenCalledTimes(2);
        expect(verify.mock.calls[1][0]).toBeNull();
      } finally {
        verify.mockRestore();
      }
    });

    it('refuses the 11th attempt after 10 failures in a row with 429, even with the right password', async () => {
      const email = await registerSupplier();
      expect(config.auth.maxFailures).toBe(10);
      for (let attempt = 1; attempt <= 10; attempt++) {
        await request(http).post('/api/v1/auth/token').send({ email, password: `wrong password ${attempt}` }).expect(401);
      }
      const locked = await request(http).post('/api/v1/auth/token').send({ email, password: PASSWORD });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(config.auth.lockMinutes * 60);
      // Only that account is locked; others from the same address still sign in.
      await tokenFor(await registerSupplier());
    });

    it('starts the failure count again after a successful sign-in', async () => {
      const email = await registerSupplier();
      for (let attempt = 1; attempt <= 9; attempt++) {
        await request(http).post('/api/v1/auth/token').send({ email, password: 'wrong password here' }).expect(401);
      }
      await tokenFor(email);
      for (let attempt = 1; attempt <= 9; attempt++) {
        await request(http).post('/api/v1/auth/token').send({ email, password: 'wrong password here' }).expect(401);
      }
      await tokenFor(email);
    });

    it('turns away anonymous callers with 401 and a Bearer challenge', async () => {
      const anonymous = await request(http).get('/api/v1/me');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer realm=/);
      expect(anonymous.body).toMatchObject({ code: 'AUTHENTICATION_REQUIRED', detail: expect.stringMatching(/^Sign in/) });

      const badToken = await request(http).get('/api/v1/admin/users').set('Authorization', `Bearer ${'x'.repeat(43)}`);
      expect(badToken.status).toBe(401);
      expect(badToken.headers['www-authenticate']).toMatch(/error="invalid_token"/);
      expect(badToken.body.code).toBe('INVALID_TOKEN');
    });

    it('keeps health, metrics and the API document open without a token', async () => {
      await request(http).get('/health/live').expect(200);
      await request(http).get('/metrics').expect(200);
      const document = await request(http).get('/api/openapi.json').expect(200);
      const paths = Object.keys(document.body.paths as object);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/api/v1/auth/register',
          '/api/v1/auth/token',
          '/api/v1/auth/revoke',
          '/api/v1/me',
          '/api/v1/admin/users',
          '/api/v1/admin/users/{id}/approve',
          '/api/v1/admin/users/{id}/suspend',
          '/api/v1/admin/users/{id}/reinstate',
        ]),
      );
      expect(document.body.paths['/api/v1/me'].get.security).toEqual([{ bearer: [] }]);
    });

    it('lets a public route see a signed-in caller and ignore a bad token', async () => {
      // Registering is public: a valid token is accepted, a bad one does not turn the call into a 401.
      const token = await tokenFor(await registerSupplier());
      await register({ email: uniqueEmail(), password: PASSWORD, fullName: 'With Token', role: 'supplier' })
        .set('Authorization', `Bearer ${token}`)
        .expect(202);
      await register({ email: uniqueEmail(), password: PASSWORD, fullName: 'Bad Token', role: 'supplier' })
        .set('Authorization', 'Bearer not-a-token')
        .expect(202);
    });

    it('refuses a token sent in the query string', async () => {
      const token = await tokenFor(await registerSupplier());
      const response = await request(http).get(`/api/v1/me?access_token=${token}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'access_token' })]);
    });

    it('revokes the token a request was sent with', async () => {
      const token = await tokenFor(await registerSupplier());
      await request(http).post('/api/v1/auth/revoke').set('Authorization', `Bearer ${token}`).expect(204);
      await request(http).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
    });
  });

  describe('registering', () => {
    it('answers an existing email exactly like a new one and changes nothing', async () => {
      const email = uniqueEmail();
      const first = await register({ email, password: PASSWORD, fullName: 'Original Owner', role: 'supplier' });
      const before = await userRow(email);
      const hasher = jest.spyOn(app.get(PasswordHasher), 'hash');
      let second: request.Response;
      try {
        second = await register({ email: email.toUpperCase(), password: 'an attacker password', fullName: 'Attacker', role: 'supplier' });
        // The duplicate still paid for a password hash, so it takes about as long as a real registration.
        expect(hasher).toHaveBeenCalledTimes(1);
      } finally {
        hasher.mockRestore();
      }
      expect(second.status).toBe(first.status);
      expect(second.body).toEqual(first.body);
      expect(await userRow(email)).toEqual(before);
      await tokenFor(email, PASSWORD);
      await request(http).post('/api/v1/auth/token').send({ email, password: 'an attacker password' }).expect(401);
      const audits = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'user.registered' AND object_id = $1`, [before.id]);
      expect(audits[0].n).toBe(1);
    });

    it('makes a buyer on the council email domain active at once', async () => {
      const email = uniqueEmail('leeds.gov.uk');
      await register({ email, password: PASSWORD, fullName: 'Lee Buyer', role: 'buyer', councilCode: 'E08000035' }).expect(202);
      const row = await userRow(email);
      expect(row.status).toBe('active');
      expect(row.approved_at).not.toBeNull();
      expect(await outboxRows('buyer.awaiting-approval', row.id)).toEqual([]);
      const me = await request(http).get('/api/v1/me').set('Authorization', `Bearer ${await tokenFor(email)}`).expect(200);
      expect(me.body).toMatchObject({ role: 'buyer', status: 'active', councilCode: 'E08000035' });
    });

    const valid = { email: 'valid.person@example.org', password: PASSWORD, fullName: 'Valid Person', role: 'supplier' };
    const badInputs: [string, Record<string, unknown>, number, string][] = [
      ['missing email', { ...valid, email: undefined }, 400, 'email'],
      ['missing password', { ...valid, password: undefined }, 400, 'password'],
      ['missing full name', { ...valid, fullName: undefined }, 400, 'fullName'],
      ['missing role', { ...valid, role: undefined }, 400, 'role'],
      ['email of the wrong type', { ...valid, email: 12345 }, 400, 'email'],
      ['password of the wrong type', { ...valid, password: ['a', 'b'] }, 400, 'password'],
      ['an unknown field', { ...valid, isAdmin: true }, 400, 'isAdmin'],
      ['an oversize full name', { ...valid, fullName: 'n'.repeat(201) }, 400, 'fullName'],
      ['an oversize email', { ...valid, email: `${'a'.repeat(250)}@example.org` }, 400, 'email'],
      ['an oversize password', { ...valid, password: 'p'.repeat(129) }, 400, 'password'],
      ['a bad email', { ...valid, email: 'not-an-email' }, 400, 'email'],
      ['a short password', { ...valid, password: 'short pass' }, 400, 'password'],
      ['the admin role', { ...valid, role: 'admin' }, 400, 'role'],
      ['a buyer without a council', { ...valid, role: 'buyer' }, 400, 'councilCode'],
      ['a malformed council code', { ...valid, role: 'buyer', councilCode: 'leeds' }, 400, 'councilCode'],
      ['a council code of the wrong type', { ...valid, councilCode: 42 }, 400, 'councilCode'],
      ['an unknown council', { ...valid, role: 'buyer', councilCode: 'E99999999' }, 422, 'councilCode'],
      ['a blank full name', { ...valid, fullName: '   ' }, 422, 'fullName'],
    ];

    it.each(badInputs)('refuses %s, naming the field', async (_, body, status, field) => {
      const response = await register({ ...body, email: body.email === valid.email ? uniqueEmail() : body.email });
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('refuses malformed JSON and bad token requests without a 500', async () => {
      const broken = await request(http).post('/api/v1/auth/register').set('Content-Type', 'application/json').send('{"email":');
      expect(broken.status).toBe(400);
      const missing = await request(http).post('/api/v1/auth/token').send({});
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining(['email', 'password']));
      const extra = await request(http).post('/api/v1/auth/token').send({ email: uniqueEmail(), password: PASSWORD, remember: true });
      expect(extra.status).toBe(400);
      expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'remember' })]);
    });
  });

  describe('buyer approval', () => {
    it('lets a pending buyer sign in and see its status, but not act, until an administrator approves it', async () => {
      const email = uniqueEmail('gmail.example');
      await register({ email, password: PASSWORD, fullName: 'Pat Pending', role: 'buyer', councilCode: 'E08000035' }).expect(202);
      const buyer = await userRow(email);
      expect(buyer.status).toBe('pending');
      expect(await outboxRows('buyer.awaiting-approval', buyer.id)).toEqual([{ job_id: `buyer-awaiting-approval-${buyer.id}` }]);

      const buyerToken = await tokenFor(email);
      const me = await request(http).get('/api/v1/me').set('Authorization', `Bearer ${buyerToken}`).expect(200);
      expect(me.body).toMatchObject({ status: 'pending', role: 'buyer', councilCode: 'E08000035' });
      const refused = await request(http).get('/api/v1/admin/users').set('Authorization', `Bearer ${buyerToken}`);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('ACCOUNT_PENDING');

      const adminToken = await tokenFor(ADMIN.email, ADMIN.password);
      const queue = await request(http)
        .get('/api/v1/admin/users?status=pending&role=buyer&page=1&pageSize=100')
        .set('Authorization', `Bearer ${adminToken}`)
        .expect(200);
      expect(queue.body).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
      expect(queue.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: buyer.id, email, status: 'pending' })]));
      expect(JSON.stringify(queue.body)).not.toMatch(/password|hash/i);

      const approved = await request(http).post(`/api/v1/admin/users/${buyer.id}/approve`).set('Authorization', `Bearer ${adminToken}`);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ id: buyer.id, status: 'active', approvedAt: expect.any(String) });
      expect(await outboxRows('buyer.approved', buyer.id)).toEqual([{ job_id: `buyer-approved-${buyer.id}` }]);
      const audits = await db.dataSource.query(
        `SELECT before, after FROM audit_event WHERE action = 'user.approved' AND object_id = $1`,
        [buyer.id],
      );
      expect(audits).toEqual([{ before: expect.objectContaining({ status: 'pending' }), after: expect.objectContaining({ status: 'active' }) }]);

      // The buyer's existing token now carries the active status.
      const after = await request(http).get('/api/v1/me').set('Authorization', `Bearer ${buyerToken}`).expect(200);
      expect(after.body.status).toBe('active');

      const again = await request(http).post(`/api/v1/admin/users/${buyer.id}/approve`).set('Authorization', `Bearer ${adminToken}`);
      expect(again.status).toBe(409);
      expect(again.body.detail).toMatch(/active/);
    });

    it('keeps administration to administrators', async () => {
      const supplierToken = await tokenFor(await registerSupplier());
      const response = await request(http).get('/api/v1/admin/users').set('Authorization', `Bearer ${supplierToken}`);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('ROLE_REQUIRED');
      const someone = await userRow(await registerSupplier());
      await request(http).post(`/api/v1/admin/users/${someone.id}/suspend`).set('Authorization', `Bearer ${supplierToken}`).expect(403);
      await request(http).post(`/api/v1/admin/users/${someone.id}/suspend`).expect(401);
    });

    it('checks ids and list parameters', async () => {
      const adminToken = await tokenFor(ADMIN.email, ADMIN.password);
      const auth = { Authorization: `Bearer ${adminToken}` };
      const badId = await request(http).post('/api/v1/admin/users/not-a-uuid/approve').set(auth);
      expect(badId.status).toBe(400);
      expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
      await request(http).post('/api/v1/admin/users/00000000-0000-4000-8000-000000000000/approve').set(auth).expect(404);
      for (const [query, field] of [
        ['pageSize=101', 'pageSize'],
        ['page=0', 'page'],
        ['page=abc', 'page'],
        ['status=deleted', 'status'],
        ['role=root', 'role'],
        ['sort=email', 'sort'],
      ]) {
        const response = await request(http).get(`/api/v1/admin/users?${query}`).set(auth);
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      const page = await request(http).get('/api/v1/admin/users?pageSize=1&page=2').set(auth).expect(200);
      expect(page.body.items).toHaveLength(1);
      expect(page.body.total).toBeGreaterThan(2);
    });
  });

  describe('suspension', () => {
    it('stops a suspended user at once and lets a reinstated one back in', async () => {
      const email = await registerSupplier();
      const user = await userRow(email);
      const userToken = await tokenFor(email);
      const adminToken = await tokenFor(ADMIN.email, ADMIN.password);
      const auth = { Authorization: `Bearer ${adminToken}` };

      const suspended = await request(http).post(`/api/v1/admin/users/${user.id}/suspend`).set(auth).expect(200);
      expect(suspended.body.status).toBe('suspended');
      await request(http).get('/api/v1/me').set('Authorization', `Bearer ${userToken}`).expect(401);
      const signIn = await request(http).post('/api/v1/auth/token').send({ email, password: PASSWORD });
      expect(signIn.status).toBe(403);
      expect(signIn.body.code).toBe('ACCOUNT_SUSPENDED');
      // A wrong password still gets the generic answer, so suspension is only revealed to the password holder.
      const wrong = await request(http).post('/api/v1/auth/token').send({ email, password: 'not the password at all' });
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      await request(http).post(`/api/v1/admin/users/${user.id}/suspend`).set(auth).expect(409);

      const reinstated = await request(http).post(`/api/v1/admin/users/${user.id}/reinstate`).set(auth).expect(200);
      expect(reinstated.body.status).toBe('active');
      // The old token stays revoked; a new sign-in works.
      await request(http).get('/api/v1/me').set('Authorization', `Bearer ${userToken}`).expect(401);
      await tokenFor(email);
      await request(http).post(`/api/v1/admin/users/${user.id}/reinstate`).set(auth).expect(409);
    });

    it('does not let an administrator suspend themselves', async () => {
      const adminToken = await tokenFor(ADMIN.email, ADMIN.password);
      const me = await request(http).get('/api/v1/me').set('Authorization', `Bearer ${adminToken}`).expect(200);
      const response = await request(http).post(`/api/v1/admin/users/${me.body.id}/suspend`).set('Authorization', `Bearer ${adminToken}`);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('CANNOT_SUSPEND_SELF');
    });
  });

  describe('first administrator', () => {
    it('is created once from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
      const bootstrap = app.get(AdminBootstrapService);
      expect(await bootstrap.ensureFirstAdmin()).toBe('exists');
      const rows = await db.dataSource.query(`SELECT role, status FROM app_user WHERE email = $1`, [ADMIN.email]);
      expect(rows).toEqual([{ role: 'admin', status: 'active' }]);
      await expect(bootstrap.createAdmin(ADMIN.email, ADMIN.password, 'Second Try')).rejects.toMatchObject({ kind: 'conflict' });
      await expect(bootstrap.createAdmin('x@y', 'short', '')).rejects.toMatchObject({ kind: 'validation' });
      const created = await bootstrap.createAdmin(uniqueEmail(), 'another admin password', 'Cli Admin');
      expect(created).toMatchObject({ role: 'admin', status: 'active', fullName: 'Cli Admin' });
    });
  });
});

/**
 * Councils are reference data that start-up loads; the test makes sure the one it needs exists with
 * the email domains the tests rely on, inserting it when absent.
 */
async function upsertCouncil(
  db: TestDatabase,
  council: { gssCode: string; name: string; shortName: string; emailDomains: string[] },
): Promise<void> {
  await db.dataSource
    .createQueryBuilder()
    .insert()
    .into('council')
    .values({
      ...council,
      localAuthorityCode: council.gssCode.slice(-4),
      typeCode: 'MD',
      typeName: 'Metropolitan district',
      region: 'Yorkshire and The Humber',
      countyCode: null,
      combinedAuthorityCode: null,
    })
    .orUpdate(['email_domains'], ['gss_code'])
    .execute();
}
