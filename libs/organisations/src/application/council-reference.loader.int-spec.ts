import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReferenceDataVersionOrmEntity } from '@app/db';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from '@app/platform';
import { CouncilOrmEntity } from '../infrastructure/council.orm-entity';
import { CouncilHierarchyCache } from './council-hierarchy.cache';
import { CouncilReferenceLoader } from './council-reference.loader';

describe('CouncilReferenceLoader', () => {
  let db: TestDatabase;
  let cache: CouncilHierarchyCache;
  let loader: CouncilReferenceLoader;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    cache = new CouncilHierarchyCache(db.dataSource);
    loader = new CouncilReferenceLoader(db.dataSource, cache);
    dir = mkdtempSync(join(tmpdir(), 'councils-'));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  const councils = () => db.dataSource.getRepository(CouncilOrmEntity);
  const version = () => db.dataSource.getRepository(ReferenceDataVersionOrmEntity).findOneByOrFail({ name: CouncilReferenceLoader.NAME });

  it('loads all 332 councils with their parents as GSS codes', async () => {
    expect((await cache.get()).size).toBe(0);
    const result = await loader.load();
    expect(result).toMatchObject({ name: 'england-local-authorities', loaded: true, rows: 332, changed: 332 });
    expect(await councils().count()).toBe(332);
    expect(await councils().findOneByOrFail({ gssCode: 'E07000110' })).toMatchObject({
      localAuthorityCode: 'MAI',
      name: 'Maidstone Borough Council',
      shortName: 'Maidstone',
      typeCode: 'NMD',
      region: 'South East',
      countyCode: 'E10000016',
      combinedAuthorityCode: null,
    });
    expect((await councils().findOneByOrFail({ gssCode: 'E08000035' })).combinedAuthorityCode).toBe('E47000003');
    expect((await version()).checksum).toBe(result.checksum);
    // The cache saw an empty table before the load and did not keep it.
    expect((await cache.get()).size).toBe(332);
  });

  it('changes nothing when run again with the same file', async () => {
    await councils().update({ gssCode: 'E10000016' }, { emailDomains: ['kent.gov.uk'] });
    const before = await version();
    const result = await loader.load();
    expect(result).toMatchObject({ loaded: false, rows: 332, changed: 0 });
    expect(await councils().count()).toBe(332);
    expect((await version()).loadedAt).toEqual(before.loadedAt);
    expect((await councils().findOneByOrFail({ gssCode: 'E10000016' })).emailDomains).toEqual(['kent.gov.uk']);
  });

  it('reloads a changed file, rewriting only the rows that changed and keeping email domains', async () => {
    const changed = join(dir, 'changed.csv');
    const text = readFileSync(CouncilReferenceLoader.FILE, 'utf8');
    writeFileSync(changed, text.replace('Kent County Council,Kent', 'Kent County Council,Kent (renamed)'));
    const result = await loader.load(changed);
    expect(result).toMatchObject({ loaded: true, rows: 332, changed: 1 });
    const kent = await councils().findOneByOrFail({ gssCode: 'E10000016' });
    expect(kent.shortName).toBe('Kent (renamed)');
    expect(kent.emailDomains).toEqual(['kent.gov.uk']);
    expect((await cache.get()).get('E10000016')?.shortName).toBe('Kent (renamed)');

    const original = join(dir, 'original.csv');
    copyFileSync(CouncilReferenceLoader.FILE, original);
    expect(await loader.load(original)).toMatchObject({ loaded: true, changed: 1 });
    expect(await loader.load()).toMatchObject({ loaded: false, changed: 0 });
  });

  it('refuses a broken file without changing anything', async () => {
    const broken = join(dir, 'broken.csv');
    const text = readFileSync(CouncilReferenceLoader.FILE, 'utf8');
    writeFileSync(broken, text.replace('ADU,E07000223,Adur District Council,Adur,NMD,Non-metropolitan district,True,South East,England,WSX', 'ADU,E07000223,Adur District Council,Adur,NMD,Non-metropolitan district,True,South East,England,XXX'));
    await expect(loader.load(broken)).rejects.toThrow(/county_la_code XXX/);
    expect((await councils().findOneByOrFail({ gssCode: 'E07000223' })).countyCode).toBe('E10000032');
    expect(await loader.load()).toMatchObject({ loaded: false });
  });
});
