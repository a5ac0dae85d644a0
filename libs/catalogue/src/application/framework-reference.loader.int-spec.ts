import { copyFile, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from '@app/platform';
import { FrameworkReferenceLoader } from './framework-reference.loader';

describe('FrameworkReferenceLoader', () => {
  let db: TestDatabase;
  let loader: FrameworkReferenceLoader;

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    loader = new FrameworkReferenceLoader(db.dataSource);
  });

  afterAll(() => db.drop());

  const counts = async () =>
    (
      await db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM framework) AS frameworks, (SELECT count(*)::int FROM lot) AS lots,
                (SELECT count(*)::int FROM category) AS categories`,
      )
    )[0];

  it('creates G-Cloud 13 live with its 3 lots and 308 categories, then skips the same files', async () => {
    expect(await loader.load()).toMatchObject({ name: 'g-cloud-13', loaded: true, rows: 311, changed: 311 });
    expect(await counts()).toEqual({ frameworks: 1, lots: 3, categories: 308 });
    const [framework] = await db.dataSource.query(`SELECT slug, name, status FROM framework`);
    expect(framework).toEqual({ slug: 'g-cloud-13', name: 'G-Cloud 13', status: 'live' });
    const lots = await db.dataSource.query(`SELECT slug, max_categories_per_service AS max FROM lot ORDER BY slug`);
    expect(lots).toEqual([
      { slug: 'cloud-hosting', max: 10 },
      { slug: 'cloud-software', max: 20 },
      { slug: 'cloud-support', max: 6 },
    ]);
    expect(await loader.load()).toMatchObject({ loaded: false, changed: 0 });
  });

  it('applies a newer file without duplicating rows or touching the status administrators set', async () => {
    await db.dataSource.query(`UPDATE framework SET status = 'expired' WHERE slug = 'g-cloud-13'`);
    const dir = await mkdtemp(join(tmpdir(), 'gcloud-'));
    try {
      const lots = join(dir, 'lots.csv');
      const categories = join(dir, 'categories.csv');
      await copyFile(FrameworkReferenceLoader.LOTS_FILE, lots);
      const text = await readFile(FrameworkReferenceLoader.CATEGORIES_FILE, 'utf8');
      await writeFile(categories, `${text.trimEnd()}\ng-cloud-13,cloud-support,,Quantum readiness,6,serviceCategoriesSupport\n`);
      expect(await loader.load(lots, categories)).toMatchObject({ loaded: true, changed: 1 });
    } finally {
      await rm(dir, { recursive: true });
    }
    expect(await counts()).toEqual({ frameworks: 1, lots: 3, categories: 309 });
    const [{ status }] = await db.dataSource.query(`SELECT status FROM framework WHERE slug = 'g-cloud-13'`);
    expect(status).toBe('expired');
  });
});
