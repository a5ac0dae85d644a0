import { randomBytes } from 'node:crypto';
import { CouncilReferenceLoader } from '@app/organisations';
import { ApiTestApp, startApiForTest } from '../../../../test/support/api-test-app';

const PASSWORD = 'correct horse battery staple';
const MAIDSTONE = 'E07000110';
const KENT = 'E10000016';
const LEEDS = 'E08000035';

/** Field names a problem response blames. */
const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

describe('Organisations API (councils and suppliers)', () => {
  let api: ApiTestApp;
  let adminToken: string;
  const run = randomBytes(4).toString('hex');
  let sequence = 0;

  const http = () => api.http();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function registerUser(role: 'supplier' | 'buyer', domain = 'example.com', councilCode?: string): Promise<string> {
    sequence += 1;
    const email = `${role}${sequence}-${run}@${domain}`;
    return api.registerAndSignIn({ email, password: PASSWORD, fullName: `Test ${role} ${sequence}`, role, councilCode });
  }

  function companyNumber(): string {
    sequence += 1;
    return String(20_000_000 + ((parseInt(run, 16) + sequence * 7919) % 70_000_000));
  }

  const validSupplier = (overrides: Record<string, unknown> = {}) => ({
    name: 'Weald Digital Ltd',
    companyNumber: companyNumber(),
    vatNumber: 'GB123456789',
    phone: '01622 000000',
    staffCount: 25,
    turnover: '2500000.00',
    balanceSheetTotal: '800000.00',
    isVcse: false,
    offices: [{ councilCode: MAIDSTONE, postcode: 'ME14 1XQ' }],
    ...overrides,
  });

  /** A supplier user with a supplier: its token (acting for it) and the supplier's id. */
  async function supplierWithProfile(overrides: Record<string, unknown> = {}): Promise<{ token: string; id: string }> {
    const token = await registerUser('supplier');
    const response = await http().post('/api/v1/suppliers').set(bearer(token)).send(validSupplier(overrides)).expect(201);
    return { token, id: response.body.id as string };
  }

  beforeAll(async () => {
    api = await startApiForTest();
    await api.app.get(CouncilReferenceLoader).load();
    adminToken = await api.createAdmin(`admin-${run}@example.com`, PASSWORD);
  });

  afterAll(() => api?.close());

  describe('councils', () => {
    it('lists and filters councils for anyone', async () => {
      const response = await http().get('/api/v1/councils').query({ q: 'maidstone' }).expect(200);
      expect(response.body).toEqual({
        items: [
          {
            gssCode: MAIDSTONE,
            localAuthorityCode: 'MAI',
            name: 'Maidstone Borough Council',
            shortName: 'Maidstone',
            type: { code: 'NMD', name: 'Non-metropolitan district' },
            region: 'South East',
            county: { gssCode: KENT, name: 'Kent County Council' },
            combinedAuthority: null,
          },
        ],
        total: 1,
        page: 1,
        pageSize: 20,
      });
      const counties = await http().get('/api/v1/councils').query({ type: 'CTY', pageSize: 100 }).expect(200);
      expect(counties.body.total).toBe(21);
    });

    it('shows a council with its parents and members', async () => {
      const kent = await http().get(`/api/v1/councils/${KENT}`).expect(200);
      expect(kent.body.members).toHaveLength(12);
      const leeds = await http().get(`/api/v1/councils/${LEEDS}`).expect(200);
      expect(leeds.body.combinedAuthority).toEqual({ gssCode: 'E47000003', name: 'West Yorkshire Combined Authority' });
    });

    it('answers bad list queries with 400 or 422 naming the field', async () => {
      expect(fieldsOf((await http().get('/api/v1/councils').query({ pageSize: 101 }).expect(400)).body)).toEqual(['pageSize']);
      expect(fieldsOf((await http().get('/api/v1/councils').query({ page: 'abc' }).expect(400)).body)).toEqual(['page']);
      expect(fieldsOf((await http().get('/api/v1/councils').query({ colour: 'red' }).expect(400)).body)).toEqual(['colour']);
      expect(fieldsOf((await http().get('/api/v1/councils').query({ q: 'x'.repeat(101) }).expect(400)).body)).toEqual(['q']);
      expect(fieldsOf((await http().get('/api/v1/councils?q=a&q=b').expect(400)).body)).toEqual(['q']);
      expect(fieldsOf((await http().get('/api/v1/councils').query({ type: 'XYZ' }).expect(422)).body)).toEqual(['type']);
      expect(fieldsOf((await http().get('/api/v1/councils').query({ region: 'Narnia' }).expect(422)).body)).toEqual(['region']);
    });

    it('tells a malformed code from an unknown one', async () => {
      expect(fieldsOf((await http().get('/api/v1/councils/maidstone').expect(400)).body)).toEqual(['code']);
      await http().get('/api/v1/councils/E99999999').expect(404);
    });
  });

  describe('PATCH /admin/councils/:code', () => {
    it('lets an administrator set email domains, which then approve buyers automatically', async () => {
      const response = await http()
        .patch(`/api/v1/admin/councils/${MAIDSTONE}`)
        .set(bearer(adminToken))
        .send({ emailDomains: ['Maidstone.gov.uk'] })
        .expect(200);
      expect(response.body.emailDomains).toEqual(['maidstone.gov.uk']);
      const buyer = await registerUser('buyer', 'maidstone.gov.uk', MAIDSTONE);
      const me = await http().get('/api/v1/me').set(bearer(buyer)).expect(200);
      expect(me.body.status).toBe('active');
    });

    it('is refused to anonymous callers (401) and to non-administrators (403)', async () => {
      await http().patch(`/api/v1/admin/councils/${MAIDSTONE}`).send({ emailDomains: [] }).expect(401);
      const supplier = await registerUser('supplier');
      await http().patch(`/api/v1/admin/councils/${MAIDSTONE}`).set(bearer(supplier)).send({ emailDomains: [] }).expect(403);
    });

    it('answers bad bodies with 400 or 422 naming the field', async () => {
      const patch = (body: unknown, code = MAIDSTONE) =>
        http().patch(`/api/v1/admin/councils/${code}`).set(bearer(adminToken)).send(body as object);
      expect(fieldsOf((await patch({}).expect(400)).body)).toContain('emailDomains');
      expect(fieldsOf((await patch({ emailDomains: 'maidstone.gov.uk' }).expect(400)).body)).toContain('emailDomains');
      expect(fieldsOf((await patch({ emailDomains: [42] }).expect(400)).body)).toContain('emailDomains');
      expect(fieldsOf((await patch({ emailDomains: ['x'.repeat(254)] }).expect(400)).body)).toContain('emailDomains');
      expect(fieldsOf((await patch({ emailDomains: Array(21).fill('a.gov.uk') }).expect(400)).body)).toContain('emailDomains');
      expect(fieldsOf((await patch({ emailDomains: [], extra: 1 }).expect(400)).body)).toEqual(['extra']);
      expect(fieldsOf((await patch({ emailDomains: ['not a domain', 'gov.uk'] }).expect(422)).body)).toEqual([
        'emailDomains[0]',
        'emailDomains[1]',
      ]);
      expect(fieldsOf((await patch({ emailDomains: [] }, 'nonsense').expect(400)).body)).toEqual(['code']);
      await patch({ emailDomains: [] }, 'E99999999').expect(404);
    });
  });

  describe('POST /suppliers', () => {
    it('creates the profile of a supplier user, with SME and locality derived', async () => {
      const token = await registerUser('supplier');
      const response = await http()
        .post('/api/v1/suppliers')
        .set(bearer(token))
        .send(validSupplier({ offices: [{ councilCode: MAIDSTONE, postcode: 'me14 1xq' }, { councilCode: LEEDS }] }))
        .expect(201);
      expect(response.body).toMatchObject({ isSme: true, status: 'active', turnover: '2500000.00', vatNumber: 'GB123456789' });
      expect(response.body.localTo).toEqual(expect.arrayContaining([MAIDSTONE, KENT, LEEDS, 'E47000003']));
      const me = await http().get('/api/v1/me').set(bearer(token)).expect(200);
      expect(me.body.supplierId).toBe(response.body.id);
      await http().post('/api/v1/suppliers').set(bearer(token)).send(validSupplier()).expect(409);
    });

    it('needs a signed-in supplier user: anonymous 401, buyer 403, administrator 403', async () => {
      await http().post('/api/v1/suppliers').send(validSupplier()).expect(401);
      const buyer = await registerUser('buyer', 'maidstone.gov.uk', MAIDSTONE);
      await http().post('/api/v1/suppliers').set(bearer(buyer)).send(validSupplier()).expect(403);
      await http().post('/api/v1/suppliers').set(bearer(adminToken)).send(validSupplier()).expect(403);
      const pendingBuyer = await registerUser('buyer', 'example.com', KENT);
      await http().post('/api/v1/suppliers').set(bearer(pendingBuyer)).send(validSupplier()).expect(403);
    });

    it('answers malformed bodies with 400 naming each field', async () => {
      const token = await registerUser('supplier');
      const post = (body: object) => http().post('/api/v1/suppliers').set(bearer(token)).send(body).expect(400);
      expect(fieldsOf((await post({})).body)).toEqual(
        expect.arrayContaining(['name', 'companyNumber', 'staffCount', 'turnover', 'balanceSheetTotal', 'isVcse', 'offices']),
      );
      expect(fieldsOf((await post(validSupplier({ staffCount: '25' }))).body)).toEqual(['staffCount']);
      expect(fieldsOf((await post(validSupplier({ staffCount: 2.5 }))).body)).toEqual(['staffCount']);
      expect(fieldsOf((await post(validSupplier({ staffCount: -1 }))).body)).toEqual(['staffCount']);
      expect(fieldsOf((await post(validSupplier({ turnover: 2500000 }))).body)).toEqual(['turnover']);
      expect(fieldsOf((await post(validSupplier({ isVcse: 'no' }))).body)).toEqual(['isVcse']);
      expect(fieldsOf((await post(validSupplier({ offices: 'Maidstone' }))).body)).toContain('offices');
      expect(fieldsOf((await post(validSupplier({ offices: [] }))).body)).toEqual(['offices']);
      expect(fieldsOf((await post(validSupplier({ offices: Array(51).fill({ councilCode: MAIDSTONE }) }))).body)).toEqual(['offices']);
      expect(fieldsOf((await post(validSupplier({ offices: [{ councilCode: 5 }] }))).body)).toEqual(['offices[0].councilCode']);
      expect(fieldsOf((await post(validSupplier({ offices: [{ councilCode: MAIDSTONE, floor: 2 }] }))).body)).toEqual(['offices[0].floor']);
      expect(fieldsOf((await post(validSupplier({ isSme: true }))).body)).toEqual(['isSme']);
      expect(fieldsOf((await post(validSupplier({ name: 'x'.repeat(161) }))).body)).toEqual(['name']);
      expect(fieldsOf((await post(validSupplier({ companyNumber: '1'.repeat(21) }))).body)).toEqual(['companyNumber']);
      expect(fieldsOf((await post(validSupplier({ phone: '1'.repeat(31) }))).body)).toEqual(['phone']);
      expect(fieldsOf((await post(validSupplier({ offices: [{ councilCode: MAIDSTONE, postcode: 'x'.repeat(11) }] }))).body)).toEqual([
        'offices[0].postcode',
      ]);
      const notJson = await http().post('/api/v1/suppliers').set(bearer(token)).set('Content-Type', 'application/json').send('{"name":');
      expect(notJson.status).toBe(400);
    });

    it('answers well-formed but invalid profiles with 422 naming each field', async () => {
      const token = await registerUser('supplier');
      const post = (body: object) => http().post('/api/v1/suppliers').set(bearer(token)).send(body).expect(422);
      expect(fieldsOf((await post(validSupplier({ companyNumber: 'XY123456' }))).body)).toEqual(['companyNumber']);
      expect(fieldsOf((await post(validSupplier({ companyNumber: '123456789' }))).body)).toEqual(['companyNumber']);
      expect(fieldsOf((await post(validSupplier({ vatNumber: 'FR12345678901' }))).body)).toEqual(['vatNumber']);
      expect(fieldsOf((await post(validSupplier({ turnover: '12.345' }))).body)).toEqual(['turnover']);
      expect(fieldsOf((await post(validSupplier({ balanceSheetTotal: '-1.00' }))).body)).toEqual(['balanceSheetTotal']);
      const unknownCouncil = await post(validSupplier({ offices: [{ councilCode: MAIDSTONE }, { councilCode: 'E07999999', postcode: 'nope' }] }));
      expect(fieldsOf(unknownCouncil.body)).toEqual(['offices[1].councilCode', 'offices[1].postcode']);
      expect(unknownCouncil.body).toMatchObject({ status: 422, code: 'INVALID_SUPPLIER' });
    });

    it('refuses a duplicate company number with 409 and records an integrity flag', async () => {
      const number = companyNumber();
      const first = await supplierWithProfile({ companyNumber: number });
      const intruder = await registerUser('supplier');
      const response = await http()
        .post('/api/v1/suppliers')
        .set(bearer(intruder))
        .send(validSupplier({ name: 'Copycat Ltd', companyNumber: ` ${number.slice(0, 4)} ${number.slice(4)} ` }))
        .expect(409);
      expect(response.body).toMatchObject({ code: 'COMPANY_NUMBER_TAKEN', errors: [{ field: 'companyNumber' }] });
      const flags = await api.db.dataSource.query(`SELECT kind, details FROM integrity_flag WHERE subject_id = $1`, [first.id]);
      expect(flags).toEqual([
        { kind: 'duplicate-company-number', details: expect.objectContaining({ companyNumber: number, attemptedName: 'Copycat Ltd' }) },
      ]);
    });
  });

  describe('GET /suppliers/:id', () => {
    const PUBLIC_KEYS = ['companyNumber', 'id', 'isSme', 'isVcse', 'localTo', 'name', 'offices'];

    it('shows the public profile to anyone and the private fields only to the owner and administrators', async () => {
      const { token, id } = await supplierWithProfile();
      const other = await supplierWithProfile();
      const anonymous = await http().get(`/api/v1/suppliers/${id}`).expect(200);
      expect(Object.keys(anonymous.body).sort()).toEqual(PUBLIC_KEYS);
      expect(anonymous.body.offices).toEqual([{ councilCode: MAIDSTONE, councilName: 'Maidstone Borough Council' }]);
      const byOther = await http().get(`/api/v1/suppliers/${id}`).set(bearer(other.token)).expect(200);
      expect(Object.keys(byOther.body).sort()).toEqual(PUBLIC_KEYS);
      for (const privileged of [token, adminToken]) {
        const view = await http().get(`/api/v1/suppliers/${id}`).set(bearer(privileged)).expect(200);
        expect(view.body).toMatchObject({ vatNumber: 'GB123456789', phone: '01622 000000', staffCount: 25, turnover: '2500000.00' });
        expect(view.body.offices[0].postcode).toBe('ME14 1XQ');
      }
    });

    it('tells a malformed id (400) from an unknown one (404)', async () => {
      expect(fieldsOf((await http().get('/api/v1/suppliers/not-a-uuid').expect(400)).body)).toEqual(['id']);
      await http().get('/api/v1/suppliers/00000000-0000-4000-8000-000000000000').expect(404);
    });
  });

  describe('PATCH /suppliers/:id', () => {
    it("lets the owner change the profile and re-derives SME and locality", async () => {
      const { token, id } = await supplierWithProfile();
      const response = await http()
        .patch(`/api/v1/suppliers/${id}`)
        .set(bearer(token))
        .send({ staffCount: 250, offices: [{ councilCode: LEEDS }] })
        .expect(200);
      expect(response.body).toMatchObject({ staffCount: 250, isSme: false });
      expect(response.body.localTo).not.toContain(KENT);
      expect(response.body.localTo).toContain('E08000032');
    });

    it('answers 404 to another supplier and to a buyer, 401 to anonymous callers', async () => {
      const { id } = await supplierWithProfile();
      const other = await supplierWithProfile();
      await http().patch(`/api/v1/suppliers/${id}`).set(bearer(other.token)).send({ name: 'Mine now' }).expect(404);
      const buyer = await registerUser('buyer', 'maidstone.gov.uk', MAIDSTONE);
      await http().patch(`/api/v1/suppliers/${id}`).set(bearer(buyer)).send({ name: 'Mine now' }).expect(404);
      await http().patch(`/api/v1/suppliers/${id}`).send({ name: 'Mine now' }).expect(401);
      const after = await http().get(`/api/v1/suppliers/${id}`).expect(200);
      expect(after.body.name).toBe('Weald Digital Ltd');
    });

    it('answers bad changes with 400 or 422 naming the field', async () => {
      const { token, id } = await supplierWithProfile();
      const patch = (body: object) => http().patch(`/api/v1/suppliers/${id}`).set(bearer(token)).send(body);
      expect(fieldsOf((await patch({ staffCount: 'many' }).expect(400)).body)).toEqual(['staffCount']);
      expect(fieldsOf((await patch({ isSme: false }).expect(400)).body)).toEqual(['isSme']);
      expect(fieldsOf((await patch({ name: 'x'.repeat(161) }).expect(400)).body)).toEqual(['name']);
      expect(fieldsOf((await patch({ name: null }).expect(422)).body)).toEqual(['name']);
      expect(fieldsOf((await patch({ offices: [{ councilCode: 'E00000000' }] }).expect(422)).body)).toEqual(['offices[0].councilCode']);
      expect(fieldsOf((await patch({ companyNumber: 'ZZ000001' }).expect(422)).body)).toEqual(['companyNumber']);
      expect(fieldsOf((await http().patch('/api/v1/suppliers/123').set(bearer(token)).send({}).expect(400)).body)).toEqual(['id']);
    });
  });

  describe('GET /suppliers', () => {
    it('lists active suppliers with filters, and validates them', async () => {
      const vcse = await supplierWithProfile({ name: 'Aire Valley Community Tech CIC', isVcse: true, offices: [{ councilCode: LEEDS }] });
      const list = await http().get('/api/v1/suppliers').query({ vcse: 'true', localTo: 'E08000032', pageSize: 100 }).expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(vcse.id);
      expect(list.body.items.every((item: { isVcse: boolean }) => item.isVcse)).toBe(true);
      expect(Object.keys(list.body.items[0]).sort()).toEqual(['companyNumber', 'id', 'isSme', 'isVcse', 'localTo', 'name', 'offices']);
      const kent = await http().get('/api/v1/suppliers').query({ localTo: KENT, pageSize: 100 }).expect(200);
      expect(kent.body.items.map((item: { id: string }) => item.id)).not.toContain(vcse.id);

      expect(fieldsOf((await http().get('/api/v1/suppliers').query({ sme: 'maybe' }).expect(400)).body)).toEqual(['sme']);
      expect(fieldsOf((await http().get('/api/v1/suppliers').query({ localTo: 'E99999999' }).expect(422)).body)).toEqual(['localTo']);
      expect(fieldsOf((await http().get('/api/v1/suppliers').query({ localTo: 'x'.repeat(10) }).expect(400)).body)).toEqual(['localTo']);
      expect(fieldsOf((await http().get('/api/v1/suppliers').query({ pageSize: 0 }).expect(400)).body)).toEqual(['pageSize']);
    });
  });

  describe('suspend and reinstate', () => {
    it('let administrators hide a supplier from the public and bring it back', async () => {
      const { token, id } = await supplierWithProfile();
      await http().post(`/api/v1/admin/suppliers/${id}/suspend`).set(bearer(token)).send({}).expect(403);
      await http().post(`/api/v1/admin/suppliers/${id}/suspend`).send({}).expect(401);
      const suspended = await http()
        .post(`/api/v1/admin/suppliers/${id}/suspend`)
        .set(bearer(adminToken))
        .send({ reason: 'Company dissolved' })
        .expect(200);
      expect(suspended.body.status).toBe('suspended');
      await http().get(`/api/v1/suppliers/${id}`).expect(404);
      expect((await http().get(`/api/v1/suppliers/${id}`).set(bearer(token)).expect(200)).body.status).toBe('suspended');
      const listed = await http().get('/api/v1/suppliers').query({ pageSize: 100 }).expect(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
      await http().patch(`/api/v1/suppliers/${id}`).set(bearer(token)).send({ name: 'Still here' }).expect(409);
      await http().post(`/api/v1/admin/suppliers/${id}/suspend`).set(bearer(adminToken)).send({}).expect(409);
      await http().post(`/api/v1/admin/suppliers/${id}/reinstate`).set(bearer(adminToken)).expect(200);
      await http().get(`/api/v1/suppliers/${id}`).expect(200);
    });

    it('answer bad input with 400 naming the field', async () => {
      const { id } = await supplierWithProfile();
      const suspend = (path: string, body: object) => http().post(path).set(bearer(adminToken)).send(body).expect(400);
      expect(fieldsOf((await suspend(`/api/v1/admin/suppliers/${id}/suspend`, { reason: 'x'.repeat(1001) })).body)).toEqual(['reason']);
      expect(fieldsOf((await suspend(`/api/v1/admin/suppliers/${id}/suspend`, { reason: 5 })).body)).toEqual(['reason']);
      expect(fieldsOf((await suspend(`/api/v1/admin/suppliers/${id}/suspend`, { because: 'x' })).body)).toEqual(['because']);
      expect(fieldsOf((await suspend('/api/v1/admin/suppliers/nope/reinstate', {})).body)).toEqual(['id']);
      await http().post('/api/v1/admin/suppliers/00000000-0000-4000-8000-000000000000/suspend').set(bearer(adminToken)).expect(404);
    });
  });

  it('documents every route in the OpenAPI document', async () => {
    const document = await http().get('/api/openapi.json').expect(200);
    const paths = Object.keys(document.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/councils',
        '/api/v1/councils/{code}',
        '/api/v1/admin/councils/{code}',
        '/api/v1/suppliers',
        '/api/v1/suppliers/{id}',
        '/api/v1/admin/suppliers/{id}/suspend',
        '/api/v1/admin/suppliers/{id}/reinstate',
      ]),
    );
    const create = document.body.paths['/api/v1/suppliers'].post;
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '422']));
    expect(document.body.components.schemas.CreateSupplierRequestDto.properties.offices.items).toEqual({
      $ref: '#/components/schemas/OfficeRequestDto',
    });
  });
});
