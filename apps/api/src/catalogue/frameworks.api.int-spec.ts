import { bearer, CatalogueApiHarness, fieldsOf } from './catalogue-api.test-harness';

describe('Frameworks API', () => {
  let api: CatalogueApiHarness;

  beforeAll(async () => {
    api = await CatalogueApiHarness.start();
  });

  afterAll(() => api?.close());

  const admin = () => bearer(api.adminToken);
  const newFramework = (overrides: Record<string, unknown> = {}) => ({
    slug: `g-cloud-${Math.floor(Math.random() * 1e9)}`,
    name: 'G-Cloud 14',
    description: 'The next one',
    lots: [
      {
        slug: 'cloud-software',
        name: 'Cloud software',
        maxCategoriesPerService: 20,
        categories: [{ name: 'Payroll', parentName: 'Accounting and finance' }, { name: 'Payroll', parentName: 'Human resources' }, { name: 'Budgeting' }],
      },
    ],
    ...overrides,
  });

  describe('G-Cloud 13, loaded at start from the Digital Marketplace files', () => {
    it('is live with its 3 lots and 308 categories, for anyone', async () => {
      const response = await api.http().get('/api/v1/frameworks/g-cloud-13').expect(200);
      expect(response.body).toMatchObject({ slug: 'g-cloud-13', name: 'G-Cloud 13', status: 'live' });
      expect(response.body.lots.map((lot: { slug: string; maxCategoriesPerService: number; categories: unknown[] }) => [lot.slug, lot.maxCategoriesPerService, lot.categories.length])).toEqual([
        ['cloud-hosting', 10, 22],
        ['cloud-software', 20, 280],
        ['cloud-support', 6, 6],
      ]);
      const software = response.body.lots[1].categories as { slug: string; name: string; parentName: string | null }[];
      expect(software).toContainEqual(expect.objectContaining({ slug: 'accounts-payable', name: 'Accounts payable', parentName: 'Accounting and finance' }));
    });

    it('appears in the list with its lots but not their categories', async () => {
      const response = await api.http().get('/api/v1/frameworks').query({ status: 'live' }).expect(200);
      const gCloud = response.body.items.find((item: { slug: string }) => item.slug === 'g-cloud-13');
      expect(gCloud.lots.map((lot: { slug: string }) => lot.slug)).toEqual(['cloud-hosting', 'cloud-software', 'cloud-support']);
      expect(gCloud.lots[0]).not.toHaveProperty('categories');
      expect(response.body).toMatchObject({ page: 1, pageSize: 20 });
    });
  });

  describe('POST /admin/frameworks', () => {
    it('creates a coming framework with its lots and slugged categories, and audits it', async () => {
      const body = newFramework();
      const response = await api.http().post('/api/v1/admin/frameworks').set(admin()).send(body).expect(201);
      expect(response.body).toMatchObject({ slug: body.slug, name: 'G-Cloud 14', status: 'coming' });
      expect(response.body.lots[0].categories.map((category: { slug: string }) => category.slug).sort()).toEqual([
        'accounting-and-finance-payroll',
        'budgeting',
        'human-resources-payroll',
      ]);
      const audit = await api.http().get('/api/v1/admin/audit').query({ objectId: response.body.id }).set(admin()).expect(200);
      expect(audit.body.items.map((event: { action: string }) => event.action)).toEqual(['framework.created']);
      await api.http().post('/api/v1/admin/frameworks').set(admin()).send({ ...body, name: 'Again' }).expect(409);
    });

    it('is for administrators only', async () => {
      await api.http().post('/api/v1/admin/frameworks').send(newFramework()).expect(401);
      const supplier = await api.supplierUserToken();
      await api.http().post('/api/v1/admin/frameworks').set(bearer(supplier)).send(newFramework()).expect(403);
    });

    it('answers bad bodies with 400 or 422 naming the field', async () => {
      const post = (body: object) => api.http().post('/api/v1/admin/frameworks').set(admin()).send(body);
      expect(fieldsOf((await post({ ...newFramework(), slug: undefined }).expect(400)).body)).toEqual(['slug']);
      expect(fieldsOf((await post({ ...newFramework(), name: 'x'.repeat(161) }).expect(400)).body)).toEqual(['name']);
      expect(fieldsOf((await post({ ...newFramework(), lots: [] }).expect(400)).body)).toEqual(['lots']);
      expect(fieldsOf((await post({ ...newFramework(), colour: 'red' }).expect(400)).body)).toEqual(['colour']);
      const badLot = { slug: 'x', name: 'X', maxCategoriesPerService: 0, categories: [{ name: 42 }] };
      expect(fieldsOf((await post({ ...newFramework(), lots: [badLot] }).expect(400)).body)).toEqual([
        'lots[0].maxCategoriesPerService',
        'lots[0].categories[0].name',
      ]);
      expect(fieldsOf((await post({ ...newFramework(), slug: 'Not A Slug' }).expect(422)).body)).toEqual(['slug']);
      const twice = { slug: 'dup', name: 'Dup', maxCategoriesPerService: 1 };
      expect(fieldsOf((await post({ ...newFramework(), lots: [twice, twice] }).expect(422)).body)).toEqual(['lots[1].slug']);
      const sameCategory = { ...twice, categories: [{ name: 'Payroll' }, { name: 'payroll' }] };
      expect(fieldsOf((await post({ ...newFramework(), lots: [sameCategory] }).expect(422)).body)).toEqual(['lots[0].categories[1].name']);
    });
  });

  describe('PATCH /admin/frameworks/:slug', () => {
    it('moves status one step at a time: coming → open → live → expired; anything else is 409 naming the current status', async () => {
      const { slug } = (await api.http().post('/api/v1/admin/frameworks').set(admin()).send(newFramework()).expect(201)).body;
      const patch = (body: object) => api.http().patch(`/api/v1/admin/frameworks/${slug}`).set(admin()).send(body);
      const refused = async (status: string, current: string) => {
        const response = await patch({ status }).expect(409);
        expect(response.body.detail).toContain(`The framework is ${current}`);
      };
      await refused('live', 'coming');
      await refused('coming', 'coming');
      expect((await patch({ status: 'open' }).expect(200)).body.status).toBe('open');
      await refused('coming', 'open');
      await refused('expired', 'open');
      expect((await patch({ status: 'live' }).expect(200)).body.status).toBe('live');
      await refused('open', 'live');
      expect((await patch({ status: 'expired' }).expect(200)).body.status).toBe('expired');
      await refused('live', 'expired');
      const events = await api.http().get('/api/v1/admin/audit').query({ action: 'framework.status-changed', pageSize: 100 }).set(admin()).expect(200);
      expect(events.body.items.filter((event: { after: { status: string } }) => event.after.status === 'expired')).not.toHaveLength(0);
    });

    it('renames, adds lots and categories (to new and existing lots) in one change', async () => {
      const { slug } = (await api.http().post('/api/v1/admin/frameworks').set(admin()).send(newFramework()).expect(201)).body;
      const response = await api
        .http()
        .patch(`/api/v1/admin/frameworks/${slug}`)
        .set(admin())
        .send({
          name: 'G-Cloud 14 (renamed)',
          addLots: [{ slug: 'cloud-support', name: 'Cloud support', maxCategoriesPerService: 6, categories: [{ name: 'Training' }] }],
          addCategories: [
            { lot: 'cloud-software', name: 'Budgeting', parentName: 'Planning' },
            { lot: 'cloud-support', name: 'Migration' },
          ],
        })
        .expect(200);
      expect(response.body.name).toBe('G-Cloud 14 (renamed)');
      const lots = Object.fromEntries(
        response.body.lots.map((lot: { slug: string; categories: { slug: string }[] }) => [lot.slug, lot.categories.map((category) => category.slug).sort()]),
      );
      expect(lots).toEqual({
        'cloud-software': ['accounting-and-finance-payroll', 'budgeting', 'human-resources-payroll', 'planning-budgeting'],
        'cloud-support': ['migration', 'training'],
      });
    });

    it('answers bad changes with 400, 404 or 422 naming the field, and changes nothing', async () => {
      const { slug } = (await api.http().post('/api/v1/admin/frameworks').set(admin()).send(newFramework()).expect(201)).body;
      const patch = (body: object, at = slug) => api.http().patch(`/api/v1/admin/frameworks/${at}`).set(admin()).send(body);
      expect(fieldsOf((await patch({ status: 'closed' }).expect(400)).body)).toEqual(['status']);
      expect(fieldsOf((await patch({ name: '' }).expect(400)).body)).toEqual(['name']);
      expect(fieldsOf((await patch({ addCategories: [{ name: 'X' }] }).expect(400)).body)).toEqual(['addCategories[0].lot']);
      expect(fieldsOf((await patch({ addCategories: [{ lot: 'nope', name: 'X' }] }).expect(422)).body)).toEqual(['addCategories[0].lot']);
      expect(fieldsOf((await patch({ addCategories: [{ lot: 'cloud-software', name: 'Budgeting' }] }).expect(422)).body)).toEqual([
        'addCategories[0].name',
      ]);
      expect(fieldsOf((await patch({ addLots: [{ slug: 'cloud-software', name: 'Again', maxCategoriesPerService: 1 }] }).expect(422)).body)).toEqual([
        'addLots[0].slug',
      ]);
      // A good rename with a bad status changes nothing.
      await patch({ name: 'Renamed', status: 'live' }).expect(409);
      expect((await api.http().get(`/api/v1/frameworks/${slug}`).expect(200)).body.name).toBe('G-Cloud 14');
      expect(fieldsOf((await patch({}, 'Bad_Slug').expect(400)).body)).toEqual(['slug']);
      await patch({ name: 'x' }, 'no-such-framework').expect(404);
      await api.http().patch(`/api/v1/admin/frameworks/${slug}`).send({ name: 'x' }).expect(401);
    });
  });

  describe('GET /frameworks', () => {
    it('tells a malformed slug (400) from an unknown one (404), and checks the filters', async () => {
      expect(fieldsOf((await api.http().get('/api/v1/frameworks/G-Cloud!').expect(400)).body)).toEqual(['slug']);
      await api.http().get('/api/v1/frameworks/g-cloud-99').expect(404);
      expect(fieldsOf((await api.http().get('/api/v1/frameworks').query({ status: 'closed' }).expect(400)).body)).toEqual(['status']);
      expect(fieldsOf((await api.http().get('/api/v1/frameworks').query({ pageSize: 101 }).expect(400)).body)).toEqual(['pageSize']);
    });
  });
});
