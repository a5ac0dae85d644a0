import { PartnerMatchingService, SupplierMatchingService } from '@app/matching';
import { ASHFORD, bearer, caseManagerListing, dateFromNow, KENT, LEEDS, MAIDSTONE, ProcurementApiHarness } from '../procurement/opportunities/procurement-lifecycle.test-harness';

interface PartnerItem {
  partnerNeedId: string;
  councilName: string;
  reasons: { code: string; text: string }[];
}

interface SupplierMatchItem {
  opportunityId: string;
  title: string;
  leadCouncilName: string;
  closingAt: string;
  score: number;
  listings: { listingId: string; listingName: string; score: number; reasons: { code: string; text: string }[] }[];
}

/**
 * Partner councils and supplier matches against the real PostgreSQL: the jobs are written to the
 * outbox by the changes that call for them, the services the worker's handlers call are run here
 * directly (the worker itself is covered by test/worker), and the API shows the results to the
 * right buyers only.
 */
describe('Matching: partner councils and supplier matches', () => {
  let h: ProcurementApiHarness;
  let framework: { slug: string; lotId: string };
  let partners: PartnerMatchingService;
  let suppliers: SupplierMatchingService;

  const http = () => h.http();
  const as = (council: string) => bearer(h.buyers[council]);

  const jobs = async (name: string, key: string, value: string): Promise<{ job_id: string }[]> =>
    h.db.dataSource.query(`SELECT job_id FROM outbox_message WHERE job_name = $1 AND payload ->> $2 = $3 ORDER BY id`, [name, key, value]);

  async function collaborativeNeed(councilCode: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await http()
      .post('/api/v1/needs')
      .set(as(councilCode))
      .send({
        title: 'Revenues and benefits system',
        description: 'Replace our revenues and benefits system for council tax and housing benefit',
        cpvCodes: ['72260000'],
        estimatedValue: '300000.00',
        currentContract: { supplierName: 'Legacy Systems Ltd', endDate: dateFromNow(180) },
        openToCollaboration: true,
        preferences: { sme: true, local: true },
        ...overrides,
      })
      .expect(201);
    return response.body.id as string;
  }

  async function partnersOf(needId: string, council: string): Promise<PartnerItem[]> {
    return (await http().get(`/api/v1/needs/${needId}/partners`).set(as(council)).expect(200)).body.items;
  }

  async function storedPairs(): Promise<string[]> {
    const rows: { need_id: string; partner_need_id: string }[] = await h.db.dataSource.query('SELECT need_id, partner_need_id FROM need_partner');
    return rows.map((row) => `${row.need_id}>${row.partner_need_id}`).sort();
  }

  /** A listing on the software lot, submitted and (unless told otherwise) approved. */
  async function listing(token: string, overrides: Record<string, unknown>, approve = true): Promise<string> {
    const response = await http()
      .post('/api/v1/listings')
      .set(bearer(token))
      .send(caseManagerListing(framework.slug, overrides));
    expect({ status: response.status, errors: response.body.errors }).toEqual({ status: 201, errors: undefined });
    const id = response.body.id as string;
    await http().post(`/api/v1/listings/${id}/submit`).set(bearer(token)).expect(200);
    if (approve) await http().post(`/api/v1/admin/listings/${id}/approve`).set(bearer(h.adminToken)).expect(200);
    return id;
  }

  const matchNotices = async (token: string) =>
    (await http().get('/api/v1/notifications').query({ pageSize: 100 }).set(bearer(token)).expect(200)).body.items.filter(
      (item: { kind: string }) => item.kind === 'opportunity.match',
    ) as { title: string; link: string }[];

  beforeAll(async () => {
    h = await ProcurementApiHarness.start();
    framework = await h.openFramework();
    partners = h.app.get(PartnerMatchingService);
    suppliers = h.app.get(SupplierMatchingService);
  });

  afterAll(() => h?.close());

  describe('partner councils', () => {
    let maidstone: string;
    let ashford: string;
    let leeds: string;
    let kent: string;

    beforeAll(async () => {
      maidstone = await collaborativeNeed(MAIDSTONE);
      ashford = await collaborativeNeed(ASHFORD, { title: 'Revenues & benefits software', currentContract: { supplierName: 'Legacy Systems Ltd', endDate: dateFromNow(240) } });
      // Same region, but waste collection two years away: no partner.
      leeds = await collaborativeNeed(LEEDS, { title: 'Waste collection rounds', description: 'Route planning for bin lorries', cpvCodes: ['90511000'], wantedStartDate: dateFromNow(800), currentContract: null });
      // A perfect match that is not open to collaboration is never suggested.
      kent = await collaborativeNeed(KENT, { openToCollaboration: false });
    });

    it('enqueues need.saved in the change that creates or changes a need, and not for fields matching ignores', async () => {
      expect(await jobs('need.saved', 'needId', maidstone)).toHaveLength(1);
      await http().patch(`/api/v1/needs/${maidstone}`).set(as(MAIDSTONE)).send({ estimatedValue: '310000.00' }).expect(200);
      expect(await jobs('need.saved', 'needId', maidstone)).toHaveLength(1);
    });

    it('stores partners both ways, replaces them on a re-run and shows them to the need\'s buyers with reasons', async () => {
      expect(await partners.recompute(maidstone, 1)).toBe(1);
      expect(await storedPairs()).toEqual([`${ashford}>${maidstone}`, `${maidstone}>${ashford}`].sort());
      await partners.recompute(maidstone, 1);
      await partners.recompute(ashford, 1);
      expect(await storedPairs()).toEqual([`${ashford}>${maidstone}`, `${maidstone}>${ashford}`].sort());

      const [partner] = await partnersOf(maidstone, MAIDSTONE);
      expect(partner.partnerNeedId).toBe(ashford);
      expect(partner.councilName).toBe('Ashford Borough Council');
      expect(partner.reasons.map((reason) => reason.text)).toEqual(
        expect.arrayContaining(['both buy 72260000', 'contracts end 2 months apart', 'both in South East']),
      );
      expect((await partnersOf(ashford, ASHFORD)).map((item) => item.partnerNeedId)).toEqual([maidstone]);
      expect(await partnersOf(leeds, LEEDS)).toEqual([]);
      expect(kent).toBeDefined();
    });

    it('answers 404 to buyers of another council, for reading and dismissing', async () => {
      await http().get(`/api/v1/needs/${maidstone}/partners`).set(as(LEEDS)).expect(404);
      await http().get(`/api/v1/needs/${maidstone}/partners`).set(as(ASHFORD)).expect(404);
      await http().post(`/api/v1/needs/${maidstone}/partners/${ashford}/dismiss`).set(as(ASHFORD)).expect(404);
      await http().get(`/api/v1/needs/${maidstone}/partners`).expect(401);
    });

    it('keeps a dismissed suggestion hidden until the need changes', async () => {
      await http().post(`/api/v1/needs/${maidstone}/partners/${ashford}/dismiss`).set(as(MAIDSTONE)).expect(204);
      expect(await partnersOf(maidstone, MAIDSTONE)).toEqual([]);
      // Ashford still sees Maidstone: the dismissal is Maidstone's.
      expect(await partnersOf(ashford, ASHFORD)).toHaveLength(1);

      // Re-runs, for either need, without Maidstone changing: still hidden.
      await partners.recompute(maidstone, 1);
      await partners.recompute(ashford, 2);
      expect(await partnersOf(maidstone, MAIDSTONE)).toEqual([]);

      await http().patch(`/api/v1/needs/${maidstone}`).set(as(MAIDSTONE)).send({ title: 'Revenues and benefits platform' }).expect(200);
      const saved = await jobs('need.saved', 'needId', maidstone);
      expect(saved).toHaveLength(2);
      await partners.recompute(maidstone, 2);
      expect((await partnersOf(maidstone, MAIDSTONE)).map((item) => item.partnerNeedId)).toEqual([ashford]);
    });

    it('removes both sides when a need is closed', async () => {
      await http().patch(`/api/v1/needs/${ashford}`).set(as(ASHFORD)).send({ status: 'closed' }).expect(200);
      await partners.recompute(ashford, 3);
      expect(await storedPairs()).toEqual([]);
      expect(await partnersOf(maidstone, MAIDSTONE)).toEqual([]);
    });
  });

  describe('supplier matches', () => {
    let fit: { token: string; id: string };
    let other: { token: string; id: string };
    let fitListing: string;
    let opportunityId: string;
    let late: { token: string; id: string };
    let lateListing: string;
    let otherListing: string;

    beforeAll(async () => {
      fit = await h.supplier('Weald Digital Ltd');
      late = await h.supplier('Medway Code Co-operative');
      // Listed while the framework is open, approved only after the opportunity is published.
      lateListing = await listing(late.token, { name: 'Social care case records' }, false);
      other = await h.supplier('Pennine Waste Ltd');
      fitListing = await listing(fit.token, {});
      // Eligible (published, on the lot) but about something else entirely.
      otherListing = await listing(other.token, {
        name: 'Bin route planner',
        summary: 'Plan refuse collection rounds for lorries.',
        description: 'Route optimisation for refuse fleets.',
        features: ['Route optimisation'],
        cpvCodes: ['90511000'],
      });
      await h.setFrameworkStatus(framework.slug, 'live');
      const needId = await collaborativeNeed(MAIDSTONE, { title: 'Case management', description: 'Case management for social workers', openToCollaboration: false });
      const published = await http()
        .post('/api/v1/opportunities')
        .set(as(MAIDSTONE))
        .send({ ...h.draft({ route: 'framework', lotId: framework.lotId }), needId })
        .expect(201);
      opportunityId = published.body.id as string;
    });

    it('enqueues opportunity.published and listing.published in the changes that publish', async () => {
      expect(await jobs('opportunity.published', 'opportunityId', opportunityId)).toHaveLength(1);
      expect(await jobs('listing.published', 'listingId', fitListing)).toHaveLength(1);
    });

    it('stores eligible, relevant listings with reasons and flags, and tells the supplier once however often the job runs', async () => {
      const first = await suppliers.matchOpportunity(opportunityId);
      await suppliers.matchOpportunity(opportunityId);
      expect(first.map((match) => match.listingId)).toEqual([fitListing]);
      const rows: { listing_id: string }[] = await h.db.dataSource.query('SELECT listing_id FROM opportunity_match WHERE opportunity_id = $1', [opportunityId]);
      expect(rows.map((row) => row.listing_id)).toEqual([fitListing]);

      const notices = await matchNotices(fit.token);
      expect(notices).toHaveLength(1);
      expect(notices[0].title).toBe('An opportunity matches your listing "Case manager for councils"');
      expect(await matchNotices(other.token)).toEqual([]);

      const matches = (await http().get(`/api/v1/opportunities/${opportunityId}/matches`).set(as(MAIDSTONE)).expect(200)).body.items;
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ listingId: fitListing, supplierName: 'Weald Digital Ltd', flags: { sme: true, vcse: false, local: true } });
      expect(matches[0].reasons.map((reason: { text: string }) => reason.text)).toEqual(
        expect.arrayContaining(['offers 72260000', 'an SME, as the buyers prefer', 'local to a participating council']),
      );
    });

    it('matches a listing published later against open opportunities on its lot', async () => {
      expect(await jobs('listing.published', 'listingId', lateListing)).toEqual([]);
      await http().post(`/api/v1/admin/listings/${lateListing}/approve`).set(bearer(h.adminToken)).expect(200);
      const [{ job_id: jobId }] = await jobs('listing.published', 'listingId', lateListing);
      expect(jobId).toBe(`listing-published-${lateListing}-1`);
      expect(await suppliers.matchListing(lateListing, 1)).toBe(1);
      expect(await suppliers.matchListing(lateListing, 1)).toBe(1);
      expect(await matchNotices(late.token)).toHaveLength(1);
      const matches = (await http().get(`/api/v1/opportunities/${opportunityId}/matches`).set(as(MAIDSTONE)).expect(200)).body.items;
      expect(matches.map((match: { listingId: string }) => match.listingId).sort()).toEqual([fitListing, lateListing].sort());
    });

    it('answers 404 to buyers of a council not in the procurement', async () => {
      await http().get(`/api/v1/opportunities/${opportunityId}/matches`).set(as(LEEDS)).expect(404);
      await http().get(`/api/v1/opportunities/${opportunityId}/matches`).set(as(ASHFORD)).expect(404);
      await http().get(`/api/v1/opportunities/${opportunityId}/matches`).set(bearer(h.adminToken)).expect(200);
    });

    describe("a supplier's matched opportunities (GET /suppliers/me/matches)", () => {
      let binsId: string;

      const mine = async (token: string): Promise<SupplierMatchItem[]> => (await http().get('/api/v1/suppliers/me/matches').set(bearer(token)).expect(200)).body.items;
      const listingIdsOf = (items: SupplierMatchItem[]) => items.flatMap((item) => item.listings.map((entry) => entry.listingId));

      beforeAll(async () => {
        // A second open opportunity, about bin rounds: Pennine's listing fits it.
        const needId = await collaborativeNeed(MAIDSTONE, { title: 'Bin collection rounds', description: 'Route planning for refuse lorries', cpvCodes: ['90511000'], openToCollaboration: false });
        const published = await http()
          .post('/api/v1/opportunities')
          .set(as(MAIDSTONE))
          .send({
            ...h.draft({
              route: 'framework',
              lotId: framework.lotId,
              title: 'Refuse collection route planning',
              problemStatement: 'Our refuse collection rounds are planned by hand, so lorries cross each other and miss bins.',
              userNeeds: 'As a round planner I need routes optimised for our refuse fleet so that every bin is collected on time.',
              scope: 'In scope: route optimisation for refuse collection rounds. Out of scope: vehicle tracking hardware.',
            }),
            needId,
          })
          .expect(201);
        binsId = published.body.id as string;
        await suppliers.matchOpportunity(binsId);
      });

      it('shows each supplier only its own listings, on open opportunities, best first, with the reasons', async () => {
        const weald = await mine(fit.token);
        expect(weald[0]).toMatchObject({ opportunityId, title: 'Case management for adult social care', leadCouncilName: 'Maidstone Borough Council' });
        expect(weald[0].listings.map((entry) => entry.listingId)).toEqual([fitListing]);
        expect(weald[0].listings[0]).toMatchObject({ listingName: 'Case manager for councils' });
        expect(weald[0].listings[0].reasons.map((reason) => reason.text)).toEqual(expect.arrayContaining(['offers 72260000', 'an SME, as the buyers prefer']));
        expect(new Date(weald[0].closingAt).getTime()).toBeGreaterThan(Date.now());
        expect(new Set(listingIdsOf(weald))).toEqual(new Set([fitListing]));
        const scores = weald.map((item) => item.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));

        const medway = await mine(late.token);
        expect(medway.map((item) => item.opportunityId)).toContain(opportunityId);
        expect(new Set(listingIdsOf(medway))).toEqual(new Set([lateListing]));
        const pennine = await mine(other.token);
        expect(pennine.map((item) => item.opportunityId)).toContain(binsId);
        expect(new Set(listingIdsOf(pennine))).toEqual(new Set([otherListing]));
      });

      it('is for supplier accounts only, and asks a supplier user without a profile to create it first', async () => {
        await http().get('/api/v1/suppliers/me/matches').expect(401);
        await http().get('/api/v1/suppliers/me/matches').set(as(MAIDSTONE)).expect(403);
        const email = `no-profile-${Date.now()}@example.com`;
        await http().post('/api/v1/auth/register').send({ email, password: 'correct horse battery staple', fullName: 'No Profile', role: 'supplier' }).expect(202);
        const response = await http().get('/api/v1/suppliers/me/matches').set(bearer(await h.tokenFor(email))).expect(409);
        expect(response.body.detail).toContain('Create your supplier profile');

        const documented = (await http().get('/api/openapi.json').expect(200)).body.paths['/api/v1/suppliers/me/matches'].get;
        expect(Object.keys(documented.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '409']));
      });

      it('leaves out an opportunity once its closing time has passed or it is closed', async () => {
        // Past its closing time, before the worker's closing job has run.
        await h.db.dataSource.query(`UPDATE opportunity SET closing_at = now() - interval '1 minute' WHERE id = $1`, [opportunityId]);
        expect((await mine(fit.token)).map((item) => item.opportunityId)).not.toContain(opportunityId);
        await h.db.dataSource.query(`UPDATE opportunity SET closing_at = now() + interval '7 days' WHERE id = $1`, [opportunityId]);
        expect((await mine(fit.token)).map((item) => item.opportunityId)).toContain(opportunityId);

        await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(MAIDSTONE)).expect(200);
        expect((await mine(fit.token)).map((item) => item.opportunityId)).not.toContain(opportunityId);
        expect((await mine(late.token)).map((item) => item.opportunityId)).not.toContain(opportunityId);
      });
    });
  });
});
