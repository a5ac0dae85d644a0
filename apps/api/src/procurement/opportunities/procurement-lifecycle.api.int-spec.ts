import { randomUUID } from 'node:crypto';
import { StatementCounter } from '@app/db';
import { OpportunityService } from '@app/procurement';
import { ASHFORD, bearer, dateFromNow, daysFromNow, fieldsOf, KENT, LEEDS, MAIDSTONE, ProcurementApiHarness } from './procurement-lifecycle.test-harness';

interface Supplier {
  token: string;
  id: string;
}

describe('Procurement API: joint procurements, opportunities, responses, scoring and award', () => {
  let h: ProcurementApiHarness;
  let framework: { slug: string; lotId: string };
  let winner: Supplier;
  let runnerUp: Supplier;
  let unlisted: Supplier;
  let pending: Supplier;

  const http = () => h.http();
  const as = (council: string) => bearer(h.buyers[council]);

  beforeAll(async () => {
    h = await ProcurementApiHarness.start();
    framework = await h.openFramework();
    winner = await h.supplier('Weald Digital Ltd');
    runnerUp = await h.supplier('Medway Code Co-operative');
    unlisted = await h.supplier('Pennine Cloud Ltd');
    pending = await h.supplier('Capital Systems Ltd');
    await h.listing(winner.token, framework.slug);
    await h.listing(runnerUp.token, framework.slug);
    await h.listing(pending.token, framework.slug, { approve: false });
    await h.setFrameworkStatus(framework.slug, 'live');
  });

  afterAll(() => h?.close());

  /** A joint procurement led by Maidstone (share £100,000) that Ashford joined (share £50,000). */
  async function formedProcurement(): Promise<{ id: string; maidstoneNeed: string; ashfordNeed: string }> {
    const maidstoneNeed = await h.need(MAIDSTONE, '100000.00');
    const ashfordNeed = await h.need(ASHFORD, '50000.00');
    const created = await http()
      .post('/api/v1/joint-procurements')
      .set(as(MAIDSTONE))
      .send({ title: 'Shared case management', needId: maidstoneNeed })
      .expect(201);
    const id = created.body.id as string;
    const invited = await http().post(`/api/v1/joint-procurements/${id}/invitations`).set(as(MAIDSTONE)).send({ councilCodes: [ASHFORD] }).expect(200);
    const invitationId = invited.body.invitations[0].id as string;
    await http().post(`/api/v1/joint-procurements/${id}/invitations/${invitationId}/accept`).set(as(ASHFORD)).send({ needId: ashfordNeed }).expect(200);
    return { id, maidstoneNeed, ashfordNeed };
  }

  async function publishedOpportunity(overrides: Record<string, unknown> = {}): Promise<{ procurementId: string; opportunityId: string; criteria: string[] }> {
    const { id } = await formedProcurement();
    const published = await http()
      .post(`/api/v1/joint-procurements/${id}/publish`)
      .set(as(MAIDSTONE))
      .send(h.draft({ route: 'framework', lotId: framework.lotId, ...overrides }))
      .expect(201);
    return { procurementId: id, opportunityId: published.body.id, criteria: (published.body.criteria as { id: string }[]).map((c) => c.id) };
  }

  const respond = (supplier: Supplier, opportunityId: string, criteria: string[], body: Record<string, unknown> = {}) =>
    http()
      .post(`/api/v1/opportunities/${opportunityId}/responses`)
      .set(bearer(supplier.token))
      .send({ price: '100000.01', summary: 'Our offer', answers: criteria.map((criterionId) => ({ criterionId, answer: 'We meet it fully.' })), submit: true, ...body });

  describe('joint procurements', () => {
    it('forms with the lead, invitations and an accepted need; declined, withdrawn and uninvited councils see nothing', async () => {
      const maidstoneNeed = await h.need(MAIDSTONE, '100000.00');
      const created = await http().post('/api/v1/joint-procurements').set(as(MAIDSTONE)).send({ title: 'Shared case management', needId: maidstoneNeed }).expect(201);
      const id = created.body.id as string;
      expect(created.body).toMatchObject({
        status: 'forming',
        leadCouncil: { code: MAIDSTONE, name: 'Maidstone Borough Council' },
        participants: [{ council: { code: MAIDSTONE }, isLead: true, valueShare: '100000.00', need: { id: maidstoneNeed, estimatedValue: '100000.00' } }],
        invitations: [],
        estimatedValue: '100000.00',
        opportunityId: null,
      });
      // The need moved into the procurement.
      expect((await http().get(`/api/v1/needs/${maidstoneNeed}`).set(as(MAIDSTONE)).expect(200)).body).toMatchObject({ status: 'closed', closure: 'joint-procurement' });

      const invited = await http().post(`/api/v1/joint-procurements/${id}/invitations`).set(as(MAIDSTONE)).send({ councilCodes: [ASHFORD, KENT, LEEDS] }).expect(200);
      const invitation = (code: string) => (invited.body.invitations as { id: string; council: { code: string } }[]).find((i) => i.council.code === code)!.id;
      // Sent together, listed by council code.
      expect(invited.body.invitations.map((i: { council: { code: string }; status: string }) => [i.council.code, i.status])).toEqual([
        [ASHFORD, 'pending'],
        [LEEDS, 'pending'],
        [KENT, 'pending'],
      ]);
      expect(await h.notificationKinds(h.buyers[KENT])).toContain('joint-procurement.invited');

      // Invited councils may read, to decide; nobody else may.
      await http().get(`/api/v1/joint-procurements/${id}`).set(as(KENT)).expect(200);
      await http().get(`/api/v1/joint-procurements/${id}`).expect(401);
      await http().get(`/api/v1/joint-procurements/${id}`).set(bearer(winner.token)).expect(404);

      const ashfordNeed = await h.need(ASHFORD, '50000.00');
      const accepted = await http()
        .post(`/api/v1/joint-procurements/${id}/invitations/${invitation(ASHFORD)}/accept`)
        .set(as(ASHFORD))
        .send({ needId: ashfordNeed, valueShare: '60000.00' })
        .expect(200);
      expect(accepted.body.participants.map((p: { council: { code: string }; valueShare: string }) => [p.council.code, p.valueShare])).toEqual([
        [MAIDSTONE, '100000.00'],
        [ASHFORD, '60000.00'],
      ]);
      expect(accepted.body.estimatedValue).toBe('150000.00');
      expect(await h.notificationKinds(h.buyers[MAIDSTONE])).toContain('joint-procurement.invitation-accepted');

      // Kent declines; Ashford cannot answer Kent's invitation; Leeds's is withdrawn by the lead.
      await http().post(`/api/v1/joint-procurements/${id}/invitations/${invitation(KENT)}/accept`).set(as(ASHFORD)).send({ needId: ashfordNeed }).expect(404);
      const declined = await http().post(`/api/v1/joint-procurements/${id}/invitations/${invitation(KENT)}/decline`).set(as(KENT)).send({ reason: 'Not this year' }).expect(200);
      expect(declined.body.participants).toEqual([]);
      expect(declined.body.invitations).toEqual([expect.objectContaining({ status: 'declined', note: 'Not this year' })]);
      await http().get(`/api/v1/joint-procurements/${id}`).set(as(KENT)).expect(404);
      await http().post(`/api/v1/joint-procurements/${id}/invitations/${invitation(LEEDS)}/withdraw`).set(as(ASHFORD)).send({}).expect(403);
      await http().post(`/api/v1/joint-procurements/${id}/invitations/${invitation(LEEDS)}/withdraw`).set(as(MAIDSTONE)).send({}).expect(200);
      await http().get(`/api/v1/joint-procurements/${id}`).set(as(LEEDS)).expect(404);

      // Every answer is final: 409 naming the invitation's state.
      const again = await http().post(`/api/v1/joint-procurements/${id}/invitations/${invitation(KENT)}/accept`).set(as(KENT)).send({ needId: await h.need(KENT, null) }).expect(409);
      expect(again.body.detail).toMatch(/^The invitation is declined/);
      const twice = await http().post(`/api/v1/joint-procurements/${id}/invitations`).set(as(MAIDSTONE)).send({ councilCodes: [ASHFORD] }).expect(409);
      expect(fieldsOf(twice.body)).toEqual(['councilCodes[0]']);

      const view = await http().get(`/api/v1/joint-procurements/${id}`).set(as(ASHFORD)).expect(200);
      expect(view.body.invitations.map((i: { council: { code: string }; status: string }) => [i.council.code, i.status])).toEqual([
        [ASHFORD, 'accepted'],
        [LEEDS, 'withdrawn'],
        [KENT, 'declined'],
      ]);
      const audit: { action: string }[] = await h.db.dataSource.query(`SELECT action FROM audit_event WHERE object_id = $1`, [id]);
      expect(audit.map((row) => row.action).sort()).toEqual([
        'joint-procurement.created',
        'joint-procurement.invitation-accepted',
        'joint-procurement.invitation-declined',
        'joint-procurement.invitation-withdrawn',
        'joint-procurement.invited',
        'joint-procurement.invited',
        'joint-procurement.invited',
      ]);
    });

    it('answers bad input with 4xx naming the field', async () => {
      const need = await h.need(MAIDSTONE, null);
      const create = (body: object) => http().post('/api/v1/joint-procurements').set(as(MAIDSTONE)).send(body);
      expect(fieldsOf((await create({ title: 'X', needId: need }).expect(422)).body)).toEqual(['valueShare']);
      expect(fieldsOf((await create({ title: 'X', needId: need, valueShare: '-5.00' }).expect(422)).body)).toEqual(['valueShare']);
      expect(fieldsOf((await create({ title: 'X', needId: 'nope' }).expect(400)).body)).toEqual(['needId']);
      // Another council's need is not found, and the failed attempts left the need open.
      await create({ title: 'X', needId: await h.need(LEEDS, '1.00') }).expect(404);
      const { id } = await formedProcurement();
      const invite = (codes: unknown) => http().post(`/api/v1/joint-procurements/${id}/invitations`).set(as(MAIDSTONE)).send({ councilCodes: codes });
      expect(fieldsOf((await invite(['E99999999']).expect(422)).body)).toEqual(['councilCodes[0]']);
      expect(fieldsOf((await invite([KENT, KENT]).expect(422)).body)).toEqual(['councilCodes[1]']);
      expect(fieldsOf((await invite([MAIDSTONE]).expect(409)).body)).toEqual(['councilCodes[0]']);
      expect(fieldsOf((await invite([]).expect(400)).body)).toEqual(['councilCodes']);
      await create({ title: 'Y', needId: need, valueShare: '10.00' }).expect(201);
    });

    it('publishes once, fixes the roster, and cancels with a reason before award, giving the needs back', async () => {
      const { id, maidstoneNeed, ashfordNeed } = await formedProcurement();
      const invited = await http().post(`/api/v1/joint-procurements/${id}/invitations`).set(as(MAIDSTONE)).send({ councilCodes: [KENT] }).expect(200);
      await http().post(`/api/v1/joint-procurements/${id}/publish`).set(as(ASHFORD)).send(h.draft()).expect(403);
      const published = await http().post(`/api/v1/joint-procurements/${id}/publish`).set(as(MAIDSTONE)).send(h.draft()).expect(201);
      expect(published.body).toMatchObject({ status: 'open', route: 'open', lot: null, councils: [{ code: MAIDSTONE }, { code: ASHFORD }], warnings: [] });

      const again = await http().post(`/api/v1/joint-procurements/${id}/publish`).set(as(MAIDSTONE)).send(h.draft()).expect(409);
      expect(again.body.detail).toMatch(/^The joint procurement is published/);
      expect((await http().post(`/api/v1/joint-procurements/${id}/invitations`).set(as(MAIDSTONE)).send({ councilCodes: [LEEDS] }).expect(409)).body.detail).toMatch(
        /^The joint procurement is published/,
      );
      const view = await http().get(`/api/v1/joint-procurements/${id}`).set(as(MAIDSTONE)).expect(200);
      expect(view.body).toMatchObject({ status: 'published', opportunityId: published.body.id });
      expect(view.body.invitations.find((i: { id: string }) => i.id === invited.body.invitations[1].id)).toMatchObject({ status: 'withdrawn' });

      await respond(unlisted, published.body.id, published.body.criteria.map((c: { id: string }) => c.id)).expect(200);
      await http().post(`/api/v1/joint-procurements/${id}/cancel`).set(as(MAIDSTONE)).send({}).expect(400);
      const cancelled = await http().post(`/api/v1/joint-procurements/${id}/cancel`).set(as(MAIDSTONE)).send({ reason: 'Budget withdrawn' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Budget withdrawn' });
      expect((await http().get(`/api/v1/opportunities/${published.body.id}`).expect(200)).body).toMatchObject({ status: 'cancelled', cancellationReason: 'Budget withdrawn' });
      expect(await h.notificationKinds(unlisted.token)).toContain('opportunity.cancelled');
      for (const [council, need] of [[MAIDSTONE, maidstoneNeed], [ASHFORD, ashfordNeed]]) {
        expect((await http().get(`/api/v1/needs/${need}`).set(as(council)).expect(200)).body).toMatchObject({ status: 'open', closure: null });
      }
      expect((await http().post(`/api/v1/joint-procurements/${id}/cancel`).set(as(MAIDSTONE)).send({ reason: 'Again' }).expect(409)).body.detail).toMatch(
        /^The joint procurement is cancelled/,
      );
    });
  });

  describe('publishing and the quality linter', () => {
    it('refuses bad drafts with 4xx naming the field', async () => {
      const { id } = await formedProcurement();
      const publish = (overrides: Record<string, unknown>) => http().post(`/api/v1/joint-procurements/${id}/publish`).set(as(MAIDSTONE)).send(h.draft(overrides));
      expect(fieldsOf((await publish({ closingAt: daysFromNow(-1) }).expect(422)).body)).toEqual(['closingAt']);
      expect(fieldsOf((await publish({ closingAt: 'next week' }).expect(400)).body)).toEqual(['closingAt']);
      const weights = await publish({ criteria: [{ name: 'Quality', weight: 60 }, { name: 'Price', weight: 30 }] }).expect(422);
      expect(weights.body.errors).toEqual([{ field: 'criteria', message: 'criteria weights must sum to 100; they sum to 90' }]);
      expect(fieldsOf((await publish({ criteria: [{ name: 'Quality', weight: 101 }] }).expect(400)).body)).toEqual(['criteria[0].weight']);
      expect(fieldsOf((await publish({ budget: '-100.00' }).expect(422)).body)).toEqual(['budget']);
      expect(fieldsOf((await publish({ route: 'framework' }).expect(422)).body)).toEqual(['lotId']);
      expect(fieldsOf((await publish({ route: 'framework', lotId: '6f1e4222-3aa0-4689-8fc5-89cc3e63aaaa' }).expect(422)).body)).toEqual(['lotId']);
      // Nothing was published by the failed attempts.
      expect((await http().get(`/api/v1/joint-procurements/${id}`).set(as(MAIDSTONE)).expect(200)).body.status).toBe('forming');
    });

    it('warns, without blocking, about missing requirements, a budget above the lot guide, brands and lock-in', async () => {
      const draft = h.draft({
        route: 'framework',
        lotId: framework.lotId,
        problemStatement: '',
        scope: 'The service must use Microsoft Teams and be compatible only with our CaseBook® records.',
        budget: '1500000.00',
      });
      const checked = await http().post('/api/v1/opportunities/lint').set(as(MAIDSTONE)).send(draft).expect(200);
      const codes = (checked.body.warnings as { code: string; field: string }[]).map((w) => `${w.code}@${w.field}`);
      expect(codes).toEqual([
        'REQUIREMENT_MISSING@problemStatement',
        'BUDGET_ABOVE_LOT_GUIDE@budget',
        'BRAND_NAMED@scope',
        'LOCK_IN_DEMANDED@scope',
        'LOCK_IN_DEMANDED@scope',
        'TRADEMARK_SIGN@scope',
      ]);
      await http().post('/api/v1/opportunities/lint').set(bearer(winner.token)).send(draft).expect(403);

      const { id } = await formedProcurement();
      const published = await http().post(`/api/v1/joint-procurements/${id}/publish`).set(as(MAIDSTONE)).send(draft).expect(201);
      expect(published.body.warnings).toEqual(checked.body.warnings);
      expect((await http().get(`/api/v1/opportunities/${published.body.id}/lint`).expect(200)).body.warnings).toEqual(checked.body.warnings);
    });

    it('lists open opportunities publicly, filtered by route, lot and council', async () => {
      const { opportunityId } = await publishedOpportunity();
      const open = await http().get('/api/v1/opportunities').query({ pageSize: 100 }).expect(200);
      expect(open.body.items.map((item: { id: string }) => item.id)).toContain(opportunityId);
      expect(open.body.items.every((item: { status: string }) => item.status === 'open')).toBe(true);
      const byLot = await http().get('/api/v1/opportunities').query({ lotId: framework.lotId, council: ASHFORD, route: 'framework', pageSize: 100 }).expect(200);
      expect(byLot.body.items.map((item: { id: string }) => item.id)).toContain(opportunityId);
      expect(byLot.body.items[0]).toMatchObject({ lot: { id: framework.lotId, slug: 'software', framework: { slug: framework.slug } } });
      const elsewhere = await http().get('/api/v1/opportunities').query({ council: LEEDS }).expect(200);
      expect(elsewhere.body.items.map((item: { id: string }) => item.id)).not.toContain(opportunityId);
      expect(fieldsOf((await http().get('/api/v1/opportunities').query({ council: 'E99999999' }).expect(422)).body)).toEqual(['council']);
      expect(fieldsOf((await http().get('/api/v1/opportunities').query({ status: 'sealed' }).expect(400)).body)).toEqual(['status']);
      // A page costs a fixed number of statements whatever its size: the page and its count, then one each for
      // criteria, councils, lots, awarded responses and their suppliers.
      const service = h.app.get(OpportunityService);
      const statementsFor = (pageSize: number) =>
        StatementCounter.run(async () => {
          const page = await service.list({ status: 'any' }, { page: 1, pageSize });
          expect(page.items.length).toBe(Math.min(pageSize, page.total));
          return StatementCounter.current();
        });
      expect(await statementsFor(1)).toBeLessThanOrEqual(7);
      expect(await statementsFor(100)).toBeLessThanOrEqual(7);
      const single = await http().get(`/api/v1/opportunities/${opportunityId}`).expect(200);
      // The public view carries no working details: no shares, needs or estimates.
      expect(Object.keys(single.body)).not.toEqual(expect.arrayContaining(['estimatedValue']));
      expect(JSON.stringify(single.body)).not.toContain('valueShare');
    });
  });

  describe('questions, responses, scoring and award', () => {
    it('runs an opportunity from publication to award, keeping every tenant to its own', async () => {
      const { procurementId, opportunityId, criteria } = await publishedOpportunity();

      // Clarification: asked by a supplier, answered by a buyer of the procurement, published without the asker.
      const asked = await http().post(`/api/v1/opportunities/${opportunityId}/questions`).set(bearer(runnerUp.token)).send({ question: 'Is migration in scope?' }).expect(201);
      await http().post(`/api/v1/opportunities/${opportunityId}/questions`).set(as(MAIDSTONE)).send({ question: 'Buyers do not ask' }).expect(403);
      expect((await http().get(`/api/v1/opportunities/${opportunityId}/questions`).expect(200)).body.items).toEqual([]);
      expect((await http().get(`/api/v1/opportunities/${opportunityId}/questions`).set(bearer(runnerUp.token)).expect(200)).body.items).toEqual([
        expect.objectContaining({ id: asked.body.id, askedByYou: true, answer: null }),
      ]);
      await http().post(`/api/v1/opportunities/${opportunityId}/questions/${asked.body.id}/answer`).set(as(LEEDS)).send({ answer: 'No' }).expect(403);
      await http().post(`/api/v1/opportunities/${opportunityId}/questions/${asked.body.id}/answer`).set(as(ASHFORD)).send({ answer: 'Yes, from 2015.' }).expect(201);
      const publicQuestions = await http().get(`/api/v1/opportunities/${opportunityId}/questions`).expect(200);
      expect(publicQuestions.body.items).toEqual([
        { id: asked.body.id, question: 'Is migration in scope?', answer: 'Yes, from 2015.', askedAt: expect.any(String), answeredAt: expect.any(String), askedByYou: false },
      ]);
      expect(await h.notificationKinds(runnerUp.token)).toContain('opportunity.question-answered');
      const reanswer = await http().post(`/api/v1/opportunities/${opportunityId}/questions/${asked.body.id}/answer`).set(as(MAIDSTONE)).send({ answer: 'No' }).expect(409);
      expect(reanswer.body.code).toBe('QUESTION_ALREADY_ANSWERED');

      // Eligibility: only suppliers with a published listing on the lot, told why otherwise.
      const none = await respond(unlisted, opportunityId, criteria).expect(403);
      expect(none.body).toMatchObject({ code: 'SUPPLIER_NOT_ELIGIBLE' });
      expect(none.body.detail).toMatch(/^Only suppliers with a published listing on the lot "Software" of Test Cloud \d+ may respond, and your supplier has no listing on it$/);
      const waiting = await respond(pending, opportunityId, criteria).expect(403);
      expect(waiting.body.detail).toContain('"Case manager for councils" is waiting for moderation');
      await respond(winner, opportunityId, criteria, { price: '-1.00' }).expect(422).then((r) => expect(fieldsOf(r.body)).toEqual(['price']));
      expect(fieldsOf((await respond(winner, opportunityId, criteria.slice(1)).expect(422)).body)).toEqual(['answers']);

      // One live response per supplier: a draft, then a submission, then a replacement.
      const draft = await respond(winner, opportunityId, criteria.slice(0, 1), { submit: false }).expect(200);
      expect(draft.body).toMatchObject({ status: 'draft', revision: 1, listing: { name: 'Case manager for councils' } });
      const submitted = await respond(winner, opportunityId, criteria).expect(200);
      expect(submitted.body).toMatchObject({ id: draft.body.id, status: 'submitted', revision: 2, price: '100000.01' });
      const first = await respond(runnerUp, opportunityId, criteria, { price: '90000.00' }).expect(200);
      const replaced = await respond(runnerUp, opportunityId, criteria, { price: '95000.00' }).expect(200);
      expect(replaced.body).toMatchObject({ id: first.body.id, revision: 2, price: '95000.00' });
      const unsubmit = await respond(runnerUp, opportunityId, criteria, { submit: false }).expect(409);
      expect(unsubmit.body.detail).toMatch(/^The response is submitted/);

      // Sealed until close; never another supplier's.
      expect((await http().get(`/api/v1/opportunities/${opportunityId}/responses`).set(as(MAIDSTONE)).expect(409)).body.code).toBe('RESPONSES_SEALED');
      await http().get(`/api/v1/opportunities/${opportunityId}/responses/${submitted.body.id}`).set(bearer(runnerUp.token)).expect(404);
      const own = await http().get(`/api/v1/opportunities/${opportunityId}/responses`).set(bearer(runnerUp.token)).expect(200);
      expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([first.body.id]);
      expect(own.body.items[0].evaluation).toBeUndefined();

      // Close: the lead only; then nothing changes.
      await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(ASHFORD)).expect(403);
      await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(LEEDS)).expect(403);
      const closed = await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(MAIDSTONE)).expect(200);
      expect(closed.body.status).toBe('closed');
      expect((await http().get(`/api/v1/joint-procurements/${procurementId}`).set(as(MAIDSTONE)).expect(200)).body.status).toBe('evaluating');
      expect((await respond(winner, opportunityId, criteria, { price: '1.00' }).expect(409)).body.detail).toMatch(/^The opportunity is closed/);
      expect((await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(MAIDSTONE)).expect(409)).body.detail).toMatch(/^The opportunity is closed/);
      await http().post(`/api/v1/opportunities/${opportunityId}/questions`).set(bearer(runnerUp.token)).send({ question: 'Late?' }).expect(409);

      // Another council learns nothing of the responses or their scores.
      await http().get(`/api/v1/opportunities/${opportunityId}/responses`).set(as(LEEDS)).expect(404);
      await http().get(`/api/v1/opportunities/${opportunityId}/responses/${submitted.body.id}`).set(as(LEEDS)).expect(404);
      await http().get(`/api/v1/opportunities/${opportunityId}/ranking`).set(as(LEEDS)).expect(404);
      const outsiderScore = await http()
        .post(`/api/v1/opportunities/${opportunityId}/responses/${submitted.body.id}/scores`)
        .set(as(LEEDS))
        .send({ scores: [{ criterionId: criteria[0], score: 1 }] })
        .expect(404);
      expect(outsiderScore.body.code).toBe('RESPONSE_NOT_FOUND');
      await http().get(`/api/v1/opportunities/${opportunityId}/responses/${draft.body.id}`).set(bearer(unlisted.token)).expect(404);

      // Both participating councils evaluate: weights 70 and 30.
      const score = (council: string, responseId: string, scores: [number, number?]) =>
        http()
          .post(`/api/v1/opportunities/${opportunityId}/responses/${responseId}/scores`)
          .set(as(council))
          .send({ scores: scores.flatMap((value, index) => (value === undefined ? [] : [{ criterionId: criteria[index], score: value }])) });
      expect(fieldsOf((await score(MAIDSTONE, submitted.body.id, [101]).expect(400)).body)).toEqual(['scores[0].score']);
      expect(fieldsOf((await score(MAIDSTONE, submitted.body.id, [-1]).expect(400)).body)).toEqual(['scores[0].score']);
      const partly = await score(ASHFORD, submitted.body.id, [80]).expect(200);
      expect(partly.body).toMatchObject({ status: 'submitted', evaluation: { weightedScore: 56, complete: false } });
      const fully = await score(ASHFORD, submitted.body.id, [80, 55]).expect(200);
      // 70 × 80 + 30 × 55 = 5600 + 1650 → 72.50
      expect(fully.body).toMatchObject({ status: 'scored', evaluation: { weightedScore: 72.5, complete: true } });
      await score(MAIDSTONE, first.body.id, [60, 90]).expect(200); // 42 + 27 = 69

      const all = await http().get(`/api/v1/opportunities/${opportunityId}/responses`).set(as(ASHFORD)).expect(200);
      expect(all.body.total).toBe(2);
      const ranking = await http().get(`/api/v1/opportunities/${opportunityId}/ranking`).set(as(MAIDSTONE)).expect(200);
      expect(ranking.body.items.map((entry: { rank: number; responseId: string; weightedScore: number }) => [entry.rank, entry.responseId, entry.weightedScore])).toEqual([
        [1, submitted.body.id, 72.5],
        [2, first.body.id, 69],
      ]);

      // Award: the lead only; the price split between Maidstone (100,000) and Ashford (50,000) to the penny.
      const awardBody = { responseId: submitted.body.id, startDate: dateFromNow(30), endDate: dateFromNow(30 + 730), extensionUntil: dateFromNow(30 + 1095) };
      await http().post(`/api/v1/opportunities/${opportunityId}/award`).set(as(ASHFORD)).send(awardBody).expect(403);
      expect(fieldsOf((await http().post(`/api/v1/opportunities/${opportunityId}/award`).set(as(MAIDSTONE)).send({ ...awardBody, responseId: randomUUID() }).expect(422)).body)).toEqual(['responseId']);
      const awarded = await http().post(`/api/v1/opportunities/${opportunityId}/award`).set(as(MAIDSTONE)).send(awardBody).expect(200);
      expect(awarded.body.contracts).toEqual([
        { council: { code: MAIDSTONE, name: 'Maidstone Borough Council' }, value: '66666.67' },
        { council: { code: ASHFORD, name: 'Ashford Borough Council' }, value: '33333.34' },
      ]);
      expect(awarded.body.opportunity).toMatchObject({
        status: 'awarded',
        award: { supplier: { id: winner.id, name: 'Weald Digital Ltd', isSme: true, isVcse: false }, value: '100000.01' },
      });
      const contracts: { council_code: string; value_pence: string; supplier_id: string; supplier_is_sme: boolean; end_date: string; extension_until: string; awarded_via: string }[] =
        await h.db.dataSource.query('SELECT * FROM contract WHERE award_id = $1 ORDER BY value_pence DESC', [awarded.body.awardId]);
      expect(contracts.map((c) => [c.council_code, c.value_pence, c.supplier_id, c.supplier_is_sme, c.awarded_via])).toEqual([
        [MAIDSTONE, '6666667', winner.id, true, 'framework'],
        [ASHFORD, '3333334', winner.id, true, 'framework'],
      ]);
      expect(contracts.reduce((sum, c) => sum + BigInt(c.value_pence), 0n)).toBe(10_000_001n);
      expect((await http().get(`/api/v1/joint-procurements/${procurementId}`).set(as(ASHFORD)).expect(200)).body.status).toBe('awarded');
      expect(await h.notificationKinds(winner.token)).toContain('opportunity.won');
      expect(await h.notificationKinds(runnerUp.token)).toContain('opportunity.not-won');
      expect(await h.flags('award-above-estimate', opportunityId)).toEqual([]);

      // The end of the road: nothing more to award, score or cancel.
      expect((await http().post(`/api/v1/opportunities/${opportunityId}/award`).set(as(MAIDSTONE)).send(awardBody).expect(409)).body.detail).toMatch(/^The opportunity is awarded/);
      expect((await score(MAIDSTONE, first.body.id, [1, 1]).expect(409)).body.detail).toMatch(/^The opportunity is awarded/);
      expect((await http().post(`/api/v1/opportunities/${opportunityId}/cancel`).set(as(MAIDSTONE)).send({ reason: 'Too late' }).expect(409)).body.detail).toMatch(
        /^The joint procurement is awarded/,
      );
    });

    it('refuses to score before close and to award an unscored response', async () => {
      const { opportunityId, criteria } = await publishedOpportunity();
      const response = await respond(winner, opportunityId, criteria).expect(200);
      const early = await http()
        .post(`/api/v1/opportunities/${opportunityId}/responses/${response.body.id}/scores`)
        .set(as(MAIDSTONE))
        .send({ scores: [{ criterionId: criteria[0], score: 50 }] })
        .expect(409);
      expect(early.body.detail).toMatch(/^The opportunity is open/);
      await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(MAIDSTONE)).expect(200);
      const award = await http()
        .post(`/api/v1/opportunities/${opportunityId}/award`)
        .set(as(MAIDSTONE))
        .send({ responseId: response.body.id, startDate: dateFromNow(10), endDate: dateFromNow(400) })
        .expect(409);
      expect(award.body.detail).toMatch(/^The response is submitted/);
    });
  });

  describe('integrity flags', () => {
    it('flags a short tender window, a single response at close and an award more than 20% above the estimate', async () => {
      // A single need of Maidstone (estimate £100,000) on the open route, closing in 3 days.
      const needId = await h.need(MAIDSTONE, '100000.00');
      const published = await http()
        .post('/api/v1/opportunities')
        .set(as(MAIDSTONE))
        .send({ ...h.draft({ closingAt: daysFromNow(3) }), needId })
        .expect(201);
      const opportunityId = published.body.id as string;
      expect(published.body.warnings.map((w: { code: string }) => w.code)).toEqual(['SHORT_TENDER_WINDOW']);
      expect(published.body.councils).toEqual([{ code: MAIDSTONE, name: 'Maidstone Borough Council' }]);
      const [window] = await h.flags('short-tender-window', opportunityId);
      expect(window.summary).toMatch(/gives suppliers 3\.0 days to respond, under the 10 expected/);

      // Any active supplier may respond on the open route, listed or not.
      const criteria = (published.body.criteria as { id: string }[]).map((c) => c.id);
      const response = await respond(unlisted, opportunityId, criteria, { price: '120000.01' }).expect(200);
      expect(response.body.listing).toBeNull();
      await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(MAIDSTONE)).expect(200);
      expect(await h.flags('single-response', opportunityId)).toHaveLength(1);

      await http()
        .post(`/api/v1/opportunities/${opportunityId}/responses/${response.body.id}/scores`)
        .set(as(MAIDSTONE))
        .send({ scores: criteria.map((criterionId) => ({ criterionId, score: 50 })) })
        .expect(200);
      const awarded = await http()
        .post(`/api/v1/opportunities/${opportunityId}/award`)
        .set(as(MAIDSTONE))
        .send({ responseId: response.body.id, startDate: dateFromNow(10), endDate: dateFromNow(400) })
        .expect(200);
      expect(awarded.body.contracts).toEqual([{ council: { code: MAIDSTONE, name: 'Maidstone Borough Council' }, value: '120000.01' }]);
      const [above] = await h.flags('award-above-estimate', opportunityId);
      expect(above).toMatchObject({ details: expect.objectContaining({ value: '120000.01', estimate: '100000.00' }) });
    });

    it('raises none of them for a fair competition', async () => {
      const { opportunityId, criteria } = await publishedOpportunity();
      await respond(winner, opportunityId, criteria).expect(200);
      await respond(runnerUp, opportunityId, criteria).expect(200);
      await http().post(`/api/v1/opportunities/${opportunityId}/close`).set(as(MAIDSTONE)).expect(200);
      expect(await h.flags('short-tender-window', opportunityId)).toEqual([]);
      expect(await h.flags('single-response', opportunityId)).toEqual([]);
    });
  });

  it('documents every route, body and answer in the OpenAPI document', async () => {
    const document = (await http().get('/api/openapi.json').expect(200)).body;
    const operations: [string, string][] = [
      ['/api/v1/joint-procurements', 'post'],
      ['/api/v1/joint-procurements/{id}', 'get'],
      ['/api/v1/joint-procurements/{id}/invitations', 'post'],
      ['/api/v1/joint-procurements/{id}/invitations/{invitationId}/accept', 'post'],
      ['/api/v1/joint-procurements/{id}/invitations/{invitationId}/decline', 'post'],
      ['/api/v1/joint-procurements/{id}/invitations/{invitationId}/withdraw', 'post'],
      ['/api/v1/joint-procurements/{id}/cancel', 'post'],
      ['/api/v1/joint-procurements/{id}/publish', 'post'],
      ['/api/v1/opportunities', 'post'],
      ['/api/v1/opportunities', 'get'],
      ['/api/v1/opportunities/lint', 'post'],
      ['/api/v1/opportunities/{id}', 'get'],
      ['/api/v1/opportunities/{id}/lint', 'get'],
      ['/api/v1/opportunities/{id}/close', 'post'],
      ['/api/v1/opportunities/{id}/cancel', 'post'],
      ['/api/v1/opportunities/{id}/ranking', 'get'],
      ['/api/v1/opportunities/{id}/award', 'post'],
      ['/api/v1/opportunities/{id}/questions', 'post'],
      ['/api/v1/opportunities/{id}/questions', 'get'],
      ['/api/v1/opportunities/{id}/questions/{qid}/answer', 'post'],
      ['/api/v1/opportunities/{id}/responses', 'post'],
      ['/api/v1/opportunities/{id}/responses', 'get'],
      ['/api/v1/opportunities/{id}/responses/{rid}', 'get'],
      ['/api/v1/opportunities/{id}/responses/{rid}/scores', 'post'],
    ];
    for (const [path, method] of operations) {
      const operation = document.paths[path]?.[method];
      expect(operation).toBeDefined();
      const success = operation.responses['200'] ?? operation.responses['201'];
      expect(success.content['application/json'].schema).toBeDefined();
      expect(Object.keys(operation.responses).some((status) => status.startsWith('4'))).toBe(true);
    }
    const schemas = document.components.schemas;
    expect(schemas.OpportunityDraftRequestDto.properties.route.enum).toEqual(['framework', 'open']);
    expect(Object.keys(schemas.PublishedOpportunityResponseDto.properties)).toEqual(expect.arrayContaining(['warnings', 'criteria', 'award']));
    expect(schemas.JointProcurementResponseDto.properties.status.enum).toEqual(['forming', 'published', 'evaluating', 'awarded', 'cancelled']);
    expect(schemas.BidResponseDto.properties.status.enum).toEqual(['draft', 'submitted', 'scored']);
  });
});
