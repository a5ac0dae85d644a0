import { bearer, CatalogueApiHarness, fieldsOf } from './catalogue-api.test-harness';

interface QueueItem {
  listingId: string;
  kind: string;
  version: number;
  qualityScore: number;
  qualityMissing: string[];
  changes: { field: string; before: unknown; after: unknown }[];
}

describe('Moderation API', () => {
  let api: CatalogueApiHarness;
  let framework: string;

  beforeAll(async () => {
    api = await CatalogueApiHarness.start();
    framework = await api.framework('open');
  });

  afterAll(() => api?.close());

  const admin = () => bearer(api.adminToken);
  const queue = async (): Promise<QueueItem[]> =>
    (await api.http().get('/api/v1/admin/moderation').query({ pageSize: 100 }).set(admin()).expect(200)).body.items;
  const notificationsOf = async (token: string) =>
    (await api.http().get('/api/v1/notifications').set(bearer(token)).expect(200)).body.items as { kind: string; title: string; body: string }[];
  const auditOf = async (id: string) =>
    ((await api.http().get('/api/v1/admin/audit').query({ objectId: id, pageSize: 100 }).set(admin()).expect(200)).body.items as { action: string }[])
      .map((event) => event.action)
      .reverse();

  async function submitted(token: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const id = await api.createListing(token, api.completeListing(framework, overrides));
    await api.http().post(`/api/v1/listings/${id}/submit`).set(bearer(token)).expect(200);
    return id;
  }

  describe('GET /admin/moderation', () => {
    it('lists submissions and revisions, best quality first then oldest first, each revision with its diff', async () => {
      const { token } = await api.supplier();
      const olderFull = await submitted(token);
      const partial = await submitted(token, { benefits: [], standards: {} });
      const newerFull = await submitted(token, { name: 'Payroll, newer' });
      const published = await submitted(token, { name: 'Published payroll' });
      await api.http().post(`/api/v1/admin/listings/${published}/approve`).set(admin()).expect(200);
      await api
        .http()
        .patch(`/api/v1/listings/${published}`)
        .set(bearer(token))
        .send({ summary: 'Revised summary.', categories: ['payroll', 'budgeting'], standards: { openApi: false, dataExportFormats: [] } })
        .expect(200);

      const mine = (await queue()).filter((item) => [olderFull, partial, newerFull, published].includes(item.listingId));
      expect(mine.map((item) => [item.listingId, item.kind, item.qualityScore])).toEqual([
        [olderFull, 'submission', 100],
        [newerFull, 'submission', 100],
        [published, 'revision', 95],
        [partial, 'submission', 75],
      ]);
      expect(mine[0].changes).toEqual([]);
      expect(mine[2]).toMatchObject({ version: 2, qualityMissing: ['standards.dataExportFormats'] });
      expect(mine[2].changes).toEqual([
        { field: 'summary', before: expect.stringContaining('HMRC'), after: 'Revised summary.' },
        { field: 'categories', before: ['Payroll'], after: ['Payroll', 'Budgeting'] },
        { field: 'standards.openApi', before: true, after: false },
        { field: 'standards.dataExportFormats', before: ['CSV'], after: [] },
      ]);
      expect(mine[3].qualityMissing).toEqual(['benefits', 'standards.accessibilityStatementUrl', 'standards.dataExportFormats', 'standards.openStandards']);
    });

    it('is for administrators only, and checks the page', async () => {
      await api.http().get('/api/v1/admin/moderation').expect(401);
      const { token } = await api.supplier();
      await api.http().get('/api/v1/admin/moderation').set(bearer(token)).expect(403);
      expect(fieldsOf((await api.http().get('/api/v1/admin/moderation').query({ pageSize: 0 }).set(admin()).expect(400)).body)).toEqual(['pageSize']);
      const paged = await api.http().get('/api/v1/admin/moderation').query({ pageSize: 1 }).set(admin()).expect(200);
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.total).toBeGreaterThan(1);
    });
  });

  describe('decisions', () => {
    it('approve publishes a submission, audits it and tells every user of the supplier', async () => {
      const { token } = await api.supplier();
      const id = await submitted(token);
      const approved = await api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()).expect(200);
      expect(approved.body).toMatchObject({ status: 'published', version: 1 });
      expect(approved.body.publishedAt).toEqual(expect.any(String));
      expect(await auditOf(id)).toEqual(['listing.created', 'listing.submitted', 'listing.approved']);
      expect(await notificationsOf(token)).toEqual([expect.objectContaining({ kind: 'listing.approved', title: '"Payroll for councils" is published' })]);
      expect((await queue()).map((item) => item.listingId)).not.toContain(id);
    });

    it('reject needs a reason, which the supplier is told and the history keeps', async () => {
      const { token } = await api.supplier();
      const id = await submitted(token);
      const reject = (body: object) => api.http().post(`/api/v1/admin/listings/${id}/reject`).set(admin()).send(body);
      expect(fieldsOf((await reject({}).expect(400)).body)).toEqual(['reason']);
      expect(fieldsOf((await reject({ reason: '' }).expect(400)).body)).toEqual(['reason']);
      expect(fieldsOf((await reject({ reason: '   ' }).expect(422)).body)).toEqual(['reason']);
      expect(fieldsOf((await reject({ reason: 'x'.repeat(1001) }).expect(400)).body)).toEqual(['reason']);
      await reject({ reason: 'Say what one payslip costs' }).expect(200);
      const [notice] = await notificationsOf(token);
      expect(notice).toMatchObject({ kind: 'listing.rejected', body: expect.stringContaining('Reason: Say what one payslip costs') });
      const history = await api.http().get(`/api/v1/listings/${id}/history`).set(bearer(token)).expect(200);
      expect(history.body.items[0]).toMatchObject({ state: 'rejected', reason: 'Say what one payslip costs', decidedAt: expect.any(String) });
    });

    it('rejecting a revision keeps the published text; approving one supersedes it', async () => {
      const owner = await api.supplier();
      const { id } = await api.publishedListing(owner.token);
      await api.http().patch(`/api/v1/listings/${id}`).set(bearer(owner.token)).send({ name: 'Payroll (renamed)' }).expect(200);
      const rejected = await api.http().post(`/api/v1/admin/listings/${id}/reject`).set(admin()).send({ reason: 'Keep the old name' }).expect(200);
      expect(rejected.body).toMatchObject({ status: 'published', name: 'Payroll for councils', version: 1, pendingRevision: null });
      expect((await api.http().get(`/api/v1/listings/${id}`).expect(200)).body.name).toBe('Payroll for councils');
      expect((await notificationsOf(owner.token))[0].kind).toBe('listing.revision-rejected');

      await api.http().patch(`/api/v1/listings/${id}`).set(bearer(owner.token)).send({ name: 'Payroll and pensions' }).expect(200);
      const approved = await api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()).expect(200);
      expect(approved.body).toMatchObject({ name: 'Payroll and pensions', version: 3, pendingRevision: null });
      expect((await notificationsOf(owner.token))[0]).toMatchObject({ kind: 'listing.revision-approved', title: 'Your changes to "Payroll and pensions" are published' });
      const history = await api.http().get(`/api/v1/listings/${id}/history`).set(admin()).expect(200);
      expect(history.body.items.map((item: { version: number; state: string }) => [item.version, item.state])).toEqual([
        [3, 'published'],
        [2, 'rejected'],
        [1, 'superseded'],
      ]);
      expect(await auditOf(id)).toEqual([
        'listing.created',
        'listing.submitted',
        'listing.approved',
        'listing.revision-submitted',
        'listing.revision-rejected',
        'listing.revision-submitted',
        'listing.revision-approved',
      ]);
    });

    it('suspend hides a published listing and reinstate brings it back, each told and audited', async () => {
      const owner = await api.supplier();
      const { id } = await api.publishedListing(owner.token);
      const suspended = await api.http().post(`/api/v1/admin/listings/${id}/suspend`).set(admin()).send({ reason: 'Complaint under review' }).expect(200);
      expect(suspended.body.status).toBe('suspended');
      await api.http().get(`/api/v1/listings/${id}`).expect(404);
      // A suspended listing cannot be changed by its supplier.
      expect((await api.http().patch(`/api/v1/listings/${id}`).set(bearer(owner.token)).send({ name: 'x' }).expect(409)).body.detail).toContain('is suspended');
      await api.http().post(`/api/v1/admin/listings/${id}/suspend`).set(admin()).send({}).expect(409);
      await api.http().post(`/api/v1/admin/listings/${id}/reinstate`).set(admin()).send({}).expect(200);
      await api.http().get(`/api/v1/listings/${id}`).expect(200);
      await api.http().post(`/api/v1/admin/listings/${id}/reinstate`).set(admin()).send({}).expect(409);
      const kinds = (await notificationsOf(owner.token)).map((notice) => notice.kind);
      expect(kinds.slice(0, 2)).toEqual(['listing.reinstated', 'listing.suspended']);
      expect((await auditOf(id)).slice(-2)).toEqual(['listing.suspended', 'listing.reinstated']);
    });

    it('revert republishes an earlier version as a new one and keeps every version', async () => {
      const owner = await api.supplier();
      const { id } = await api.publishedListing(owner.token);
      await api.http().patch(`/api/v1/listings/${id}`).set(bearer(owner.token)).send({ summary: 'A worse summary.' }).expect(200);
      const revert = (body: object) => api.http().post(`/api/v1/admin/listings/${id}/revert`).set(admin()).send(body);
      expect((await revert({ version: 1 }).expect(409)).body.detail).toContain('with a revision awaiting moderation');
      await api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()).expect(200);

      expect(fieldsOf((await revert({}).expect(400)).body)).toEqual(['version']);
      expect(fieldsOf((await revert({ version: 'one' }).expect(400)).body)).toEqual(['version']);
      expect(fieldsOf((await revert({ version: 0 }).expect(400)).body)).toEqual(['version']);
      expect(fieldsOf((await revert({ version: 99_999_999_999 }).expect(400)).body)).toEqual(['version']);
      expect(fieldsOf((await revert({ version: 9 }).expect(422)).body)).toEqual(['version']);
      expect(fieldsOf((await revert({ version: 2 }).expect(422)).body)).toEqual(['version']);

      const reverted = await revert({ version: 1, reason: 'The new summary misleads' }).expect(200);
      expect(reverted.body).toMatchObject({ status: 'published', version: 3 });
      expect(reverted.body.summary).toContain('HMRC');
      expect((await api.http().get(`/api/v1/listings/${id}`).expect(200)).body.summary).toContain('HMRC');
      const history = await api.http().get(`/api/v1/listings/${id}/history`).set(bearer(owner.token)).expect(200);
      expect(history.body.items.map((item: { version: number; state: string; reason: string | null }) => [item.version, item.state, item.reason])).toEqual([
        [3, 'published', 'Reverted to version 1: The new summary misleads'],
        [2, 'superseded', null],
        [1, 'superseded', null],
      ]);
      // A version that was never published cannot be restored.
      await api.http().patch(`/api/v1/listings/${id}`).set(bearer(owner.token)).send({ summary: 'Try again.' }).expect(200);
      await api.http().post(`/api/v1/admin/listings/${id}/reject`).set(admin()).send({ reason: 'No' }).expect(200);
      expect((await revert({ version: 4 }).expect(422)).body.errors[0].message).toContain('never published');
      expect((await auditOf(id)).filter((action) => action === 'listing.reverted')).toHaveLength(1);
      expect((await notificationsOf(owner.token)).map((notice) => notice.kind)).toContain('listing.reverted');
    });

    it('are for administrators only, and tell a malformed id (400) from an unknown one (404)', async () => {
      const { token } = await api.supplier();
      const id = await submitted(token);
      const bodies: Record<string, object> = { approve: {}, reject: { reason: 'r' }, suspend: {}, reinstate: {}, revert: { version: 1 } };
      for (const [action, body] of Object.entries(bodies)) {
        await api.http().post(`/api/v1/admin/listings/${id}/${action}`).send(body).expect(401);
        await api.http().post(`/api/v1/admin/listings/${id}/${action}`).set(bearer(token)).send(body).expect(403);
        const malformed = await api.http().post(`/api/v1/admin/listings/nope/${action}`).set(admin()).send(body).expect(400);
        expect(fieldsOf(malformed.body)).toEqual(['id']);
        await api.http().post(`/api/v1/admin/listings/00000000-0000-4000-8000-000000000000/${action}`).set(admin()).send(body).expect(404);
      }
      expect(fieldsOf((await api.http().post(`/api/v1/admin/listings/${id}/suspend`).set(admin()).send({ why: 'x' }).expect(400)).body)).toEqual(['why']);
      expect((await api.http().get(`/api/v1/listings/${id}`).set(bearer(token)).expect(200)).body.status).toBe('submitted');
    });
  });
});
