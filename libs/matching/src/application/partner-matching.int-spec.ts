import { loadConfig } from '@app/config';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { CouncilHierarchyCache, CouncilReferenceLoader } from '@app/organisations';
import { ENTITIES } from '@app/platform';
import { cpvPrefixesOf } from '@app/procurement';
import { SeededRandom } from '@app/shared';
import { DataSource } from 'typeorm';
import { createDataSource } from '@app/db';
import { NeedFacts } from '../domain/need-partner-score';
import { rankPartners } from '../domain/partner-ranking';
import { PartnerMatchingService } from './partner-matching.service';

/** Real CPV codes around revenues and benefits, case management and document software. */
const CODES = ['72260000', '72261000', '72268000', '72212000', '72212100', '48000000', '48210000', '48311000', '72222300', '79341000'];
const TITLES = ['Revenues and benefits system', 'Case management software', 'Document management platform', 'Council tax billing', 'Housing repairs scheduling'];

interface NeedSeed {
  id: string;
  councilCode: string;
  title: string;
  cpvCodes: string[];
  currentEndDate: string;
}

/**
 * Partner matching against the real PostgreSQL with several workers at once: no global lock, so
 * recomputations of related needs run concurrently and must leave every pair stored both ways,
 * once, with no failed (deadlocked) run; and the SQL prefilter must find what scoring every
 * collaborative need would.
 */
