import { AuditService } from '@app/audit';
import { CpvReferenceLoader, CpvService } from '@app/classification';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { CouncilHierarchyCache, CouncilReferenceLoader } from '@app/organisations';
import { ENTITIES } from '@app/platform';
import { FrameworkReferenceLoader } from '../framework-reference.loader';
import { generateCatalogue } from './catalogue-generator';
import { readGeneratorReference } from './catalogue-generator.reference';
import type { ListingImportRow, SupplierImportRow } from './catalogue-import.format';
import type { ImportReport } from './catalogue-import.report';
import { CatalogueImporter } from './catalogue-importer.service';

const MAIDSTONE = 'E07000110';
const KENT = 'E10000016';
const LEEDS = 'E08000035';

const WEALD: SupplierImportRow = {
  companyNumber: '12345678',
  name: 'Weald Digital Ltd',
  staffCount: 25,
  turnover: '2500000.00',
  balanceSheetTotal: '800000.00',
  isVcse: false,
  offices: [{ councilCode: MAIDSTONE }],
};
const PENNINE: SupplierImportRow = {
  companyNumber: 'SC123456',
  name: 'Pennine Care Technology CIC',
  staffCount: 400,
  turnover: '60000000.00',
  balanceSheetTotal: '50000000.00',
  isVcse: true,
  offices: [{ councilCode: LEEDS }],
};
const BROKEN: SupplierImportRow = { ...WEALD, companyNumber: '87654321', name: 'Nowhere Ltd', staffCount: -1, offices: [{ councilCode: 'E99999999' }] };

function listing(externalRef: string, overrides: Partial<ListingImportRow> & Record<string, unknown> = {}): Record<string, unknown> {
  return {
    externalRef,
    supplierCompanyNumber: WEALD.companyNumber,
    framework: 'g-cloud-13',
    lot: 'cloud-software',
    name: `Casebook ${externalRef}`,
    summary: 'Case management for council social care teams',
    description: 'Records, tasks and documents for each case, shared safely between teams.',
    features: ['Case notes', 'Document storage'],
    benefits: ['Less paperwork'],
    categories: ['case-management'],
    cpvCodes: ['72260000', '48000000-8'],
    priceMin: '5.00',
    priceMax: '12.50',
    priceUnit: 'per user per month',
    openSource: true,
    openApi: true,
    openStandards: ['OpenAPI 3.0'],
    dataExportFormats: ['CSV'],
    iso27001: false,
    cyberEssentials: 'plus',
    ukHosting: true,
    accessibilityStatementUrl: 'https://www.weald.example/accessibility',
    ...overrides,
  };
}

