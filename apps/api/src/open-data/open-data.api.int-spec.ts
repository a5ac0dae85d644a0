import { readFileSync } from 'node:fs';
import { ListingSupplierFactsService, PublishedListingsExport } from '@app/catalogue';
import { ContractRegisterExport } from '@app/procurement';
import { parseCsv, parseCsvRecords } from '@app/shared';
import { bearer, CatalogueApiHarness, fieldsOf } from '../catalogue/catalogue-api.test-harness';

const LEEDS = 'E08000035';
const PASSWORD = 'correct horse battery staple';

/** The Code's field list as published in the shared reference data, not the copy the app reads. */
function transparencyCodeColumns(): string[] {
  const items = parseCsvRecords(readFileSync('/work/shared/data/transparency/lgtc-2015-contracts-over-5000-fields.csv', 'utf8'));
  return items.flatMap((item) => item.suggested_field_name.split(';').map((name) => name.replace(/\(.*\)/, '').trim()));
}

/** The CSV as records keyed by its own header. */
const recordsOf = (text: string) => parseCsvRecords(text);

describe('Open data downloads', () => {
  let harness: CatalogueApiHarness;
  let supplier: { token: string; id: string; companyNumber: string };
  let maidstoneContract: string;
  let leedsContract: string;
  let publishedListing: string;
  let secondListing: string;
  let draftListing: string;
  let smallContract: string;
  let submittedListing: string;
  let suspendedSuppliersListing: string;

  const http = () => harness.http();

  async function leedsBuyerToken(): Promise<string> {
    const domain = `leeds-${Date.now()}.gov.uk`;
    await http().patch(`/api/v1/admin/councils/${LEEDS}`).set(bearer(harness.adminToken)).send({ emailDomains: [domain] }).expect(200);
    const email = `buyer@${domain}`;
    await http().post('/api/v1/auth/register').send({ email, password: PASSWORD, fullName: 'Leeds Buyer', role: 'buyer', councilCode: LEEDS }).expect(202);
    return harness.tokenFor(email);
  }

  const contract = (overrides: Record<string, unknown>) => ({
    title: 'Payroll service',
    description: 'Hosted payroll for 1,200 staff, "all inclusive"',
    supplierName: 'Ignored when a supplier id is given',
    cpvCodes: ['72260000'],
    value: '48000.50',
    startDate: '2025-04-01',
    endDate: '2028-03-31',
    awardedVia: 'competition',
    ...overrides,
  });

  beforeAll(async () => {
    harness = await CatalogueApiHarness.start();
    const made = await harness.supplier({ name: 'Weald Open Data Ltd' });
    const profile = (await http().get(`/api/v1/suppliers/${made.id}`).set(bearer(made.token)).expect(200)).body;
    supplier = { ...made, companyNumber: profile.companyNumber as string };

    const maidstone = await harness.buyerToken();
    maidstoneContract = (
      await http()
        .post('/api/v1/contracts')
        .set(bearer(maidstone))
        .send(contract({ supplierId: supplier.id, supplierName: 'Weald Open Data Ltd' }))
        .expect(201)
    ).body.id;
    leedsContract = (
      await http()
        .post('/api/v1/contracts')
        .set(bearer(await leedsBuyerToken()))
        .send(contract({ title: '=HYPERLINK("http://evil.example","Click")', supplierName: 'Aire Data Co-operative', supplierIsSme: false, supplierIsVcse: true, awardedVia: 'direct' }))
        .expect(201)
    ).body.id;

    // £5,000 exactly: below the Code's threshold ("exceeds £5,000"), so never in its file.
    smallContract = (await http().post('/api/v1/contracts').set(bearer(maidstone)).send(contract({ title: 'Small licence', value: '5000.00' })).expect(201)).body.id;

    publishedListing = (await harness.publishedListing(supplier.token, { name: 'Open payroll' })).id;
    secondListing = (await harness.publishedListing(supplier.token, { name: 'Open budgeting', categories: ['budgeting'] })).id;
    const framework = await harness.framework('open');
    draftListing = await harness.createListing(supplier.token, harness.completeListing(framework, { name: 'Draft payroll' }));
    submittedListing = await harness.createListing(supplier.token, harness.completeListing(framework, { name: 'Submitted payroll' }));
    await http().post(`/api/v1/listings/${submittedListing}/submit`).set(bearer(supplier.token)).expect(200);
    await harness.setFrameworkStatus(framework, 'live');

    const other = await harness.supplier({ name: 'Suspended Systems Ltd' });
    suspendedSuppliersListing = (await harness.publishedListing(other.token, { name: 'Suspended payroll' })).id;
    await http().post(`/api/v1/admin/suppliers/${other.id}/suspend`).set(bearer(harness.adminToken)).send({ reason: 'Company dissolved' }).expect(200);
    // What the worker does with the 'supplier.changed' job the suspension queued.
    await harness.app.get(ListingSupplierFactsService).refresh(other.id);
  }, 120_000);

  afterAll(() => harness?.close());

  describe('GET /open-data/contracts.csv', () => {
    it('answers the Transparency Code columns, in the Code order, as a cacheable public attachment', async () => {
      const response = await http().get('/api/v1/open-data/contracts.csv').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="contracts.csv"');
      expect(response.headers['cache-control']).toMatch(/max-age=\d+/);
      const [header] = parseCsv(response.text);
      expect(header).toEqual(transparencyCodeColumns());
      expect(header).toHaveLength(14);
    });

    it('writes one row per contract with the register values, a registered supplier’s number and SME status', async () => {
      const rows = recordsOf((await http().get('/api/v1/open-data/contracts.csv').expect(200)).text);
      expect(rows.map((row) => row.reference_number).sort()).toEqual([maidstoneContract, leedsContract].sort());
      expect(rows.map((row) => row.reference_number)).not.toContain(smallContract);
      const row = rows.find((candidate) => candidate.reference_number === maidstoneContract);
      expect(row).toEqual({
        reference_number: maidstoneContract,
        title: 'Payroll service',
        department: 'Maidstone Borough Council',
        description: 'Hosted payroll for 1,200 staff, "all inclusive"',
        supplier_name_and_details: 'Weald Open Data Ltd',
        value: '48000.50',
        irrecoverable_vat: '',
        start_date: '2025-04-01',
        end_date: '2028-03-31',
        review_date: '',
        procurement_route: 'published invitation to tender',
        supplier_is_sme: 'Yes',
        supplier_is_vcse: 'No',
        supplier_registration_number: supplier.companyNumber,
      });
    });

    it('makes a title a spreadsheet would run as a formula inert', async () => {
      const rows = recordsOf((await http().get('/api/v1/open-data/contracts.csv').expect(200)).text);
      const row = rows.find((candidate) => candidate.reference_number === leedsContract)!;
      expect(row.title).toBe(`'=HYPERLINK("http://evil.example","Click")`);
      expect(row).toMatchObject({ department: 'Leeds City Council', procurement_route: 'invitation to quote', supplier_is_vcse: 'Yes', supplier_registration_number: '' });
    });

    it('filters by council, naming the file after it', async () => {
      const response = await http().get('/api/v1/open-data/contracts.csv').query({ council: LEEDS }).expect(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="contracts-${LEEDS}.csv"`);
      expect(recordsOf(response.text).map((row) => row.reference_number)).toEqual([leedsContract]);
      const none = await http().get('/api/v1/open-data/contracts.csv').query({ council: 'E07000111' }).expect(200);
      expect(parseCsv(none.text)).toEqual([transparencyCodeColumns()]);
    });

    it('answers 400 naming council for a code that is not a council, and for an unknown parameter', async () => {
      const bad = await http().get('/api/v1/open-data/contracts.csv').query({ council: 'E99999999' }).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      // The download's five-minute caching must not stick to its error.
      expect(bad.headers['cache-control']).toBe('no-store');
      expect(fieldsOf(bad.body)).toEqual(['council']);
      expect(fieldsOf((await http().get('/api/v1/open-data/contracts.csv').query({ council: 'x'.repeat(40) }).expect(400)).body)).toEqual(['council']);
      expect(fieldsOf((await http().get('/api/v1/open-data/contracts.csv').query({ colour: 'red' }).expect(400)).body)).toEqual(['colour']);
    });
  });

  describe('GET /open-data/listings.json and .csv', () => {
    it('lists only what the public catalogue shows, in a stable order, with public fields only', async () => {
      const response = await http().get('/api/v1/open-data/listings.json').expect(200);
      expect(response.headers['content-disposition']).toBe('attachment; filename="listings.json"');
      expect(response.headers['cache-control']).toMatch(/max-age=\d+/);
      const items = response.body.items as Record<string, unknown>[];
      expect(items.map((item) => item.id)).toEqual([publishedListing, secondListing].sort());
      expect(items.find((item) => item.id === publishedListing)).toMatchObject({
        name: 'Open payroll',
        supplier: { id: supplier.id, name: 'Weald Open Data Ltd', isSme: true, isVcse: false },
        pricing: { min: '1.50', max: '4.00', unit: 'per payslip' },
        lot: { slug: 'software', name: 'Software' },
        cpvCodes: ['72260000'],
      });
      expect(Object.keys(items[0]).sort()).toEqual(
        ['benefits', 'categories', 'cpvCodes', 'description', 'features', 'framework', 'id', 'lot', 'name', 'pricing', 'publishedAt', 'standards', 'summary', 'supplier', 'updatedAt', 'version'],
      );
      expect(Object.keys(items[0].supplier as object).sort()).toEqual(['id', 'isSme', 'isVcse', 'name']);
      for (const secret of ['@example.com', '2500000', '800000.00', 'qualityScore', 'rejectionReason', 'pendingRevision']) {
        expect(response.text).not.toContain(secret);
      }
      const again = await http().get('/api/v1/open-data/listings.json').expect(200);
      expect(again.text).toBe(response.text);
    });

    it('writes the same listings as CSV with a header row, lists joined with " | "', async () => {
      const response = await http().get('/api/v1/open-data/listings.csv').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="listings.csv"');
      const rows = recordsOf(response.text);
      expect(rows.map((row) => row.id)).toEqual([publishedListing, secondListing].sort());
      expect(rows.find((row) => row.id === publishedListing)).toMatchObject({
        name: 'Open payroll',
        supplier_name: 'Weald Open Data Ltd',
        supplier_is_sme: 'true',
        features: 'HMRC RTI submissions | Pension scheme returns',
        categories: 'Payroll',
        price_min: '1.50',
        cyber_essentials: 'plus',
      });
      for (const hidden of [draftListing, submittedListing, suspendedSuppliersListing, '@example.com', '2500000']) {
        expect(response.text).not.toContain(hidden);
      }
    });
  });

  it('reads the database in batches: one row at a time gives exactly the same files', async () => {
    const text = async (chunks: AsyncIterable<string>) => {
      let all = '';
      for await (const chunk of chunks) all += chunk;
      return all;
    };
    const contracts = harness.app.get(ContractRegisterExport);
    const listings = harness.app.get(PublishedListingsExport);
    expect(await text(await contracts.transparencyCsv({}, 1))).toBe((await http().get('/api/v1/open-data/contracts.csv').expect(200)).text);
    expect(await text(listings.json(1))).toBe((await http().get('/api/v1/open-data/listings.json').expect(200)).text);
    expect(await text(listings.csv(1))).toBe((await http().get('/api/v1/open-data/listings.csv').expect(200)).text);
  });

  it('needs no token, and is documented in the OpenAPI document', async () => {
    const document = (await http().get('/api/openapi.json').expect(200)).body as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/open-data/contracts.csv', '/api/v1/open-data/listings.json', '/api/v1/open-data/listings.csv']) {
      expect(document.paths[path]).toBeDefined();
    }
  });
});