describe('PartnerMatchingService (concurrent workers, real database)', () => {
  let db: TestDatabase;
  let second: DataSource;
  let workers: PartnerMatchingService[];
  let councils: { gssCode: string; region: string }[];
  const random = new SeededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)];
  // Ids from the seeded source too, so the hash tie-breaks, and so the run, repeat exactly.
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random.next() * 16).toString(16)).join('');
  const seededUuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  const config = loadConfig({ MATCHING_TOP_N: '3' });

  async function insertNeed(seed: NeedSeed): Promise<void> {
    await db.dataSource.query(
      `INSERT INTO need (id, council_code, status, title, description, cpv_codes, cpv_prefixes, current_end_date, open_to_collaboration)
       VALUES ($1, $2, 'open', $3, $3, $4, $5, $6, true)`,
      [seed.id, seed.councilCode, seed.title, seed.cpvCodes, cpvPrefixesOf(seed.cpvCodes), seed.currentEndDate],
    );
  }

  function randomNeed(): NeedSeed {
    const council = pick(councils);
    const cpvCodes = [...new Set([pick(CODES), pick(CODES)])];
    const month = 1 + Math.floor(random.next() * 12);
    return { id: seededUuid(), councilCode: council.gssCode, title: pick(TITLES), cpvCodes, currentEndDate: `2027-${String(month).padStart(2, '0')}-15` };
  }

  async function pairs(): Promise<{ need_id: string; partner_need_id: string }[]> {
    return db.dataSource.query('SELECT need_id, partner_need_id FROM need_partner ORDER BY need_id, partner_need_id');
  }

  function expectSymmetric(rows: { need_id: string; partner_need_id: string }[]): void {
    const keys = rows.map((row) => `${row.need_id}>${row.partner_need_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const oneSided = rows.filter((row) => !keys.includes(`${row.partner_need_id}>${row.need_id}`));
    expect(oneSided).toEqual([]);
  }

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    const cache = new CouncilHierarchyCache(db.dataSource);
    await new CouncilReferenceLoader(db.dataSource, cache).load();
    // A second connection pool: a second worker process, as far as the database can tell.
    second = await createDataSource(db.url, ENTITIES, 5).initialize();
    const hierarchy = await cache.get();
    // Councils of two regions, so region and council both vary.
    councils = hierarchy
      .all()
      .filter((council) => council.region === 'South East' || council.region === 'Yorkshire and The Humber')
      .slice(0, 12)
      .map((council) => ({ gssCode: council.gssCode, region: council.region }));
    workers = [db.dataSource, second].map((dataSource) => new PartnerMatchingService(dataSource, config, new CouncilHierarchyCache(dataSource)));
  });

  afterAll(async () => {
    if (second?.isInitialized) await second.destroy();
    await db?.drop();
  });

  it('leaves every pair stored both ways and once when two workers recompute overlapping needs at once', async () => {
    const needs = Array.from({ length: 40 }, randomNeed);
    for (const need of needs) await insertNeed(need);

    for (let round = 1; round <= 3; round += 1) {
      // Each need recomputed by both workers, in shuffled order, while some needs change or close.
      const runs = needs.flatMap((need, index) => workers.map((worker, w) => ({ need, worker, order: random.next(), version: round * 10 + w + (index % 2) })));
      runs.sort((a, b) => a.order - b.order);
      const changes = needs.slice(round * 5, round * 5 + 5).map((need, index) =>
        index % 2 === 0
          ? db.dataSource.query(`UPDATE need SET status = 'closed', closure = 'closed-by-buyer', updated_at = now() WHERE id = $1`, [need.id])
          : db.dataSource.query(`UPDATE need SET cpv_codes = $2, cpv_prefixes = $3, updated_at = now() WHERE id = $1`, [need.id, ['72260000'], cpvPrefixesOf(['72260000'])]),
      );
      const outcomes = await Promise.allSettled([...runs.map((run) => run.worker.recompute(run.need.id, run.version)), ...changes]);
      // A deadlock would surface here as a rejected run.
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
      expectSymmetric(await pairs());
    }

    const stored = await pairs();
    expect(stored.length).toBeGreaterThan(0);
    const closed: { id: string }[] = await db.dataSource.query(`SELECT id FROM need WHERE status = 'closed'`);
    // Closed needs are gone from both sides once they have been recomputed after closing.
    for (const { id } of closed) await workers[0].recompute(id, 99);
    const settled = await pairs();
    expectSymmetric(settled);
    expect(settled.filter((row) => closed.some(({ id }) => id === row.need_id || id === row.partner_need_id))).toEqual([]);

    // Idempotent: running every need again, one at a time, twice, gives the same rows.
    for (const need of needs) await workers[0].recompute(need.id, 100);
    const once = await pairs();
    for (const need of needs) await workers[1].recompute(need.id, 100);
    expect(await pairs()).toEqual(once);
  });

  it('finds the top partners that scoring every collaborative need finds, but for near ties', async () => {
    await db.dataSource.query('DELETE FROM need_partner');
    await db.dataSource.query('DELETE FROM need');
    // The default ten partners from 400 needs: SQL hands 30 candidates to the exact score.
    const narrow = loadConfig({});
    const service = new PartnerMatchingService(db.dataSource, narrow, new CouncilHierarchyCache(db.dataSource));
    const needs = Array.from({ length: 400 }, randomNeed);
    for (const need of needs) await insertNeed(need);
    const hierarchy = await new CouncilHierarchyCache(db.dataSource).get();
    const facts = (seed: NeedSeed): NeedFacts => ({
      id: seed.id,
      councilCode: seed.councilCode,
      region: hierarchy.get(seed.councilCode)?.region ?? null,
      title: seed.title,
      description: seed.title,
      cpvCodes: seed.cpvCodes,
      lotId: null,
      wantedStartDate: null,
      currentEndDate: seed.currentEndDate,
    });
    const settings = { weights: narrow.matching.partnerWeights, floor: narrow.matching.partnerFloor, limit: narrow.matching.partnerTopN };
    for (const need of needs.slice(0, 20)) {
      await service.recompute(need.id, 1);
      const all = rankPartners(facts(need), needs.map(facts), { ...settings, limit: needs.length });
      const everyone = all.slice(0, settings.limit).map((partner) => partner.partnerNeedId);
      const stored: { id: string }[] = await db.dataSource.query('SELECT partner_need_id AS id FROM need_partner WHERE need_id = $1', [need.id]);
      const ids = stored.map((row) => row.id);
      // As many partners, none worse than the exact N-th by more than a near tie (the prefilter's
      // accepted edge case: a need whose codes or text the SQL stand-in undervalues may give way
      // to one at most 0.05 behind it).
      const kept = all.filter((partner) => ids.includes(partner.partnerNeedId)).slice(0, everyone.length);
      expect(kept).toHaveLength(everyone.length);
      for (const partner of kept) expect(partner.score).toBeGreaterThanOrEqual(all[everyone.length - 1].score - 0.05);
    }
  });
});
