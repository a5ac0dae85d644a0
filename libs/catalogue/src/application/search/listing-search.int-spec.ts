import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@app/config';
import { StatementCounter } from '@app/db';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { CouncilHierarchyCache, localCouncils } from '@app/organisations';
import { ENTITIES, PlatformModule, StartupService } from '@app/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CategoryOrmEntity } from '../../infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from '../../infrastructure/framework.orm-entity';
import { ListingOrmEntity } from '../../infrastructure/listing.orm-entity';
import { LotOrmEntity } from '../../infrastructure/lot.orm-entity';
import { ListingSearchService } from './listing-search.service';

const MAIDSTONE = 'E07000110';
const KENT = 'E10000016';
const ASHFORD = 'E07000105';
const LEEDS = 'E08000035';

describe('ListingSearchService', () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let search: ListingSearchService;
  let software: LotOrmEntity;
  let hosting: LotOrmEntity;
  let payrollCategory: CategoryOrmEntity;
  let framework: FrameworkOrmEntity;
  let maidstoneLocal: string[];
  let leedsLocal: string[];

  const page = { page: 1, pageSize: 20 };

  async function listing(overrides: Partial<ListingOrmEntity>): Promise<string> {
    const id = randomUUID();
    await dataSource.getRepository(ListingOrmEntity).insert({
      id,
      supplierId: randomUUID(),
      frameworkId: framework.id,
      lotId: software.id,
      status: 'published',
      name: 'A service',
      summary: 'A summary of the service',
      description: 'A longer description of the service and what it does for councils.',
      features: ['Feature'],
      benefits: ['Benefit'],
      categoryIds: [],
      cpvCodes: ['72000000'],
      priceMinPence: '100000',
      priceMaxPence: '500000',
      priceUnit: 'per year',
      supplierName: 'Some Supplier Ltd',
      supplierIsSme: false,
      supplierIsVcse: false,
      supplierLocalTo: leedsLocal,
      supplierActive: true,
      ...overrides,
    });
    return id;
  }

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    const config = loadConfig({ ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent', SEED_DEMO: 'false', QUEUE_PREFIX: 'search-spec' });
    context = await NestFactory.createApplicationContext(
      { module: class SearchSpecModule {}, imports: [ConfigModule.forRoot(config), PlatformModule] },
      { logger: false },
    );
    await context.get(StartupService).prepareDatabase();
    dataSource = context.get(DataSource);
    search = new ListingSearchService(dataSource);
    const hierarchy = await context.get(CouncilHierarchyCache).get();
    maidstoneLocal = localCouncils([MAIDSTONE], hierarchy);
    leedsLocal = localCouncils([LEEDS], hierarchy);

    framework = await dataSource.getRepository(FrameworkOrmEntity).save({ slug: 'search-test', name: 'Search test', status: 'live' });
    const closed = await dataSource.getRepository(FrameworkOrmEntity).save({ slug: 'search-expired', name: 'Expired', status: 'expired' });
    software = await dataSource.getRepository(LotOrmEntity).save({ frameworkId: framework.id, slug: 'software', name: 'Software' });
    hosting = await dataSource.getRepository(LotOrmEntity).save({ frameworkId: framework.id, slug: 'hosting', name: 'Hosting' });
    const closedLot = await dataSource.getRepository(LotOrmEntity).save({ frameworkId: closed.id, slug: 'software', name: 'Software' });
    payrollCategory = await dataSource.getRepository(CategoryOrmEntity).save({ lotId: software.id, slug: 'payroll', name: 'Payroll', parentName: null });

    await listing({ name: 'Payroll Plus', summary: 'Pay your staff', supplierName: 'Kentish Pay Ltd', supplierIsSme: true, supplierLocalTo: maidstoneLocal, categoryIds: [payrollCategory.id], cpvCodes: ['72260000'] });
    await listing({ name: 'Finance suite', description: 'Ledger, budgets and a payroll module among many others.', openSource: true, cpvCodes: ['48440000'] });
    await listing({ name: 'Secure hosting', lotId: hosting.id, ukHosting: true, supplierIsVcse: true, openApi: true, cpvCodes: ['72400000'], priceMinPence: '2000000' });
    // Never shown: not published, supplier suspended, framework no longer live.
    await listing({ name: 'Draft payroll', status: 'draft' });
    await listing({ name: 'Suspended payroll', supplierActive: false });
    await listing({ name: 'Expired payroll', frameworkId: closed.id, lotId: closedLot.id });
    for (let i = 0; i < 25; i += 1) await listing({ name: `Records archive ${i}`, lotId: hosting.id, cpvCodes: ['72300000'] });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await db?.drop();
  });

  const names = async (criteria: Parameters<ListingSearchService['search']>[0]) =>
    (await search.search(criteria)).items.map((item) => item.name);

  it('ranks a name match above a description match and shows only what buyers may see', async () => {
    const result = await search.search({ ...page, q: 'payroll' });
    expect(result.items.map((item) => item.name)).toEqual(['Payroll Plus', 'Finance suite']);
    expect(result.matchedBy).toBe('text');
    expect(result.items[1].snippetHtml).toContain('<mark>payroll</mark>');
  });

  it('filters by lot, category, CPV prefix, flags and price', async () => {
    expect(await names({ ...page, q: 'secure', lot: 'hosting' })).toEqual(['Secure hosting']);
    expect(await names({ ...page, category: 'payroll' })).toEqual(['Payroll Plus']);
    expect(await names({ ...page, cpv: '7226' })).toEqual(['Payroll Plus']);
    expect(await names({ ...page, cpv: '72260000' })).toEqual(['Payroll Plus']);
    expect((await search.search({ ...page, cpv: '72' })).total).toBe(27);
    expect(await names({ ...page, cpv: '48' })).toEqual(['Finance suite']);
    expect(await names({ ...page, sme: true })).toEqual(['Payroll Plus']);
    expect(await names({ ...page, vcse: true })).toEqual(['Secure hosting']);
    expect(await names({ ...page, openSource: true })).toEqual(['Finance suite']);
    expect(await names({ ...page, openApi: true, ukHosting: true })).toEqual(['Secure hosting']);
    expect((await search.search({ ...page, maxPricePence: 1_000_000n })).total).toBe(27);
    expect((await search.search({ ...page, framework: 'search-expired' })).total).toBe(0);
  });

  it('finds local suppliers through the council hierarchy', async () => {
    expect(await names({ ...page, localTo: MAIDSTONE })).toEqual(['Payroll Plus']);
    expect(await names({ ...page, localTo: KENT })).toEqual(['Payroll Plus']);
    expect(await names({ ...page, localTo: ASHFORD })).toEqual(['Payroll Plus']);
    expect(await names({ ...page, localTo: LEEDS, q: 'payroll' })).toEqual(['Finance suite']);
  });

  it('counts facets over every match, not just the page', async () => {
    const result = await search.search({ page: 1, pageSize: 5 });
    expect(result.total).toBe(28);
    expect(result.items).toHaveLength(5);
    expect(result.facets.lot.reduce((sum, lot) => sum + lot.count, 0)).toBe(result.total);
    expect(result.facets.lot).toEqual([
      { slug: 'hosting', name: 'Hosting', framework: 'search-test', count: 26 },
      { slug: 'software', name: 'Software', framework: 'search-test', count: 2 },
    ]);
    expect(result.facets.category).toEqual([{ slug: 'payroll', name: 'Payroll', count: 1 }]);
    expect(result).toMatchObject({ facets: { sme: 1, vcse: 1, openSource: 1, openApi: 1, ukHosting: 1 } });
  });

  it('still finds a misspelt service or supplier name', async () => {
    const byService = await search.search({ ...page, q: 'Payrol Pluss' });
    expect(byService.matchedBy).toBe('similar-names');
    expect(byService.items.map((item) => item.name)).toEqual(['Payroll Plus']);
    expect(await names({ ...page, q: 'Kentsh Pay' })).toEqual(['Payroll Plus']);
  });

  it('pages through equal ranks in a stable order that is not alphabetical', async () => {
    const pages = [];
    for (let n = 1; n <= 3; n += 1) pages.push(...(await names({ page: n, pageSize: 10, cpv: '723' })));
    expect(pages).toHaveLength(25);
    expect(new Set(pages).size).toBe(25);
    expect(pages).not.toEqual([...pages].sort());
    const again = [];
    for (let n = 1; n <= 3; n += 1) again.push(...(await names({ page: n, pageSize: 10, cpv: '723' })));
    expect(again).toEqual(pages);
  });

  it('answers any text without an error', async () => {
    const hostile = [
      '"unclosed quote', 'payroll OR', '-', '!!!&&|', "'; DROP TABLE listing; --", 'pay:* & !roll', '🙂 payroll 🚀',
      '\\', '<script>alert(1)</script>', 'x'.repeat(10_000), 'the', 'or or or', '()', '"" -"" or',
    ];
    for (const q of hostile) {
      await expect(search.search({ ...page, q })).resolves.toHaveProperty('total');
    }
    expect(await dataSource.getRepository(ListingOrmEntity).count()).toBe(31);
  });

  it('answers in at most three statements, and a repeated search in one', async () => {
    const fresh = await StatementCounter.run(async () => {
      await search.search({ ...page, q: 'nothing-matches-this-word' });
      return StatementCounter.current();
    });
    expect(fresh).toBeLessThanOrEqual(3);
    const repeated = await StatementCounter.run(async () => {
      await search.search({ ...page, q: 'nothing-matches-this-word' });
      return StatementCounter.current();
    });
    expect(repeated).toBe(1);
  });

  it('narrows to given listings or a publication window, without the misspelt-name fallback (saved searches)', async () => {
    const fresh = await listing({ name: 'Payroll Express', publishedAt: new Date('2030-01-02T09:00:00Z') });
    const window = { after: new Date('2030-01-01T00:00:00Z'), upTo: new Date('2030-01-03T00:00:00Z') };
    const narrowed = (criteria: Partial<Parameters<ListingSearchService['search']>[0]>) =>
      search.searchWithoutFallback({ ...page, ...criteria }).then((result) => result.items.map((item) => item.name));
    expect(await narrowed({ q: 'payroll', onlyIds: [fresh] })).toEqual(['Payroll Express']);
    expect(await narrowed({ q: 'hosting', onlyIds: [fresh] })).toEqual([]);
    expect(await narrowed({ q: 'payroll', publishedBetween: window })).toEqual(['Payroll Express']);
    expect(await narrowed({ publishedBetween: { after: window.upTo, upTo: new Date('2030-02-01T00:00:00Z') } })).toEqual([]);
    // The ordinary search would offer close spellings of names; a saved search must not.
    expect(await narrowed({ q: 'payrol expres', onlyIds: [fresh] })).toEqual([]);
    expect((await search.search({ ...page, q: 'payrol expres', onlyIds: [fresh] })).matchedBy).toBe('similar-names');
    await dataSource.getRepository(ListingOrmEntity).delete({ id: fresh });
  });

  it('shows a change at once although answers are cached', async () => {
    expect(await names({ ...page, q: 'telecare' })).toEqual([]);
    await listing({ name: 'Telecare monitoring' });
    expect(await names({ ...page, q: 'telecare' })).toEqual(['Telecare monitoring']);
  });
});