describe('CatalogueImporter', () => {
  let db: TestDatabase;
  let importer: CatalogueImporter;

  const json = (body: unknown, batchSize = 2): Promise<ImportReport> =>
    importer.importText(JSON.stringify(body), 'json', 'spec.json', { batchSize });
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    ((await db.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) AS counted`, params)) as { n: number }[])[0].n;
  const listingByRef = async (externalRef: string) =>
    ((await db.dataSource.query(`SELECT *, search_document IS NOT NULL AS searchable FROM listing WHERE external_ref = $1`, [externalRef])) as Record<
      string,
      unknown
    >[])[0];
  const versionsOf = async (externalRef: string) =>
    (await db.dataSource.query(
      `SELECT v.version, v.state, v.content, v.created_by, v.decided_at IS NOT NULL AS decided
         FROM listing_version v JOIN listing l ON l.id = v.listing_id WHERE l.external_ref = $1 ORDER BY v.version`,
      [externalRef],
    )) as { version: number; state: string; content: { name: string; description: string }; created_by: string | null; decided: boolean }[];
  const snapshot = async () => ({
    listings: await count(`SELECT id FROM listing`),
    versions: await count(`SELECT id FROM listing_version`),
    audit: await count(`SELECT id FROM audit_event`),
    suppliers: await count(`SELECT id FROM supplier`),
    rows: await db.dataSource.query(`SELECT id, name, description, updated_at, current_version, supplier_name FROM listing ORDER BY id`),
  });
  const issuesAt = (report: ImportReport, location: string) => report.errors.filter((issue) => issue.location === location);

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    const hierarchy = new CouncilHierarchyCache(db.dataSource);
    await new CouncilReferenceLoader(db.dataSource, hierarchy).load();
    await new CpvReferenceLoader(db.dataSource).load();
    await new FrameworkReferenceLoader(db.dataSource).load();
    importer = new CatalogueImporter(db.dataSource, new CpvService(db.dataSource), hierarchy, new AuditService(db.dataSource));
  }, 120_000);

  afterAll(() => db.drop());

  describe('a JSON file with suppliers and some bad rows', () => {
    const file = {
      suppliers: [WEALD, PENNINE, BROKEN],
      listings: [
        listing('A'),
        listing('B', { supplierCompanyNumber: PENNINE.companyNumber, categories: ['Accounts payable', 'case-management'] }),
        listing('BAD-CATEGORY', { categories: ['Payroll'], cpvCodes: ['99999999'], summary: 'Best in class payroll' }),
        listing('BAD-CLAIM', { summary: 'Market-leading case management' }),
        listing('BAD-PRICE', { priceMin: 'ten pounds' }),
        listing('BAD-FRAMEWORK', { framework: 'g-cloud-99' }),
        listing('BAD-SUPPLIER', { supplierCompanyNumber: BROKEN.companyNumber }),
        listing('BAD-FIELD', { colour: 'blue' }),
        listing('A', { name: 'Casebook again' }),
        listing('C', { lot: 'cloud-hosting', categories: ['compute-and-application-hosting'], name: 'Casebook hosting' }),
        listing('NO-NAME', { name: '' }),
        listing('INCOMPLETE', { description: undefined, features: undefined }),
      ],
    };
    let first: ImportReport;

    beforeAll(async () => {
      first = await json(file);
    });

    it('imports the good rows, published, with the supplier facts copied and a first published version', async () => {
      expect(first.listings).toEqual({ rows: 12, inserted: 3, updated: 0, refreshed: 0, unchanged: 0, skipped: 0, rejected: 9 });
      expect(first.suppliers).toEqual({ rows: 3, created: 2, existing: 0, rejected: 1 });

      const a = await listingByRef('A');
      expect(a).toMatchObject({
        status: 'published',
        name: 'Casebook A',
        supplier_name: 'Weald Digital Ltd',
        supplier_is_sme: true,
        supplier_is_vcse: false,
        supplier_active: true,
        current_version: 1,
        price_min_pence: '500',
        price_max_pence: '1250',
        cpv_codes: ['72260000', '48000000'],
        open_source: true,
        cyber_essentials: 'plus',
        searchable: true,
      });
      expect(a.supplier_local_to).toEqual(expect.arrayContaining([MAIDSTONE, KENT]));
      expect(a.published_at).not.toBeNull();
      // Large (400 staff), so not an SME whatever its finances; VCSE as declared; local to Leeds, not to Kent.
      const b = await listingByRef('B');
      expect(b).toMatchObject({ supplier_name: 'Pennine Care Technology CIC', supplier_is_sme: false, supplier_is_vcse: true });
      expect(b.supplier_local_to).toContain(LEEDS);
      expect(b.supplier_local_to).not.toContain(KENT);
      expect((b.category_ids as string[]).length).toBe(2);

      const versions = await versionsOf('A');
      expect(versions).toEqual([expect.objectContaining({ version: 1, state: 'published', created_by: null, decided: true })]);
      expect(versions[0].content.name).toBe('Casebook A');
    });

    it('reports each bad row by its index with the field named', () => {
      const fields = (location: string) => issuesAt(first, location).map((issue) => issue.field);
      // Bad references do not hide the submission checks: one run names every problem of the row.
      expect(fields('listings[2]')).toEqual(['categories[0]', 'cpvCodes[0]', 'summary']);
      expect(issuesAt(first, 'listings[2]')[0].message).toContain('human-resources-and-employee-management-payroll');
      expect(fields('listings[3]')).toEqual(['summary']);
      expect(issuesAt(first, 'listings[3]')[0].message).toContain('market leading');
      expect(fields('listings[4]')).toEqual(['priceMin']);
      expect(fields('listings[5]')).toEqual(['framework']);
      expect(fields('listings[6]')).toEqual(['supplierCompanyNumber']);
      expect(issuesAt(first, 'listings[6]')[0].message).toContain('see suppliers[2]');
      expect(fields('listings[7]')).toEqual(['colour']);
      expect(fields('listings[8]')).toEqual(['externalRef']);
      expect(issuesAt(first, 'listings[8]')[0].message).toContain('listings[0]');
      expect(fields('listings[10]')).toEqual(['name']);
      // Complete enough to save, but not to publish: the submission checks name what is missing.
      expect(fields('listings[11]')).toEqual(['description', 'features']);
      expect(fields('suppliers[2]')).toEqual(expect.arrayContaining(['staffCount', 'offices[0].councilCode']));
    });

    it('writes one audit event per batch that changed something', async () => {
      const events = (await db.dataSource.query(
        `SELECT action, after FROM audit_event WHERE object_type = 'catalogue-import' AND object_id = $1 ORDER BY occurred_at, action`,
        [first.importId],
      )) as { action: string; after: { inserted?: string[]; created?: unknown[] } }[];
      expect(events.map((event) => event.action).sort()).toEqual(['listings.imported', 'listings.imported', 'suppliers.imported']);
      const inserted = events.flatMap((event) => event.after.inserted ?? []);
      expect(inserted).toHaveLength(3);
    });

    it('changes nothing when the same file is imported again', async () => {
      const before = await snapshot();
      const again = await json(file);
      expect(again.listings).toMatchObject({ inserted: 0, updated: 0, refreshed: 0, unchanged: 3, rejected: 9 });
      expect(again.suppliers).toMatchObject({ created: 0, existing: 2, rejected: 1 });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('a CSV file', () => {
    const header = 'externalRef,supplierCompanyNumber,framework,lot,name,summary,description,features,benefits,categories,cpvCodes,priceMin,priceMax,priceUnit,openSource,ukHosting';
    const csv = [
      header,
      'CSV-1,12345678,g-cloud-13,cloud-software,Library loans,Library management for councils,"Loans and reservations,',
      'across every branch",Loans | Reservations,Fewer queues,library-management|accounts payable,48161000,100,900.5,per licence per year,yes,no',
      '',
      'CSV-2,12345678,g-cloud-13,cloud-software,Bad flag,Summary,Description,Feature,Benefit,library-management,48161000,1.00,2.00,per user,maybe,no',
      'CSV-3,12345678,g-cloud-13,cloud-software,Too few fields',
      'CSV-4,1234,g-cloud-13,cloud-software,Bad number,Summary,Description,Feature,Benefit,library-management,48161000,1.00,2.00,per user,no,no',
    ].join('\r\n');

    it('imports the good lines and names the file line and column of each bad one', async () => {
      const report = await importer.importText(csv, 'csv', 'spec.csv');
      expect(report.listings).toMatchObject({ rows: 4, inserted: 1, rejected: 3 });
      expect(report.errors.map(({ location, field }) => [location, field])).toEqual([
        ['line 5', 'openSource'],
        ['line 6', null],
        ['line 7', 'supplierCompanyNumber'],
      ]);
      const row = await listingByRef('CSV-1');
      expect(row).toMatchObject({
        // Kept exactly as the file wrote it, line break included.
        description: 'Loans and reservations,\r\nacross every branch',
        features: ['Loans', 'Reservations'],
        price_min_pence: '10000',
        price_max_pence: '90050',
        open_source: true,
        uk_hosting: false,
      });
      expect((row.category_ids as string[]).length).toBe(2);
    });

    it('changes nothing when imported again', async () => {
      const before = await snapshot();
      const again = await importer.importText(csv, 'csv', 'spec.csv');
      expect(again.listings).toMatchObject({ inserted: 0, unchanged: 1, rejected: 3 });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('importing a changed file', () => {
    it('publishes changed content as a new version and supersedes the old one', async () => {
      await json({ listings: [listing('UPD')] });
      const report = await json({ listings: [listing('UPD', { description: 'A clearer description of the case management service.' })] });
      expect(report.listings).toMatchObject({ updated: 1, inserted: 0 });
      expect(await listingByRef('UPD')).toMatchObject({ current_version: 2, description: 'A clearer description of the case management service.' });
      expect((await versionsOf('UPD')).map(({ version, state }) => [version, state])).toEqual([
        [1, 'superseded'],
        [2, 'published'],
      ]);
    });

    it('refreshes supplier facts that changed without making a version', async () => {
      await json({ listings: [listing('FACTS')] });
      await db.dataSource.query(`UPDATE supplier SET name = 'Weald Digital Group Ltd' WHERE company_number = $1`, [WEALD.companyNumber]);
      const report = await json({ listings: [listing('FACTS')] });
      expect(report.listings).toMatchObject({ refreshed: 1, updated: 0 });
      expect(await listingByRef('FACTS')).toMatchObject({ supplier_name: 'Weald Digital Group Ltd', current_version: 1 });
      expect(await versionsOf('FACTS')).toHaveLength(1);
    });

    it('leaves a suspended listing alone and says so', async () => {
      await json({ listings: [listing('SUSPENDED')] });
      await db.dataSource.query(`UPDATE listing SET status = 'suspended' WHERE external_ref = 'SUSPENDED'`);
      const report = await json({ listings: [listing('SUSPENDED', { name: 'Renamed while suspended' })] });
      expect(report.listings).toMatchObject({ skipped: 1, updated: 0 });
      expect(report.warnings).toEqual([expect.objectContaining({ location: 'listings[0]', message: expect.stringContaining('suspended') })]);
      expect(await listingByRef('SUSPENDED')).toMatchObject({ name: 'Casebook SUSPENDED', status: 'suspended' });
    });
  });

  describe('a generated catalogue', () => {
    it('imports whole: every supplier and listing the generator makes passes the same rules', async () => {
      const file = generateCatalogue(await readGeneratorReference(), { listings: 400, suppliers: 40, seed: 3 });
      const report = await importer.importText(JSON.stringify(file), 'json', 'generated.json', { batchSize: 150 });
      expect(report.errors).toEqual([]);
      expect(report.listings).toMatchObject({ rows: 400, inserted: 400, rejected: 0 });
      expect(report.suppliers).toMatchObject({ rows: 40, created: 40, rejected: 0 });
    });
  });
});
