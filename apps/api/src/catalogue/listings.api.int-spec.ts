import { bearer, CatalogueApiHarness, fieldsOf } from './catalogue-api.test-harness';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('Listings API', () => {
  let api: CatalogueApiHarness;
  let framework: string;

  beforeAll(async () => {
    api = await CatalogueApiHarness.start();
    framework = await api.framework('open');
  });

  afterAll(() => api?.close());

  const admin = () => bearer(api.adminToken);
  const listing = (overrides: Record<string, unknown> = {}) => api.completeListing(framework, overrides);

  describe('POST /listings', () => {
    it('drafts a listing for a supplier user, with the supplier facts copied and content normalised', async () => {
      const { token, id: supplierId } = await api.supplier({ name: 'Medway Code Co-operative', isVcse: true });
      const response = await api.http().post('/api/v1/listings').set(bearer(token)).send(listing()).expect(201);
      expect(response.body).toMatchObject({
        status: 'draft',
        version: 1,
        name: 'Payroll for councils',
        supplier: { id: supplierId, name: 'Medway Code Co-operative', isSme: true, isVcse: true },
        framework: { slug: framework, status: 'open' },
        lot: { slug: 'software', name: 'Software' },
        cpvCodes: ['72260000'],
        pricing: { min: '1.50', max: '4.00', unit: 'per payslip' },
        standards: { openSource: true, cyberEssentials: 'plus', iso27001: false },
        quality: { score: 0, missing: [] },
        pendingRevision: null,
        publishedAt: null,
      });
      expect(response.body.categories).toEqual([expect.objectContaining({ slug: 'payroll', name: 'Payroll', parentName: 'Finance' })]);
      const [row] = await api.db.dataSource.query(`SELECT supplier_local_to, supplier_active FROM listing WHERE id = $1`, [response.body.id]);
      expect(row.supplier_active).toBe(true);
      expect(row.supplier_local_to).toEqual(expect.arrayContaining(['E07000110', 'E10000016']));
    });

    it('needs only a name for a draft', async () => {
      const { token } = await api.supplier();
      const response = await api.http().post('/api/v1/listings').set(bearer(token)).send({ framework, lot: 'hosting', name: 'Storage' }).expect(201);
      expect(response.body).toMatchObject({ name: 'Storage', summary: '', features: [], categories: [], pricing: null });
    });

    it('needs a signed-in supplier user with a profile: 401 anonymous, 403 buyer or administrator, 409 without a profile', async () => {
      await api.http().post('/api/v1/listings').send(listing()).expect(401);
      await api.http().post('/api/v1/listings').set(bearer(await api.buyerToken())).send(listing()).expect(403);
      await api.http().post('/api/v1/listings').set(admin()).send(listing()).expect(403);
      const noProfile = await api.http().post('/api/v1/listings').set(bearer(await api.supplierUserToken())).send(listing()).expect(409);
      expect(noProfile.body.code).toBe('SUPPLIER_PROFILE_REQUIRED');
    });

    it('needs an open framework and one of its lots', async () => {
      const { token } = await api.supplier();
      const post = (body: object) => api.http().post('/api/v1/listings').set(bearer(token)).send(body);
      const live = await post(listing({ framework: 'g-cloud-13', lot: 'cloud-software', categories: [] })).expect(422);
      expect(fieldsOf(live.body)).toEqual(['framework']);
      expect(live.body.detail).toContain('is live');
      const coming = await api.framework('coming');
      expect(fieldsOf((await post(listing({ framework: coming })).expect(422)).body)).toEqual(['framework']);
      expect(fieldsOf((await post(listing({ framework: 'no-such-framework' })).expect(422)).body)).toEqual(['framework']);
      expect(fieldsOf((await post(listing({ lot: 'cloud-software' })).expect(422)).body)).toEqual(['lot']);
    });

    it('answers bad bodies with 400 or 422 naming every field', async () => {
      const { token } = await api.supplier();
      const post = (body: object) => api.http().post('/api/v1/listings').set(bearer(token)).send(body);
      expect(fieldsOf((await post({ framework, lot: 'software' }).expect(400)).body)).toEqual(['name']);
      expect(fieldsOf((await post(listing({ name: 'x'.repeat(121) })).expect(400)).body)).toEqual(['name']);
      expect(fieldsOf((await post(listing({ features: 'one' })).expect(400)).body)).toEqual(['features']);
      expect(fieldsOf((await post(listing({ features: Array(21).fill('f') })).expect(400)).body)).toEqual(['features']);
      expect(fieldsOf((await post(listing({ features: ['x'.repeat(201)] })).expect(400)).body)).toEqual(['features']);
      expect(fieldsOf((await post(listing({ pricing: { min: 5, max: '6', unit: 'each' } })).expect(400)).body)).toEqual(['pricing.min']);
      expect(fieldsOf((await post(listing({ standards: { ukHosting: 'yes' } })).expect(400)).body)).toEqual(['standards.ukHosting']);
      expect(fieldsOf((await post(listing({ standards: { cyberEssentials: 'gold' } })).expect(400)).body)).toEqual(['standards.cyberEssentials']);
      expect(fieldsOf((await post(listing({ supplierName: 'Someone else' })).expect(400)).body)).toEqual(['supplierName']);
      expect(fieldsOf((await post(listing({ status: 'published' })).expect(400)).body)).toEqual(['status']);
      const rules = await post(
        listing({
          categories: ['payroll', 'budgeting', 'case-management', 'nope'],
          cpvCodes: ['99999999', 'abc'],
          pricing: { min: '1.234', max: '2', unit: 'each' },
          standards: { accessibilityStatementUrl: 'http://example.com/a11y' },
        }),
      ).expect(422);
      expect(fieldsOf(rules.body)).toEqual(['categories[3]', 'categories', 'cpvCodes[0]', 'cpvCodes[1]', 'pricing.min', 'standards.accessibilityStatementUrl']);
      const wrongLot = await post(listing({ lot: 'hosting', categories: ['payroll'] })).expect(422);
      expect(wrongLot.body.errors[0].message).toContain('is not a category of lot hosting');
    });
  });

  describe('visibility', () => {
    it('shows a draft to its supplier and administrators only; anyone else gets 404', async () => {
      const owner = await api.supplier();
      const other = await api.supplier();
      const id = await api.createListing(owner.token, listing());
      await api.http().get(`/api/v1/listings/${id}`).set(bearer(owner.token)).expect(200);
      expect((await api.http().get(`/api/v1/listings/${id}`).set(admin()).expect(200)).body).toHaveProperty('quality');
      await api.http().get(`/api/v1/listings/${id}`).set(bearer(other.token)).expect(404);
      await api.http().get(`/api/v1/listings/${id}`).set(bearer(await api.buyerToken())).expect(404);
      await api.http().get(`/api/v1/listings/${id}`).expect(404);
    });

    it('lets no other supplier change, submit, withdraw or read the history of a listing (404), and changes nothing', async () => {
      const owner = await api.supplier();
      const other = await api.supplier();
      const id = await api.createListing(owner.token, listing());
      const as = bearer(other.token);
      await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ name: 'Mine now' }).expect(404);
      await api.http().post(`/api/v1/listings/${id}/submit`).set(as).expect(404);
      await api.http().post(`/api/v1/listings/${id}/withdraw`).set(as).expect(404);
      await api.http().get(`/api/v1/listings/${id}/history`).set(as).expect(404);
      await api.http().get(`/api/v1/listings/${id}/history`).set(bearer(await api.buyerToken())).expect(404);
      await api.http().patch(`/api/v1/listings/${id}`).set(admin()).send({ name: 'Admin edit' }).expect(403);
      const after = await api.http().get(`/api/v1/listings/${id}`).set(bearer(owner.token)).expect(200);
      expect(after.body).toMatchObject({ name: 'Payroll for councils', status: 'draft' });
    });

    it('shows buyers and the public a listing only once it is published and its framework is live', async () => {
      const owner = await api.supplier();
      const openFramework = await api.framework('open');
      const id = await api.createListing(owner.token, api.completeListing(openFramework));
      const buyer = bearer(await api.buyerToken());
      await api.http().post(`/api/v1/listings/${id}/submit`).set(bearer(owner.token)).expect(200);
      await api.http().get(`/api/v1/listings/${id}`).set(buyer).expect(404);
      await api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()).expect(200);
      // Published, but the framework is still open: not yet for buyers.
      await api.http().get(`/api/v1/listings/${id}`).set(buyer).expect(404);
      await api.setFrameworkStatus(openFramework, 'live');
      const seen = await api.http().get(`/api/v1/listings/${id}`).set(buyer).expect(200);
      expect(seen.body).toMatchObject({ status: 'published', name: 'Payroll for councils' });
      expect(seen.body).not.toHaveProperty('quality');
      expect(seen.body).not.toHaveProperty('pendingRevision');
      await api.http().get(`/api/v1/listings/${id}`).expect(200);
      // Suspended, or on an expired framework: gone again, except for the owner and administrators.
      await api.http().post(`/api/v1/admin/listings/${id}/suspend`).set(admin()).send({}).expect(200);
      await api.http().get(`/api/v1/listings/${id}`).expect(404);
      await api.http().post(`/api/v1/admin/listings/${id}/reinstate`).set(admin()).send({}).expect(200);
      await api.http().get(`/api/v1/listings/${id}`).expect(200);
      await api.setFrameworkStatus(openFramework, 'expired');
      await api.http().get(`/api/v1/listings/${id}`).set(buyer).expect(404);
      await api.http().get(`/api/v1/listings/${id}`).set(bearer(owner.token)).expect(200);
      await api.http().get(`/api/v1/listings/${id}`).set(admin()).expect(200);
    });

    it('hides a published listing once its supplier is inactive', async () => {
      const owner = await api.supplier();
      const { id } = await api.publishedListing(owner.token);
      await api.http().get(`/api/v1/listings/${id}`).expect(200);
      await api.db.dataSource.query(`UPDATE listing SET supplier_active = false WHERE id = $1`, [id]);
      await api.http().get(`/api/v1/listings/${id}`).expect(404);
      await api.http().get(`/api/v1/listings/${id}`).set(bearer(owner.token)).expect(200);
    });

    it('tells a malformed id (400) from an unknown one (404) on every route', async () => {
      const { token } = await api.supplier();
      const as = bearer(token);
      expect(fieldsOf((await api.http().get('/api/v1/listings/not-a-uuid').expect(400)).body)).toEqual(['id']);
      expect(fieldsOf((await api.http().patch('/api/v1/listings/123').set(as).send({}).expect(400)).body)).toEqual(['id']);
      expect(fieldsOf((await api.http().post('/api/v1/listings/123/submit').set(as).expect(400)).body)).toEqual(['id']);
      expect(fieldsOf((await api.http().post('/api/v1/listings/123/withdraw').set(as).expect(400)).body)).toEqual(['id']);
      expect(fieldsOf((await api.http().get('/api/v1/listings/123/history').set(as).expect(400)).body)).toEqual(['id']);
      await api.http().get(`/api/v1/listings/${UNKNOWN_ID}`).expect(404);
      await api.http().patch(`/api/v1/listings/${UNKNOWN_ID}`).set(as).send({ name: 'x' }).expect(404);
      await api.http().post(`/api/v1/listings/${UNKNOWN_ID}/submit`).set(as).expect(404);
    });
  });

  describe('editing and submitting', () => {
    it('edits a draft in place: same version, fields left out kept, standards changed one by one', async () => {
      const { token } = await api.supplier();
      const id = await api.createListing(token, listing());
      const response = await api
        .http()
        .patch(`/api/v1/listings/${id}`)
        .set(bearer(token))
        .send({ summary: 'A better summary.', standards: { iso27001: true }, pricing: null })
        .expect(200);
      expect(response.body).toMatchObject({
        version: 1,
        status: 'draft',
        summary: 'A better summary.',
        name: 'Payroll for councils',
        pricing: null,
        standards: { iso27001: true, openSource: true, ukHosting: true },
      });
      const history = await api.http().get(`/api/v1/listings/${id}/history`).set(bearer(token)).expect(200);
      expect(history.body.total).toBe(1);
      expect(history.body.items[0].content.summary).toBe('A better summary.');
      expect(fieldsOf((await api.http().patch(`/api/v1/listings/${id}`).set(bearer(token)).send({ name: null }).expect(422)).body)).toEqual(['name']);
      expect(fieldsOf((await api.http().patch(`/api/v1/listings/${id}`).set(bearer(token)).send({ lot: 'hosting' }).expect(400)).body)).toEqual(['lot']);
      expect(fieldsOf((await api.http().patch(`/api/v1/listings/${id}`).set(bearer(token)).send({ cpvCodes: ['12'] }).expect(422)).body)).toEqual(['cpvCodes[0]']);
    });

    it('refuses to submit until every quality check passes, naming every failure (422)', async () => {
      const { token } = await api.supplier();
      const id = await api.createListing(token, { framework, lot: 'software', name: 'The best in class payroll' });
      const refused = await api.http().post(`/api/v1/listings/${id}/submit`).set(bearer(token)).expect(422);
      expect(refused.body.code).toBe('LISTING_QUALITY');
      expect(fieldsOf(refused.body)).toEqual(['summary', 'description', 'features', 'categories', 'cpvCodes', 'pricing', 'name']);
      expect(refused.body.errors.at(-1).message).toContain('"best in class"');

      await api
        .http()
        .patch(`/api/v1/listings/${id}`)
        .set(bearer(token))
        .send({ ...listing({ name: 'Payroll', features: ['Guaranteed savings'], pricing: { min: '10.00', max: '5.00', unit: 'each' } }), framework: undefined, lot: undefined })
        .expect(200);
      const again = await api.http().post(`/api/v1/listings/${id}/submit`).set(bearer(token)).expect(422);
      expect(fieldsOf(again.body)).toEqual(['features[0]', 'pricing.max']);
      expect((await api.http().get(`/api/v1/listings/${id}`).set(bearer(token)).expect(200)).body.status).toBe('draft');
    });

    it('submits a listing that passes, keeping its score and what is missing', async () => {
      const { token } = await api.supplier();
      const id = await api.createListing(token, listing({ benefits: [], standards: { openSource: true } }));
      const response = await api.http().post(`/api/v1/listings/${id}/submit`).set(bearer(token)).expect(200);
      expect(response.body).toMatchObject({
        status: 'submitted',
        quality: { score: 75, missing: ['benefits', 'standards.accessibilityStatementUrl', 'standards.dataExportFormats', 'standards.openStandards'] },
      });
      expect(response.body.submittedAt).toEqual(expect.any(String));
    });

    it('answers every forbidden transition with 409 naming the current state', async () => {
      const { token } = await api.supplier();
      const as = bearer(token);
      const id = await api.createListing(token, listing());
      const conflict = async (request: Promise<{ status: number; body: { detail: string } }>, state: string) => {
        const response = await request;
        expect(response.status).toBe(409);
        expect(response.body.detail).toContain(`The listing is ${state}`);
      };
      await conflict(api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()), 'draft');
      await conflict(api.http().post(`/api/v1/admin/listings/${id}/suspend`).set(admin()).send({}), 'draft');
      await api.http().post(`/api/v1/listings/${id}/submit`).set(as).expect(200);
      await conflict(api.http().post(`/api/v1/listings/${id}/submit`).set(as), 'submitted');
      await conflict(api.http().patch(`/api/v1/listings/${id}`).set(as).send({ name: 'Changed' }), 'submitted');
      await conflict(api.http().post(`/api/v1/admin/listings/${id}/reinstate`).set(admin()).send({}), 'submitted');
      await conflict(api.http().post(`/api/v1/admin/listings/${id}/revert`).set(admin()).send({ version: 1 }), 'submitted');
      await api.http().post(`/api/v1/admin/listings/${id}/reject`).set(admin()).send({ reason: 'Say what a payslip costs' }).expect(200);
      await conflict(api.http().post(`/api/v1/listings/${id}/submit`).set(as), 'rejected');
      await conflict(api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()), 'rejected');
      await api.http().post(`/api/v1/listings/${id}/withdraw`).set(as).expect(200);
      await conflict(api.http().post(`/api/v1/listings/${id}/withdraw`).set(as), 'withdrawn');
      await conflict(api.http().patch(`/api/v1/listings/${id}`).set(as).send({ name: 'Back' }), 'withdrawn');
    });

    it('lets a rejected listing be edited back to a draft (same version) and submitted again', async () => {
      const { token } = await api.supplier();
      const as = bearer(token);
      const id = await api.createListing(token, listing());
      await api.http().post(`/api/v1/listings/${id}/submit`).set(as).expect(200);
      const rejected = await api.http().post(`/api/v1/admin/listings/${id}/reject`).set(admin()).send({ reason: 'Name the pension schemes' }).expect(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Name the pension schemes' });
      const edited = await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ features: ['LGPS and Teachers’ Pensions returns'] }).expect(200);
      expect(edited.body).toMatchObject({ status: 'draft', version: 1, rejectionReason: 'Name the pension schemes' });
      const resubmitted = await api.http().post(`/api/v1/listings/${id}/submit`).set(as).expect(200);
      expect(resubmitted.body).toMatchObject({ status: 'submitted', rejectionReason: null });
      await api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()).expect(200);
    });

    it('keeps the published text live while an edit waits as a pending revision, and keeps every version', async () => {
      const owner = await api.supplier();
      const as = bearer(owner.token);
      const { id } = await api.publishedListing(owner.token);
      const revised = await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ summary: 'Now with pensions.' }).expect(200);
      expect(revised.body).toMatchObject({ status: 'published', version: 1, pendingRevision: { version: 2, summary: 'Now with pensions.' } });
      expect(revised.body.summary).toContain('HMRC real-time information');
      // Buyers still see the published text.
      expect((await api.http().get(`/api/v1/listings/${id}`).expect(200)).body.summary).toContain('HMRC real-time information');
      // A second edit before moderation replaces the pending revision; the replaced one is kept.
      const replaced = await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ summary: 'Now with pensions and expenses.' }).expect(200);
      expect(replaced.body.pendingRevision).toMatchObject({ version: 3, summary: 'Now with pensions and expenses.' });
      // A revision must pass the quality checks like a submission.
      const bad = await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ summary: 'Market-leading payroll' }).expect(422);
      expect(fieldsOf(bad.body)).toEqual(['summary']);

      await api.http().post(`/api/v1/admin/listings/${id}/approve`).set(admin()).expect(200);
      const live = await api.http().get(`/api/v1/listings/${id}`).expect(200);
      expect(live.body).toMatchObject({ version: 3, summary: 'Now with pensions and expenses.' });

      const history = await api.http().get(`/api/v1/listings/${id}/history`).set(as).expect(200);
      expect(history.body.items.map((item: { version: number; state: string; current: boolean }) => [item.version, item.state, item.current])).toEqual([
        [3, 'published', true],
        [2, 'withdrawn', false],
        [1, 'superseded', false],
      ]);
      expect(history.body.items[1].reason).toBe('Replaced by version 3 before moderation');
      expect(history.body.items[2].content.summary).toContain('HMRC real-time information');
      const adminHistory = await api.http().get(`/api/v1/listings/${id}/history`).query({ pageSize: 1, page: 2 }).set(admin()).expect(200);
      expect(adminHistory.body).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [expect.objectContaining({ version: 2 })] });
    });

    it('withdraws a published listing with its pending revision, for good', async () => {
      const owner = await api.supplier();
      const as = bearer(owner.token);
      const { id } = await api.publishedListing(owner.token);
      await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ name: 'Payroll and HR' }).expect(200);
      const withdrawn = await api.http().post(`/api/v1/listings/${id}/withdraw`).set(as).expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', pendingRevision: null });
      await api.http().get(`/api/v1/listings/${id}`).expect(404);
      const history = await api.http().get(`/api/v1/listings/${id}/history`).set(as).expect(200);
      expect(history.body.items.map((item: { state: string }) => item.state)).toEqual(['withdrawn', 'withdrawn']);
      const queue = await api.http().get('/api/v1/admin/moderation').query({ pageSize: 100 }).set(admin()).expect(200);
      expect(queue.body.items.map((item: { listingId: string }) => item.listingId)).not.toContain(id);
    });

    it('freezes listings on an expired framework and of a suspended supplier (409)', async () => {
      const owner = await api.supplier();
      const as = bearer(owner.token);
      const { id, framework: live } = await api.publishedListing(owner.token);
      await api.http().post(`/api/v1/admin/suppliers/${owner.id}/suspend`).set(admin()).send({}).expect(200);
      expect((await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ name: 'x' }).expect(409)).body.code).toBe('SUPPLIER_SUSPENDED');
      expect((await api.http().post('/api/v1/listings').set(as).send(listing()).expect(409)).body.code).toBe('SUPPLIER_SUSPENDED');
      await api.http().post(`/api/v1/admin/suppliers/${owner.id}/reinstate`).set(admin()).send({}).expect(200);
      await api.setFrameworkStatus(live, 'expired');
      expect((await api.http().patch(`/api/v1/listings/${id}`).set(as).send({ name: 'x' }).expect(409)).body.code).toBe('FRAMEWORK_EXPIRED');
      await api.http().post(`/api/v1/listings/${id}/withdraw`).set(as).expect(200);
    });
  });

  it('leaves GET /listings to the search, which finds a published listing on a live framework', async () => {
    const owner = await api.supplier();
    await api.publishedListing(owner.token, { name: 'Zebra crossing maintenance scheduler' });
    const response = await api.http().get('/api/v1/listings').query({ q: 'zebra' }).expect(200);
    expect(response.body.items.map((item: { name: string }) => item.name)).toEqual(['Zebra crossing maintenance scheduler']);
  });

  it('documents every route in the OpenAPI document', async () => {
    const document = await api.http().get('/api/openapi.json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/frameworks',
        '/api/v1/frameworks/{slug}',
        '/api/v1/admin/frameworks',
        '/api/v1/admin/frameworks/{slug}',
        '/api/v1/listings',
        '/api/v1/listings/{id}',
        '/api/v1/listings/{id}/submit',
        '/api/v1/listings/{id}/withdraw',
        '/api/v1/listings/{id}/history',
        '/api/v1/admin/moderation',
        '/api/v1/admin/listings/{id}/approve',
        '/api/v1/admin/listings/{id}/reject',
        '/api/v1/admin/listings/{id}/suspend',
        '/api/v1/admin/listings/{id}/reinstate',
        '/api/v1/admin/listings/{id}/revert',
      ]),
    );
    const create = document.body.paths['/api/v1/listings'].post;
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '422']));
    const schemas = document.body.components.schemas;
    expect(schemas.CreateListingRequestDto.properties.standards.allOf ?? [schemas.CreateListingRequestDto.properties.standards]).toEqual([
      { $ref: '#/components/schemas/StandardsRequestDto' },
    ]);
    expect(schemas.ListingResponseDto.properties.pendingRevision).toBeDefined();
    expect(schemas.ModerationItemResponseDto.properties.changes.items).toEqual({ $ref: '#/components/schemas/FieldChangeResponseDto' });
  });
});
