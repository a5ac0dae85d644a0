import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@app/config';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from '@app/platform';
import request from 'supertest';
import { createApiApp } from '../create-api-app';

const ADMIN = { email: 'audit-admin@example.org', password: 'audit admin password' };
const SUPPLIER = { email: 'audit-supplier@example.org', password: 'audit supplier password', fullName: 'Sam Supplier', role: 'supplier' };

describe('GET /admin/audit and /admin/integrity-flags', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let adminToken: string;
  let supplierToken: string;

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: db.url,
      QUEUE_PREFIX: `audit-${process.pid}`,
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    app = await createApiApp(config, { logger: false });
    await app.init();
    const http = request(app.getHttpServer());
    adminToken = (await http.post('/api/v1/auth/token').send(ADMIN).expect(200)).body.accessToken;
    await http.post('/api/v1/auth/register').send(SUPPLIER).expect(202);
    supplierToken = (await http.post('/api/v1/auth/token').send({ email: SUPPLIER.email, password: SUPPLIER.password }).expect(200)).body
      .accessToken;
    const profile = {
      name: 'Audit Trail Ltd',
      companyNumber: '12345678',
      staffCount: 3,
      turnover: '100000.00',
      balanceSheetTotal: '20000.00',
      isVcse: false,
      offices: [{ councilCode: 'E07000110' }],
    };
    await http.post('/api/v1/suppliers').set('authorization', `Bearer ${supplierToken}`).send(profile).expect(201);
    // A second company registering the same number is refused and flagged.
    const other = { ...SUPPLIER, email: 'audit-copycat@example.org' };
    await http.post('/api/v1/auth/register').send(other).expect(202);
    const otherToken = (await http.post('/api/v1/auth/token').send({ email: other.email, password: other.password }).expect(200)).body
      .accessToken;
    await http.post('/api/v1/suppliers').set('authorization', `Bearer ${otherToken}`).send({ ...profile, name: 'Copycat Ltd' }).expect(409);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('shows administrators what happened, newest first, filtered by action', async () => {
    const response = await request(app.getHttpServer())
      .get('/api/v1/admin/audit?action=supplier.created')
      .set('authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(response.body.total).toBe(1);
    expect(response.body.items[0]).toMatchObject({ action: 'supplier.created', objectType: 'supplier', after: { name: 'Audit Trail Ltd' } });
    const everything = await request(app.getHttpServer()).get('/api/v1/admin/audit').set('authorization', `Bearer ${adminToken}`).expect(200);
    const times = everything.body.items.map((item: { occurredAt: string }) => item.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('lists the integrity flag a duplicate company number raised', async () => {
    const response = await request(app.getHttpServer())
      .get('/api/v1/admin/integrity-flags?status=open')
      .set('authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(response.body.items.map((flag: { kind: string }) => flag.kind)).toEqual(['duplicate-company-number']);
  });

  it('answers 401 to strangers, 403 to other roles and 400 naming a bad filter', async () => {
    await request(app.getHttpServer()).get('/api/v1/admin/audit').expect(401);
    await request(app.getHttpServer()).get('/api/v1/admin/audit').set('authorization', `Bearer ${supplierToken}`).expect(403);
    const bad = await request(app.getHttpServer())
      .get('/api/v1/admin/audit?from=yesterday&pageSize=1000')
      .set('authorization', `Bearer ${adminToken}`)
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'pageSize']);
  });
});
