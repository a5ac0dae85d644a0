import { randomBytes, randomUUID } from 'node:crypto';
import { CpvReferenceLoader } from '@app/classification';
import { CouncilReferenceLoader } from '@app/organisations';
import { ContractService, NeedService, SupplierIntegrityCheck } from '@app/procurement';
import { DataSource } from 'typeorm';
import { ApiTestApp, startApiForTest } from '../../../../test/support/api-test-app';
import { monthsFromNow } from '../../../../test/support/dates';

const PASSWORD = 'correct horse battery staple';
const MAIDSTONE = 'E07000110';
const KENT = 'E10000016';
const ASHFORD = 'E07000105';
const LEEDS = 'E08000035';
const TUNBRIDGE_WELLS = 'E07000116';
const SEVENOAKS = 'E07000111';
const DOMAINS: Record<string, string> = {
  [MAIDSTONE]: 'maidstone.gov.uk',
  [KENT]: 'kent.gov.uk',
  [ASHFORD]: 'ashford.gov.uk',
  [LEEDS]: 'leeds.gov.uk',
  [TUNBRIDGE_WELLS]: 'tunbridgewells.gov.uk',
  [SEVENOAKS]: 'sevenoaks.gov.uk',
};

const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

describe('Procurement API: needs, contracts register and renewal pipeline', () => {
  let api: ApiTestApp;
  let adminToken: string;
  const buyers: Record<string, string> = {};
  const run = randomBytes(4).toString('hex');
  let sequence = 0;

  const http = () => api.http();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function registerUser(role: 'supplier' | 'buyer', councilCode?: string): Promise<string> {
    sequence += 1;
    const domain = councilCode ? DOMAINS[councilCode] : 'example.com';
    const email = `${role}${sequence}-${run}@${domain}`;
    return api.registerAndSignIn({ email, password: PASSWORD, fullName: `Test ${role} ${sequence}`, role, councilCode });
  }

  function companyNumber(): string {
    sequence += 1;
    return String(20_000_000 + ((parseInt(run, 16) + sequence * 7919) % 70_000_000));
  }

  async function createSupplier(overrides: Record<string, unknown> = {}): Promise<string> {
    const token = await registerUser('supplier');
    const body = {
      name: 'Weald Digital Ltd',
      companyNumber: companyNumber(),
      phone: '01622 000000',
      staffCount: 25,
      turnover: '2500000.00',
      balanceSheetTotal: '800000.00',
      isVcse: false,
      offices: [{ councilCode: MAIDSTONE, postcode: 'ME14 1XQ' }],
      ...overrides,
    };
    return (await http().post('/api/v1/suppliers').set(bearer(token)).send(body).expect(201)).body.id as string;
  }

  const validNeed = (overrides: Record<string, unknown> = {}) => ({
    title: 'Revenues and benefits system',
    description: 'Replace the revenues and benefits system; budget is confidential',
    cpvCodes: ['72260000'],
    estimatedValue: '450000.00',
    wantedStartDate: monthsFromNow(6),
    currentContract: { supplierName: 'Legacy Systems Ltd', endDate: monthsFromNow(6), extensionUntil: monthsFromNow(12), annualValue: '120000.00' },
    openToCollaboration: false,
    preferences: { sme: true, openSource: true },
    ...overrides,
  });

  const validContract = (overrides: Record<string, unknown> = {}) => ({
    title: 'Website content management',
    supplierName: 'Weald Digital Ltd',
    cpvCodes: ['79341000'],
    value: '90000.00',
    annualValue: '30000.00',
    startDate: monthsFromNow(-24),
    endDate: monthsFromNow(12),
    awardedVia: 'competition',
    ...overrides,
  });

  async function createNeed(councilCode: string, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return (await http().post('/api/v1/needs').set(bearer(buyers[councilCode])).send(validNeed(overrides)).expect(201)).body;
  }

  async function recordContract(councilCode: string, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return (await http().post('/api/v1/contracts').set(bearer(buyers[councilCode])).send(validContract(overrides)).expect(201)).body;
  }

  async function flags(kind: string, postcode?: string): Promise<{ subject_id: string; details: Record<string, unknown>; summary: string }[]> {
    const rows: { subject_id: string; details: Record<string, unknown>; summary: string }[] = await api.db.dataSource.query(
      'SELECT subject_id, details, summary FROM integrity_flag WHERE kind = $1 ORDER BY raised_at',
      [kind],
    );
    return postcode ? rows.filter((row) => row.details.postcode === postcode) : rows;
  }

  beforeAll(async () => {
    api = await startApiForTest();
    await api.app.get(CouncilReferenceLoader).load();
    await api.app.get(CpvReferenceLoader).load();
    adminToken = await api.createAdmin(`admin-${run}@example.com`, PASSWORD);
    for (const [code, domain] of Object.entries(DOMAINS)) {
      await http().patch(`/api/v1/admin/councils/${code}`).set(bearer(adminToken)).send({ emailDomains: [domain] }).expect(200);
      buyers[code] = await registerUser('buyer', code);
    }
  });

  afterAll(() => api?.close());

  describe('needs', () => {
    it("records a need for the buyer's council, in pounds, and audits it", async () => {
      const need = await createNeed(MAIDSTONE, { cpvCodes: ['72260000-5'] });
      expect(need).toMatchObject({
        access: 'full',
        council: { code: MAIDSTONE, name: 'Maidstone Borough Council' },
        status: 'open',
        closure: null,
        cpvCodes: ['72260000'],
        estimatedValue: '450000.00',
        currentContract: { supplierName: 'Legacy Systems Ltd', supplierId: null, annualValue: '120000.00' },
        preferences: { sme: true, local: false, openSource: true, openStandards: false, ukHosting: false },
      });
      const [event] = await api.db.dataSource.query('SELECT action, after FROM audit_event WHERE object_id = $1', [need.id]);
      expect(event).toMatchObject({ action: 'need.created', after: { title: 'Revenues and benefits system', estimatedValue: '450000.00' } });
    });

    it('answers bad input with 400 or 422 naming the field', async () => {
      const post = (body: object) => http().post('/api/v1/needs').set(bearer(buyers[MAIDSTONE])).send(body);
      expect(fieldsOf((await post(validNeed({ wantedStartDate: monthsFromNow(-1) })).expect(422)).body)).toEqual(['wantedStartDate']);
      const extensionBeforeEnd = { supplierName: 'Legacy', endDate: monthsFromNow(6), extensionUntil: monthsFromNow(5) };
      expect(fieldsOf((await post(validNeed({ currentContract: extensionBeforeEnd })).expect(422)).body)).toEqual(['currentContract.extensionUntil']);
      expect(fieldsOf((await post(validNeed({ estimatedValue: '-5.00' })).expect(422)).body)).toEqual(['estimatedValue']);
      expect(fieldsOf((await post(validNeed({ cpvCodes: ['72260000', '99999999'] })).expect(422)).body)).toEqual(['cpvCodes[1]']);
      expect(fieldsOf((await post(validNeed({ lotId: randomUUID() })).expect(422)).body)).toEqual(['lotId']);
      expect(fieldsOf((await post(validNeed({ colour: 'red' })).expect(400)).body)).toEqual(['colour']);
      expect(fieldsOf((await post(validNeed({ title: 'x'.repeat(201) })).expect(400)).body)).toEqual(['title']);
      expect(fieldsOf((await post(validNeed({ wantedStartDate: '01/10/2026' })).expect(400)).body)).toEqual(['wantedStartDate']);
      expect(fieldsOf((await post(validNeed({ preferences: { cheap: true } })).expect(400)).body)).toEqual(['preferences.cheap']);
      expect(fieldsOf((await post(validNeed({ cpvCodes: Array(21).fill('72260000') })).expect(400)).body)).toEqual(['cpvCodes']);
      const untitled: Partial<ReturnType<typeof validNeed>> = validNeed();
      delete untitled.title;
      expect(fieldsOf((await post(untitled).expect(400)).body)).toEqual(['title']);
    });

    it('is for buyers: anonymous 401, supplier 403', async () => {
      await http().post('/api/v1/needs').send(validNeed()).expect(401);
      await http().get('/api/v1/needs').expect(401);
      const supplier = await registerUser('supplier');
      await http().post('/api/v1/needs').set(bearer(supplier)).send(validNeed()).expect(403);
      await http().get('/api/v1/needs').set(bearer(supplier)).expect(403);
    });

    it("hides another council's private need (404) and shows only a summary of a collaborative one", async () => {
      const secret = await createNeed(MAIDSTONE);
      const shared = await createNeed(MAIDSTONE, { title: 'Shared housing system', openToCollaboration: true });
      const kent = buyers[KENT];

      await http().get(`/api/v1/needs/${secret.id}`).set(bearer(kent)).expect(404);
      await http().patch(`/api/v1/needs/${secret.id}`).set(bearer(kent)).send({ title: 'Mine' }).expect(404);
      await http().patch(`/api/v1/needs/${shared.id}`).set(bearer(kent)).send({ title: 'Mine' }).expect(404);

      const summary = (await http().get(`/api/v1/needs/${shared.id}`).set(bearer(kent)).expect(200)).body;
      expect(summary).toEqual({
        access: 'summary',
        id: shared.id,
        council: { code: MAIDSTONE, name: 'Maidstone Borough Council' },
        status: 'open',
        title: 'Shared housing system',
        cpvCodes: ['72260000'],
        lotId: null,
        wantedStartDate: shared.wantedStartDate,
        currentContractEndDate: (shared.currentContract as { endDate: string }).endDate,
        openToCollaboration: true,
      });

      const listed = (await http().get('/api/v1/needs').query({ council: MAIDSTONE, pageSize: 100 }).set(bearer(kent)).expect(200)).body;
      expect(listed.items.map((item: { id: string }) => item.id)).toEqual([shared.id]);
      expect(listed.items[0]).not.toHaveProperty('estimatedValue');
      expect(listed.items[0]).not.toHaveProperty('description');

      // The owner and an administrator see it in full.
      expect((await http().get(`/api/v1/needs/${shared.id}`).set(bearer(buyers[MAIDSTONE])).expect(200)).body.estimatedValue).toBe('450000.00');
      expect((await http().get(`/api/v1/needs/${secret.id}`).set(bearer(adminToken)).expect(200)).body.access).toBe('full');
    });

    it("lists the buyer's own needs first, then others' collaborative ones; filters by CPV prefix", async () => {
      const own = await createNeed(KENT, { title: 'Kent advertising', cpvCodes: ['79341000'] });
      const page = (await http().get('/api/v1/needs').query({ pageSize: 100 }).set(bearer(buyers[KENT])).expect(200)).body;
      expect(page.items[0]).toMatchObject({ id: own.id, access: 'full' });
      expect(page.items.slice(1).every((item: { access: string; council: { code: string } }) => item.access === 'summary' && item.council.code !== KENT)).toBe(true);

      const byCpv = (await http().get('/api/v1/needs').query({ cpv: '7934' }).set(bearer(buyers[KENT])).expect(200)).body;
      expect(byCpv.items.map((item: { id: string }) => item.id)).toEqual([own.id]);
      expect(fieldsOf((await http().get('/api/v1/needs').query({ council: 'E99999999' }).set(bearer(buyers[KENT])).expect(422)).body)).toEqual(['council']);
      expect(fieldsOf((await http().get('/api/v1/needs').query({ cpv: '7' }).set(bearer(buyers[KENT])).expect(400)).body)).toEqual(['cpv']);
    });

    it('changes a need: left-out fields kept, preferences merged, audited', async () => {
      const need = await createNeed(MAIDSTONE);
      const updated = (
        await http()
          .patch(`/api/v1/needs/${need.id}`)
          .set(bearer(buyers[MAIDSTONE]))
          .send({ title: 'Revenues, benefits and council tax', preferences: { local: true }, currentContract: null })
          .expect(200)
      ).body;
      expect(updated).toMatchObject({
        title: 'Revenues, benefits and council tax',
        estimatedValue: '450000.00',
        currentContract: null,
        preferences: { sme: true, local: true, openSource: true },
      });
      const actions = await api.db.dataSource.query('SELECT action FROM audit_event WHERE object_id = $1 ORDER BY occurred_at', [need.id]);
      expect(actions.map((row: { action: string }) => row.action)).toEqual(['need.created', 'need.updated']);
    });

    it('runs the state machine: close, reopen, and 409 naming the state for anything else', async () => {
      const need = await createNeed(MAIDSTONE, { openToCollaboration: true });
      const patch = (body: object) => http().patch(`/api/v1/needs/${need.id}`).set(bearer(buyers[MAIDSTONE])).send(body);

      expect((await patch({ status: 'closed' }).expect(200)).body).toMatchObject({ status: 'closed', closure: 'closed-by-buyer' });
      // A closed need is no longer offered to other councils.
      await http().get(`/api/v1/needs/${need.id}`).set(bearer(buyers[KENT])).expect(404);

      const again = (await patch({ status: 'closed' }).expect(409)).body;
      expect(again).toMatchObject({ code: 'NEED_CLOSED', detail: 'The need is closed, so it cannot be closed' });
      expect((await patch({ title: 'Edited' }).expect(409)).body).toMatchObject({ code: 'NEED_NOT_EDITABLE' });
      expect((await patch({ status: 'open', title: 'Edited' }).expect(200)).body).toMatchObject({ status: 'open', closure: null, title: 'Edited' });
      expect((await patch({ status: 'open' }).expect(409)).body).toMatchObject({ code: 'NEED_OPEN', detail: 'The need is open, so it cannot be reopened' });

      // Moved into a joint procurement, the buyer can no longer reopen it itself.
      const needs = api.app.get(NeedService);
      const move = { needId: need.id as string, councilCode: MAIDSTONE, actorUserId: randomUUID(), jointProcurementId: randomUUID() };
      await api.app.get(DataSource).transaction((manager) => needs.moveIntoJointProcurement(manager, move));
      const refused = (await patch({ status: 'open' }).expect(409)).body;
      expect(refused.detail).toBe('The need is closed (in a joint procurement), so it cannot be reopened');
      await expect(api.app.get(DataSource).transaction((manager) => needs.moveIntoJointProcurement(manager, move))).rejects.toMatchObject({ kind: 'invalid_state' });
      await expect(
        api.app.get(DataSource).transaction((manager) => needs.moveIntoJointProcurement(manager, { ...move, councilCode: KENT })),
      ).rejects.toMatchObject({ kind: 'not_found' });
      await api.app.get(DataSource).transaction((manager) => needs.releaseFromJointProcurement(manager, move));
      expect((await http().get(`/api/v1/needs/${need.id}`).set(bearer(buyers[MAIDSTONE])).expect(200)).body.status).toBe('open');
    });
  });

  describe('contracts register', () => {
    it("records an existing contract of the buyer's council; anyone reads it", async () => {
      const supplierId = await createSupplier({ staffCount: 10 });
      const contract = await recordContract(TUNBRIDGE_WELLS, { supplierId, extensionUntil: monthsFromNow(24), awardedVia: 'framework' });
      expect(contract).toMatchObject({
        council: { code: TUNBRIDGE_WELLS, name: 'Tunbridge Wells Borough Council' },
        source: 'recorded',
        supplierId,
        supplierIsSme: true,
        value: '90000.00',
        annualValue: '30000.00',
        awardedVia: 'framework',
      });
      expect(contract.supplierCompanyNumber).toMatch(/^\d{8}$/);
      expect((await http().get(`/api/v1/contracts/${contract.id}`).expect(200)).body).toEqual(contract);
      await http().get(`/api/v1/contracts/${randomUUID()}`).expect(404);
      expect(fieldsOf((await http().get('/api/v1/contracts/nope').expect(400)).body)).toEqual(['id']);
    });

    it('answers bad input with 400 or 422 naming the field', async () => {
      const post = (body: object) => http().post('/api/v1/contracts').set(bearer(buyers[TUNBRIDGE_WELLS])).send(body);
      expect(fieldsOf((await post(validContract({ extensionUntil: monthsFromNow(11) })).expect(422)).body)).toEqual(['extensionUntil']);
      expect(fieldsOf((await post(validContract({ endDate: monthsFromNow(-25) })).expect(422)).body)).toEqual(['endDate']);
      expect(fieldsOf((await post(validContract({ value: '-1.00' })).expect(422)).body)).toEqual(['value']);
      expect(fieldsOf((await post(validContract({ cpvCodes: ['99999999'] })).expect(422)).body)).toEqual(['cpvCodes[0]']);
      expect(fieldsOf((await post(validContract({ supplierId: randomUUID() })).expect(422)).body)).toEqual(['supplierId']);
      expect(fieldsOf((await post(validContract({ awardedVia: 'handshake' })).expect(400)).body)).toEqual(['awardedVia']);
      expect(fieldsOf((await post(validContract({ colour: 'red' })).expect(400)).body)).toEqual(['colour']);
      expect(fieldsOf((await post(validContract({ supplierName: 'x'.repeat(161) })).expect(400)).body)).toEqual(['supplierName']);
      await http().post('/api/v1/contracts').send(validContract()).expect(401);
      await http().post('/api/v1/contracts').set(bearer(await registerUser('supplier'))).send(validContract()).expect(403);
    });

    it('lists the register with council, supplier, CPV and end-date filters', async () => {
      const supplierId = await createSupplier({ name: 'Filter Test Ltd' });
      const early = await recordContract(SEVENOAKS, { cpvCodes: ['72400000'], endDate: monthsFromNow(3), supplierId });
      const late = await recordContract(SEVENOAKS, { cpvCodes: ['79341000'], endDate: monthsFromNow(30) });
      const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
      const list = (query: Record<string, string>) => http().get('/api/v1/contracts').query({ council: SEVENOAKS, ...query }).expect(200);

      expect(ids((await list({})).body)).toEqual([early.id, late.id]);
      expect((await list({})).body.total).toBe(2);
      expect(ids((await list({ supplier: supplierId })).body)).toEqual([early.id]);
      expect(ids((await list({ cpv: '724' })).body)).toEqual([early.id]);
      expect(ids((await list({ cpv: '79' })).body)).toEqual([late.id]);
      expect(ids((await list({ endBefore: monthsFromNow(12) })).body)).toEqual([early.id]);
      expect(ids((await list({ endAfter: monthsFromNow(12) })).body)).toEqual([late.id]);
      expect(ids((await list({ pageSize: '1', page: '2' })).body)).toEqual([late.id]);
      expect(fieldsOf((await http().get('/api/v1/contracts').query({ council: 'E99999999' }).expect(422)).body)).toEqual(['council']);
      expect(fieldsOf((await http().get('/api/v1/contracts').query({ endBefore: 'soon' }).expect(400)).body)).toEqual(['endBefore']);
      expect(fieldsOf((await http().get('/api/v1/contracts').query({ supplier: 'acme' }).expect(400)).body)).toEqual(['supplier']);
    });

    it('flags the same supplier directly awarded three times in twelve months by one council, once', async () => {
      const direct = (startDate: string) =>
        recordContract(TUNBRIDGE_WELLS, { supplierName: 'Favoured Consulting Ltd', awardedVia: 'direct', startDate, endDate: monthsFromNow(6) });
      await direct(monthsFromNow(-10));
      await direct(monthsFromNow(-5));
      // A competition win does not count, nor does another council's direct award.
      await recordContract(TUNBRIDGE_WELLS, { supplierName: 'Favoured Consulting Ltd', awardedVia: 'competition', startDate: monthsFromNow(-4) });
      await recordContract(SEVENOAKS, { supplierName: 'Favoured Consulting Ltd', awardedVia: 'direct', startDate: monthsFromNow(-3) });
      expect(await flags('repeated-direct-award')).toEqual([]);

      // The name is typed differently, but it is the same supplier.
      await recordContract(TUNBRIDGE_WELLS, { supplierName: 'FAVOURED CONSULTING LIMITED', awardedVia: 'direct', startDate: monthsFromNow(-1), endDate: monthsFromNow(6) });
      const raised = await flags('repeated-direct-award');
      expect(raised).toHaveLength(1);
      expect(raised[0].subject_id).toBe(TUNBRIDGE_WELLS);
      expect(raised[0].details.contracts).toHaveLength(3);

      await direct(monthsFromNow(0));
      expect(await flags('repeated-direct-award')).toHaveLength(1);
    });

    it('flags suppliers sharing a postcode and phone across company numbers when a contract names one', async () => {
      const office = { offices: [{ councilCode: ASHFORD, postcode: 'TN23 1PL' }], phone: '01233 330000' };
      const first = await createSupplier({ name: 'Alpha Bids Ltd', ...office });
      const second = await createSupplier({ name: 'Beta Bids Ltd', ...office, phone: '+44 1233 330000' });
      await createSupplier({ name: 'Gamma Elsewhere Ltd', offices: [{ councilCode: ASHFORD, postcode: 'TN23 1PL' }], phone: '01233 999999' });
      expect(await flags('shared-contact-details', 'TN23 1PL')).toEqual([]);

      await recordContract(ASHFORD, { supplierId: second, supplierName: 'Beta Bids Ltd' });
      const raised = await flags('shared-contact-details', 'TN23 1PL');
      expect(raised).toHaveLength(1);
      expect((raised[0].details.suppliers as { supplierId: string }[]).map((s) => s.supplierId).sort()).toEqual([first, second].sort());

      // The full scan finds the same group and raises nothing new.
      const findings = await api.app.get(SupplierIntegrityCheck).run();
      expect(findings.some((finding) => finding.postcode === 'TN23 1PL')).toBe(true);
      expect(await flags('shared-contact-details', 'TN23 1PL')).toHaveLength(1);
    });

    it('records an award as one contract per participating council with its share, once', async () => {
      const supplierId = await createSupplier({ name: 'Award Winner Ltd', isVcse: true });
      const contracts = api.app.get(ContractService);
      const awardId = randomUUID();
      const award = {
        awardId,
        awardedByUserId: randomUUID(),
        title: 'Shared revenues and benefits',
        supplierId,
        cpvCodes: ['79341000'],
        startDate: monthsFromNow(1),
        endDate: monthsFromNow(37),
        shares: [
          { councilCode: SEVENOAKS, valuePence: 30_000_000n, annualValuePence: 10_000_000n },
          { councilCode: TUNBRIDGE_WELLS, valuePence: 15_000_000n },
        ],
      };
      const rows = await api.app.get(DataSource).transaction((manager) => contracts.recordAwarded(manager, award));
      expect(rows.map((row) => [row.council.code, row.value, row.source, row.supplierName, row.supplierIsVcse, row.awardedVia])).toEqual([
        [SEVENOAKS, '300000.00', 'awarded', 'Award Winner Ltd', true, 'competition'],
        [TUNBRIDGE_WELLS, '150000.00', 'awarded', 'Award Winner Ltd', true, 'competition'],
      ]);
      const again = await api.app.get(DataSource).transaction((manager) => contracts.recordAwarded(manager, award));
      expect(again.map((row) => row.id)).toEqual(rows.map((row) => row.id));
      await expect(
        api.app.get(DataSource).transaction((manager) => contracts.recordAwarded(manager, { ...award, awardId: randomUUID(), shares: [{ councilCode: 'E99999999', valuePence: 1n }] })),
      ).rejects.toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'shares[0].councilCode' }] });
    });
  });

  describe('renewal pipeline', () => {
    it('recommends joint re-tender, renegotiate, renew and re-tender on a constructed register, with reasons', async () => {
      const peer = (council: string, cpv: string, annualValue: string, endDate: string) =>
        recordContract(council, { title: `Peer ${cpv}`, cpvCodes: [cpv], annualValue, value: annualValue, startDate: monthsFromNow(-30), endDate });
      // Ashford's similar contract ends 2 months after Maidstone's; Leeds wants to start a similar service then.
      const joint = await recordContract(MAIDSTONE, { title: 'Joint candidate', cpvCodes: ['72260000'], endDate: monthsFromNow(3) });
      await peer(ASHFORD, '72212000', '100000.00', monthsFromNow(5));
      await createNeed(LEEDS, { title: 'Leeds software services', cpvCodes: ['72262000'], openToCollaboration: true, wantedStartDate: monthsFromNow(4) });

      // Group 481: three peers at £90k, £100k and £110k ending well away from Maidstone's contract.
      const renegotiate = await recordContract(MAIDSTONE, { title: 'Overpriced', cpvCodes: ['48100000'], annualValue: '130000.00', endDate: monthsFromNow(6), extensionUntil: monthsFromNow(18) });
      await peer(KENT, '48110000', '90000.00', monthsFromNow(17));
      await peer(ASHFORD, '48100000', '100000.00', monthsFromNow(17));
      await peer(LEEDS, '48100000', '110000.00', monthsFromNow(17));

      // Group 725: three peers at £100k that ended six months ago; Maidstone pays £80k and can extend.
      const renew = await recordContract(MAIDSTONE, { title: 'Good value', cpvCodes: ['72500000'], annualValue: '80000.00', endDate: monthsFromNow(9), extensionUntil: monthsFromNow(21) });
      for (const council of [KENT, ASHFORD, LEEDS]) await peer(council, '72500000', '100000.00', monthsFromNow(-6));

      const retender = await recordContract(MAIDSTONE, { title: 'Nobody else', cpvCodes: ['72400000'], endDate: monthsFromNow(12) });
      await recordContract(MAIDSTONE, { title: 'Beyond the horizon', endDate: monthsFromNow(20) });
      await recordContract(MAIDSTONE, { title: 'Already ended', startDate: monthsFromNow(-30), endDate: monthsFromNow(-1) });

      const pipeline = (await http().get(`/api/v1/councils/${MAIDSTONE}/pipeline`).set(bearer(buyers[MAIDSTONE])).expect(200)).body;
      expect(pipeline).toMatchObject({ council: { code: MAIDSTONE, name: 'Maidstone Borough Council' }, horizonMonths: 18 });
      expect(pipeline.items.map((item: { contract: { id: string }; recommendation: string }) => [item.contract.id, item.recommendation])).toEqual([
        [joint.id, 'joint-retender'],
        [renegotiate.id, 'renegotiate'],
        [renew.id, 'renew'],
        [retender.id, 'retender'],
      ]);
      const [jointItem, renegotiateItem, renewItem, retenderItem] = pipeline.items;
      expect(jointItem.reasons[0].partners.map((partner: { councilName: string }) => partner.councilName)).toEqual(['Ashford Borough Council', 'Leeds City Council']);
      expect(renegotiateItem.reasons).toContainEqual(
        expect.objectContaining({ code: 'price-above-median', peerMedian: '100000.00', aboveBy: '30000.00', aboveByPercent: 30, peerCount: 3 }),
      );
      expect(renewItem.reasons.map((reason: { code: string }) => reason.code)).toEqual(['no-partners', 'price-not-above-median', 'extension-available']);
      expect(retenderItem.reasons.map((reason: { code: string }) => reason.code)).toEqual(['no-partners', 'too-few-peer-prices', 'no-extension']);

      const shorter = (await http().get(`/api/v1/councils/${MAIDSTONE}/pipeline`).query({ horizonMonths: 4 }).set(bearer(buyers[MAIDSTONE])).expect(200)).body;
      expect(shorter.items).toHaveLength(1);
    });

    it("is for the council's buyers and administrators; anyone else gets 404", async () => {
      await http().get(`/api/v1/councils/${MAIDSTONE}/pipeline`).set(bearer(adminToken)).expect(200);
      await http().get(`/api/v1/councils/${MAIDSTONE}/pipeline`).set(bearer(buyers[KENT])).expect(404);
      await http().get(`/api/v1/councils/${MAIDSTONE}/pipeline`).set(bearer(await registerUser('supplier'))).expect(404);
      await http().get(`/api/v1/councils/E99999999/pipeline`).set(bearer(adminToken)).expect(404);
      await http().get(`/api/v1/councils/${MAIDSTONE}/pipeline`).expect(401);
      const bad = (await http().get(`/api/v1/councils/${MAIDSTONE}/pipeline`).query({ horizonMonths: 0 }).set(bearer(buyers[MAIDSTONE])).expect(400)).body;
      expect(fieldsOf(bad)).toEqual(['horizonMonths']);
    });
  });

  it('documents every route, body and answer in the OpenAPI document', async () => {
    const document = (await http().get('/api/openapi.json').expect(200)).body;
    const operations: [string, string][] = [
      ['/api/v1/needs', 'post'],
      ['/api/v1/needs', 'get'],
      ['/api/v1/needs/{id}', 'get'],
      ['/api/v1/needs/{id}', 'patch'],
      ['/api/v1/contracts', 'post'],
      ['/api/v1/contracts', 'get'],
      ['/api/v1/contracts/{id}', 'get'],
      ['/api/v1/councils/{code}/pipeline', 'get'],
    ];
    for (const [path, method] of operations) {
      const operation = document.paths[path]?.[method];
      expect(operation).toBeDefined();
      const success = operation.responses['200'] ?? operation.responses['201'];
      expect(success.content['application/json'].schema).toBeDefined();
      expect(Object.keys(operation.responses).some((status) => status.startsWith('4'))).toBe(true);
    }
    const schemas = document.components.schemas;
    expect(Object.keys(schemas.CreateNeedRequestDto.properties)).toEqual(expect.arrayContaining(['title', 'cpvCodes', 'currentContract', 'preferences']));
    expect(schemas.UpdateNeedRequestDto.properties.status.enum).toEqual(['open', 'closed']);
    expect(schemas.RecordContractRequestDto.properties.awardedVia.enum).toEqual(['direct', 'competition', 'framework']);
    expect(schemas.PipelineItemResponseDto.properties.recommendation.enum).toEqual(['joint-retender', 'renegotiate', 'renew', 'retender']);
  });
});
