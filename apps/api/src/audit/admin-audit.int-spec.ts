import { ApiTestApp, startApiForTest } from '../../../../test/support/api-test-app';

const ADMIN = { email: 'audit-admin@example.org', password: 'audit admin password' };
const SUPPLIER = { email: 'audit-supplier@example.org', password: 'audit supplier password', fullName: 'Sam Supplier', role: 'supplier' };

describe('GET /admin/audit and /admin/integrity-flags', () => {
  let api: ApiTestApp;
  let adminToken: string;
  let supplierToken: string;
  const http = () => api.http();

  beforeAll(async () => {
    api = await startApiForTest({ admin: ADMIN });
    adminToken = await api.tokenFor(ADMIN.email, ADMIN.password);
    supplierToken = await api.registerAndSignIn(SUPPLIER);
    const profile = {
      name: 'Audit Trail Ltd',
      companyNumber: '12345678',
      staffCount: 3,
      turnover: '100000.00',
      balanceSheetTotal: '20000.00',
      isVcse: false,
      offices: [{ councilCode: 'E07000110' }],
    };
    await http().post('/api/v1/suppliers').set('authorization', `Bearer ${supplierToken}`).send(profile).expect(201);
    // A second company registering the same number is refused and flagged.
    const otherToken = await api.registerAndSignIn({ ...SUPPLIER, email: 'audit-copycat@example.org' });
    await http().post('/api/v1/suppliers').set('authorization', `Bearer ${otherToken}`).send({ ...profile, name: 'Copycat Ltd' }).expect(409);
  });

  afterAll(() => api?.close());

  it('shows administrators what happened, newest first, filtered by action', async () => {
    const response = await http()
      .get('/api/v1/admin/audit?action=supplier.created')
      .set('authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(response.body.total).toBe(1);
    expect(response.body.items[0]).toMatchObject({ action: 'supplier.created', objectType: 'supplier', after: { name: 'Audit Trail Ltd' } });
    const everything = await http().get('/api/v1/admin/audit').set('authorization', `Bearer ${adminToken}`).expect(200);
    const times = everything.body.items.map((item: { occurredAt: string }) => item.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('lists the integrity flag a duplicate company number raised', async () => {
    const response = await http()
      .get('/api/v1/admin/integrity-flags?status=open')
      .set('authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(response.body.items.map((flag: { kind: string }) => flag.kind)).toEqual(['duplicate-company-number']);
  });

  it('answers 401 to strangers, 403 to other roles and 400 naming a bad filter', async () => {
    await http().get('/api/v1/admin/audit').expect(401);
    await http().get('/api/v1/admin/audit').set('authorization', `Bearer ${supplierToken}`).expect(403);
    const bad = await http()
      .get('/api/v1/admin/audit?from=yesterday&pageSize=1000')
      .set('authorization', `Bearer ${adminToken}`)
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'pageSize']);
  });
});
