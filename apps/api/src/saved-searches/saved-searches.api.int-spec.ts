import { DIGEST_COMMIT_LAG_MS, SavedSearchAlertsService } from '@app/saved-searches';
import { bearer, caseManagerListing, fieldsOf, LEEDS, MAIDSTONE, ProcurementApiHarness } from '../procurement/opportunities/procurement-lifecycle.test-harness';

interface Notice {
  kind: string;
  title: string;
  body: string;
  link: string;
}

/**
 * Saved searches against the real PostgreSQL: kept through the API (only by their owner), and
 * matched against newly published items by the services the worker's handlers call (the queue
 * itself is covered by test/worker/saved-search-jobs.e2e-spec.ts).
 */
describe('Saved searches', () => {
  let h: ProcurementApiHarness;
  let framework: { slug: string; lotId: string };
  let supplier: { token: string; id: string };
  let alerts: SavedSearchAlertsService;
  // Listings are written while the framework is open and published (approved) once it is live, when each test wants.
  let caseManager: string;
  let binPlanner: string;
  let offlineVisits: string;
  let offlineNotes: string;
  let lateOffline: string;

  const http = () => h.http();
  const maidstone = () => bearer(h.buyers[MAIDSTONE]);
  const leeds = () => bearer(h.buyers[LEEDS]);

  const notices = async (token: string, kind: string): Promise<Notice[]> =>
    ((await http().get('/api/v1/notifications').query({ pageSize: 100 }).set(bearer(token)).expect(200)).body.items as Notice[]).filter(
      (item) => item.kind === kind,
    );

  /** A listing on the software lot, submitted; approved (published) only when asked. */
  async function listing(overrides: Record<string, unknown>): Promise<string> {
    const response = await http()
      .post('/api/v1/listings')
      .set(bearer(supplier.token))
      .send(caseManagerListing(framework.slug, overrides))
      .expect(201);
    const id = response.body.id as string;
    await http().post(`/api/v1/listings/${id}/submit`).set(bearer(supplier.token)).expect(200);
    return id;
  }

  const approve = (id: string) => http().post(`/api/v1/admin/listings/${id}/approve`).set(bearer(h.adminToken)).expect(200);

  const save = (auth: Record<string, string>, body: Record<string, unknown>) => http().post('/api/v1/saved-searches').set(auth).send(body);

  beforeAll(async () => {
    h = await ProcurementApiHarness.start();
    framework = await h.openFramework();
    supplier = await h.supplier('Weald Digital Ltd');
    caseManager = await listing({});
    binPlanner = await listing({ name: 'Bin route planner', summary: 'Plan refuse collection rounds for lorries.', description: 'Route optimisation for refuse fleets.', features: ['Route optimisation'], cpvCodes: ['90511000'] });
    offlineVisits = await listing({ name: 'Offline visits app' });
    offlineNotes = await listing({ name: 'Offline case notes' });
    lateOffline = await listing({ name: 'Offline forms' });
    await h.setFrameworkStatus(framework.slug, 'live');
    alerts = h.app.get(SavedSearchAlertsService);
  });

  afterAll(() => h?.close());

  describe('the API', () => {
    it('saves a catalogue search with its filters normalised, and lists and reads it for its owner', async () => {
      const created = await save(maidstone(), {
        name: '  Case   management ',
        kind: 'catalogue',
        frequency: 'daily',
        filters: { q: '  case   management ', lot: 'software', cpv: '72260000', sme: 'true', maxPrice: '£5,000', localTo: 'e07000110' },
      }).expect(201);
      expect(created.body).toMatchObject({
        name: 'Case management',
        kind: 'catalogue',
        frequency: 'daily',
        filters: { q: 'case management', lot: 'software', cpv: '7226', sme: true, maxPrice: '5000', localTo: MAIDSTONE },
      });
      expect(created.body.href).toBe('/catalogue?q=case+management&lot=software&cpv=7226&localTo=E07000110&maxPrice=5000&sme=true');

      const list = await http().get('/api/v1/saved-searches').set(maidstone()).expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
      await http().get(`/api/v1/saved-searches/${created.body.id}`).set(maidstone()).expect(200);

      const renamed = await http().patch(`/api/v1/saved-searches/${created.body.id}`).set(maidstone()).send({ name: 'Casework', frequency: 'immediate' }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Casework', frequency: 'immediate' });
      await http().delete(`/api/v1/saved-searches/${created.body.id}`).set(maidstone()).expect(204);
      await http().get(`/api/v1/saved-searches/${created.body.id}`).set(maidstone()).expect(404);
    });

    it('documents its routes in the OpenAPI document', async () => {
      const document = await http().get('/api/openapi.json').expect(200);
      expect(Object.keys(document.body.paths as object)).toEqual(expect.arrayContaining(['/api/v1/saved-searches', '/api/v1/saved-searches/{id}']));
      expect(Object.keys(document.body.paths['/api/v1/saved-searches/{id}'] as object).sort()).toEqual(['delete', 'get', 'patch']);
    });

    it("answers 404 for another user's saved search, whatever they try, and leaves it as it was", async () => {
      const created = await save(maidstone(), { name: 'Mine', kind: 'opportunities', frequency: 'daily', filters: { route: 'open' } }).expect(201);
      const id = created.body.id as string;
      await http().get(`/api/v1/saved-searches/${id}`).set(leeds()).expect(404);
      await http().patch(`/api/v1/saved-searches/${id}`).set(leeds()).send({ name: 'Theirs now' }).expect(404);
      await http().delete(`/api/v1/saved-searches/${id}`).set(leeds()).expect(404);
      const leedsList = await http().get('/api/v1/saved-searches').set(leeds()).expect(200);
      expect(leedsList.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
      expect((await http().get(`/api/v1/saved-searches/${id}`).set(maidstone()).expect(200)).body.name).toBe('Mine');
      await http().get('/api/v1/saved-searches').expect(401);
    });

    it('refuses a bad filter with a 400 naming each field, and saves nothing', async () => {
      const before = (await http().get('/api/v1/saved-searches').set(leeds()).expect(200)).body.total;
      const catalogue = await save(leeds(), {
        name: 'Bad',
        kind: 'catalogue',
        frequency: 'daily',
        filters: { cpv: '7x', localTo: 'E99999999', lot: 'Not A Slug', colour: 'red', sme: 'maybe', maxPrice: '5.001' },
      }).expect(400);
      expect(catalogue.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fieldsOf(catalogue.body).sort()).toEqual(['filters.colour', 'filters.cpv', 'filters.localTo', 'filters.lot', 'filters.maxPrice', 'filters.sme']);

      const opportunities = await save(leeds(), { name: 'Bad', kind: 'opportunities', frequency: 'daily', filters: { route: 'closed', lotId: '12' } }).expect(400);
      expect(fieldsOf(opportunities.body).sort()).toEqual(['filters.lotId', 'filters.route']);
      // A catalogue filter is not an opportunity filter.
      expect(fieldsOf((await save(leeds(), { name: 'Bad', kind: 'opportunities', frequency: 'daily', filters: { q: 'x' } }).expect(400)).body)).toEqual(['filters.q']);
      expect(fieldsOf((await save(leeds(), { name: 'Bad', kind: 'catalogue', frequency: 'hourly' }).expect(400)).body)).toEqual(['frequency']);
      expect(fieldsOf((await save(leeds(), { name: '   ', kind: 'catalogue', frequency: 'daily' }).expect(400)).body)).toEqual(['name']);
      expect((await http().get('/api/v1/saved-searches').set(leeds()).expect(200)).body.total).toBe(before);
    });
  });

  describe('immediate alerts', () => {
    let searchId: string;

    beforeAll(async () => {
      const created = await save(leeds(), { name: 'Case management', kind: 'catalogue', frequency: 'immediate', filters: { q: 'case management', lot: 'software' } }).expect(201);
      searchId = created.body.id as string;
    });

    it('tells the owner once about a newly published listing the search finds, however often the job runs', async () => {
      const id = caseManager;
      // Submitted is not published: nobody may see it yet, so nobody is told.
      expect(await alerts.itemPublished('listing', id)).toBe(0);
      await approve(id);
      const jobs: { job_id: string }[] = await h.db.dataSource.query(
        `SELECT job_id FROM outbox_message WHERE job_name = 'saved-search.item-published' AND payload ->> 'itemId' = $1`,
        [id],
      );
      expect(jobs.map((job) => job.job_id)).toEqual([`saved-search-listing-${id}-1`]);

      expect(await alerts.itemPublished('listing', id)).toBe(1);
      expect(await alerts.itemPublished('listing', id)).toBe(0);
      const told = await notices(h.buyers[LEEDS], 'saved-search.alert');
      expect(told).toEqual([
        expect.objectContaining({ title: 'New service for your saved search "Case management"', body: 'Case manager for councils', link: `/catalogue/${id}` }),
      ]);
      const keys: { dedupe_key: string }[] = await h.db.dataSource.query(`SELECT dedupe_key FROM notification WHERE kind = 'saved-search.alert'`);
      expect(keys.map((key) => key.dedupe_key)).toEqual([`saved-search/${searchId}/${id}`]);
    });

    it('tells nobody about a published listing the search does not find', async () => {
      const id = binPlanner;
      await approve(id);
      expect(await alerts.itemPublished('listing', id)).toBe(0);
      expect(await notices(h.buyers[LEEDS], 'saved-search.alert')).toHaveLength(1);
    });

    it('alerts an opportunity search about a newly opened opportunity it finds, and not one with other filters', async () => {
      const wanted = await save(bearer(supplier.token), { name: 'Framework work', kind: 'opportunities', frequency: 'immediate', filters: { route: 'framework', lotId: framework.lotId } }).expect(201);
      await save(bearer(supplier.token), { name: 'Open tenders', kind: 'opportunities', frequency: 'immediate', filters: { route: 'open' } }).expect(201);
      const needId = await h.need(MAIDSTONE, '200000.00');
      const published = await http().post('/api/v1/opportunities').set(maidstone()).send({ ...h.draft({ route: 'framework', lotId: framework.lotId }), needId }).expect(201);
      const opportunityId = published.body.id as string;

      expect(await alerts.itemPublished('opportunity', opportunityId)).toBe(1);
      expect(await alerts.itemPublished('opportunity', opportunityId)).toBe(0);
      const told = await notices(supplier.token, 'saved-search.alert');
      expect(told).toEqual([expect.objectContaining({ title: 'New opportunity for your saved search "Framework work"', link: `/opportunities/${opportunityId}` })]);
      const [{ dedupe_key: key }]: { dedupe_key: string }[] = await h.db.dataSource.query(`SELECT dedupe_key FROM notification WHERE link = $1`, [`/opportunities/${opportunityId}`]);
      expect(key).toBe(`saved-search/${wanted.body.id}/${opportunityId}`);
    });
  });

  describe('the daily digest', () => {
    const digestClock = () => new Date(Date.now() + DIGEST_COMMIT_LAG_MS);

    it('sends each daily search one digest of what is new since the last, and nothing more when run again', async () => {
      const buyer = await h.buyer(LEEDS);
      const created = await save(bearer(buyer), { name: 'Offline casework', kind: 'catalogue', frequency: 'daily', filters: { q: 'offline' } }).expect(201);
      const unrelated = await save(bearer(buyer), { name: 'Payroll', kind: 'catalogue', frequency: 'daily', filters: { q: 'payroll' } }).expect(201);
      await approve(offlineVisits);
      await approve(offlineNotes);

      // A digest covers up to DIGEST_COMMIT_LAG_MS ago; these runs happen that much "later" to see what was just published.
      const now = digestClock();
      await alerts.sendDailyDigests(now);
      await alerts.sendDailyDigests(now);
      const quietRun = digestClock();
      await alerts.sendDailyDigests(quietRun);

      const digests = await notices(buyer, 'saved-search.digest');
      expect(digests).toHaveLength(1);
      expect(digests[0].title).toBe('2 new services for your saved search "Offline casework"');
      expect(digests[0].body.split('; ').sort()).toEqual(['Offline case notes', 'Offline visits app']);
      expect(digests[0].link).toBe('/catalogue?q=offline');

      const rows: { id: string; digested_up_to: Date }[] = await h.db.dataSource.query('SELECT id, digested_up_to FROM saved_search WHERE id = ANY($1::uuid[])', [
        [created.body.id, unrelated.body.id],
      ]);
      // Both watermarks moved on: the payroll search had nothing new, which is nothing to tell.
      expect(rows.map((row) => row.digested_up_to.getTime())).toEqual([quietRun.getTime() - DIGEST_COMMIT_LAG_MS, quietRun.getTime() - DIGEST_COMMIT_LAG_MS]);

      // Published after today's digest went: not sent twice today, and not lost either, it leads tomorrow's.
      await approve(lateOffline);
      const later = digestClock();
      const sameDay = (await alerts.sendDailyDigests(later)).notified;
      expect({ sameDay, digests: (await notices(buyer, 'saved-search.digest')).length }).toEqual({ sameDay: 0, digests: 1 });
      await alerts.sendDailyDigests(new Date(later.getTime() + 86_400_000));
      const [tomorrow] = await notices(buyer, 'saved-search.digest');
      expect(tomorrow).toMatchObject({ title: '1 new service for your saved search "Offline casework"', body: 'Offline forms' });
    });
  });
});
