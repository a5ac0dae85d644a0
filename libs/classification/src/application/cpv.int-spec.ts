import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReferenceDataVersionOrmEntity } from '@app/db';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from '@app/platform';
import { DomainError } from '@app/shared';
import { CpvCodeOrmEntity } from '../infrastructure/cpv-code.orm-entity';
import { CpvReferenceLoader } from './cpv-reference.loader';
import { CpvService } from './cpv.service';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('CPV reference data', () => {
  let db: TestDatabase;
  let loader: CpvReferenceLoader;
  let service: CpvService;
  const page = { page: 1, pageSize: 100 };

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    loader = new CpvReferenceLoader(db.dataSource);
    service = new CpvService(db.dataSource);
  });

  afterAll(() => db.drop());

  const count = () => db.dataSource.getRepository(CpvCodeOrmEntity).count();

  describe('CpvReferenceLoader', () => {
    it('loads all 9,454 codes', async () => {
      expect(await loader.load()).toMatchObject({ name: 'cpv-2008-en', loaded: true, rows: 9454, changed: 9454 });
      expect(await count()).toBe(9454);
      expect(await db.dataSource.getRepository(CpvCodeOrmEntity).findOneByOrFail({ code: '72260000' })).toMatchObject({
        checkDigit: '5',
        label: 'Software-related services',
        level: 'class',
        parentCode: '72200000',
        division: '72',
      });
    });

    it('changes nothing when run again with the same file', async () => {
      const before = await db.dataSource.getRepository(ReferenceDataVersionOrmEntity).findOneByOrFail({ name: 'cpv-2008-en' });
      expect(await loader.load()).toMatchObject({ loaded: false, rows: 9454, changed: 0 });
      expect(await count()).toBe(9454);
      const after = await db.dataSource.getRepository(ReferenceDataVersionOrmEntity).findOneByOrFail({ name: 'cpv-2008-en' });
      expect(after.loadedAt).toEqual(before.loadedAt);
    });

    it('rewrites only changed rows when the file changes', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cpv-'));
      try {
        const changed = join(dir, 'changed.csv');
        writeFileSync(changed, readFileSync(CpvReferenceLoader.FILE, 'utf8').replace('Software-related services', 'Software related services'));
        expect(await loader.load(changed)).toMatchObject({ loaded: true, rows: 9454, changed: 1 });
        const original = join(dir, 'original.csv');
        copyFileSync(CpvReferenceLoader.FILE, original);
        expect(await loader.load(original)).toMatchObject({ loaded: true, changed: 1 });
        expect(await count()).toBe(9454);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('CpvService', () => {
    it('finds codes by the start of label words, best match first', async () => {
      const software = await service.search({ q: 'softw develop' }, page);
      expect(software.total).toBeGreaterThan(0);
      expect(software.items.every((item) => /softw/i.test(item.label) && /develop/i.test(item.label))).toBe(true);
      // "Software development services" (72262000) ranks among the first, ahead of longer labels.
      expect(software.items.slice(0, 3).map((item) => item.code)).toContain('72262000');
      expect((await service.search({ q: 'zzzqqq' }, page)).total).toBe(0);
    });

    it('takes a code prefix, in the code filter or typed as the query', async () => {
      const group = await service.search({ code: '722' }, page);
      expect(group.total).toBeGreaterThan(10);
      expect(group.items.every((item) => item.code.startsWith('722'))).toBe(true);
      expect(group.items[0]).toMatchObject({ code: '72200000', codeWithCheckDigit: '72200000-7', level: 'group' });
      expect((await service.search({ q: '72200000-7' }, page)).items.map((item) => item.code)).toEqual(['72200000']);
      expect((await service.search({ q: '722' }, page)).total).toBe(group.total);
    });

    it('filters by level and pages in code order', async () => {
      const divisions = await service.search({ level: 'division' }, { page: 1, pageSize: 10 });
      expect(divisions.total).toBe(45);
      expect(divisions.items[0].code).toBe('03000000');
      const rest = await service.search({ level: 'division' }, { page: 5, pageSize: 10 });
      expect(rest.items).toHaveLength(5);
      expect((await service.search({ code: '72', level: 'division' }, page)).items.map((item) => item.code)).toEqual(['72000000']);
    });

    it('ignores tsquery syntax in the query instead of failing', async () => {
      for (const q of ["software & | ! ( ) : * ' \\", '!!!', 'soft:* | (']) {
        await expect(service.search({ q }, page)).resolves.toBeDefined();
      }
    });

    it('refuses bad filters, naming each', async () => {
      const error = await failure(service.search({ code: '72a', level: 'family', q: 'x'.repeat(101) }, page));
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['q', 'code', 'level']);
      expect((await failure(service.search({}, { page: 0, pageSize: 10 }))).fieldErrors[0].field).toBe('page');
    });

    it('shows one code with its parent and children', async () => {
      const code = await service.get('72200000-7');
      expect(code).toMatchObject({
        code: '72200000',
        label: 'Software programming and consultancy services',
        parent: { code: '72000000', level: 'division' },
      });
      expect(code.children.map((child) => child.code)).toEqual(['72210000', '72220000', '72230000', '72240000', '72250000', '72260000']);
      expect((await service.get('03000000')).parent).toBeNull();
    });

    it('tells a malformed code (400) from an unknown one (404)', async () => {
      expect((await failure(service.get('7220'))).kind).toBe('bad_request');
      expect((await failure(service.get('99999999'))).kind).toBe('not_found');
    });

    it('finds the known codes among a list, for other contexts', async () => {
      expect((await service.findMany(['72260000', '99999999', 'x', '72260000'])).map((code) => code.code)).toEqual(['72260000']);
    });
  });
});
