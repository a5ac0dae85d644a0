import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { cpvPrefixesOf } from '@app/procurement';
import { SeededRandom } from '@app/shared';
import { freePort, runBuilt, startRedis, stop, waitFor } from '../support/processes';
import { built, fmt, line, mean, runBench, runCommand, sleep, verdict, whole } from './bench-support';
import { BenchDatabase, createBenchDatabase } from './bench-database';

/**
 * `npm run bench:matching`: the matching queue (need.saved → partner councils, opportunity.published
 * → supplier matches) against 50,000 published listings and 2,000 open needs from many councils, run
 * by the built worker as a real process on a private redis-server, beside BullMQ's own no-op
 * throughput on that Redis. Builds its own throwaway database, generates and imports the catalogue
 * with the real commands (as bench:search does), prints figures and targets, and drops everything.
 *
 * Needs and opportunities are written by a bulk SQL path that writes the same rows and the same
 * outbox jobs (name, job id, payload) as NeedService and OpportunityPublisher, in one transaction per
 * change, but skips their validation and audit rows. Latency is from the bench's COMMIT returning to
 * BullMQ's finishedOn for the job (set after the handler's transaction committed), both on this clock;
 * it includes the outbox relay's polling.
 *
 * Phases: (A) the 2,000 seeded needs' need.saved jobs as one backlog: saturated throughput of one
 * worker process; (B) 200 opportunities published and 500 needs saved, interleaved at BENCH_RATE
 * changes/s: latency per job type; (C) a no-op job on the same Redis, same concurrency: the ceiling.
 *
 * Settings: BENCH_LISTINGS (50000), BENCH_SUPPLIERS (2000), BENCH_SEED (1), BENCH_NEEDS (2000),
 * BENCH_OPPORTUNITIES (200), BENCH_SAVES (500), BENCH_RATE (20 changes/s), BENCH_WORKERS (1 worker
 * process), BENCH_NOOP_JOBS (20000), BENCH_DIST (dist). Exits non-zero only when something failed.
 */
const settings = {
  listings: whole('BENCH_LISTINGS', 50_000),
  suppliers: whole('BENCH_SUPPLIERS', 2_000),
  seed: whole('BENCH_SEED', 1),
  needs: whole('BENCH_NEEDS', 2_000),
  opportunities: whole('BENCH_OPPORTUNITIES', 200),
  saves: whole('BENCH_SAVES', 500),
  rate: whole('BENCH_RATE', 20),
  workers: Math.max(1, whole('BENCH_WORKERS', 1)),
  noopJobs: whole('BENCH_NOOP_JOBS', 20_000),
};
const TARGETS = { opportunityP95Ms: 1_000, needP95Ms: 500, jobsPerSecond: 50 };
/** How long each phase may take before the run reports what it has. */
const BACKLOG_LIMIT_MS = 150_000;
const PACED_DRAIN_LIMIT_MS = 90_000;

interface Sample {
  title: string;
  description: string;
  cpvCodes: string[];
  lotId: string;
}

interface Committed {
  kind: 'need.saved' | 'opportunity.published';
  jobId: string;
  committedAt: number;
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'pc-bench-'));
  let db: BenchDatabase | undefined;
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  let client: Client | undefined;
  let queue: Queue | undefined;
  let connection: Redis | undefined;
  const workers: ReturnType<typeof runBuilt>[] = [];
  const cleanUp = async () => {
    await Promise.all(workers.map((worker) => stop(worker.child)));
    await queue?.close().catch(() => undefined);
    connection?.disconnect();
    await client?.end().catch(() => undefined);
    if (redis) await stop(redis);
    await db?.drop();
    rmSync(workDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  let failed = false;
  try {
    db = await createBenchDatabase();
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const prefix = `bench-${randomBytes(3).toString('hex')}`;
    const [{ version }] = await db.query<{ version: string }>('SELECT version()');
    line(`Matching benchmark, ${new Date().toISOString().slice(0, 10)}`);
    line(`Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${version.split(' on ')[0]}`);
    line(`Database: ${db.name} (dropped at the end); private redis-server on port ${redisPort}; load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, SEED_DEMO: 'false', LOG_LEVEL: 'warn' };

    // 1. The catalogue, made and loaded by the real commands (as bench:search).
    const file = join(workDir, 'catalogue.json');
    line((await runCommand('apps/launcher/src/catalogue-generate.js', ['--listings', String(settings.listings), '--suppliers', String(settings.suppliers), '--seed', String(settings.seed), '--out', file], env)).trim());
    line((await runCommand('apps/launcher/src/catalogue-import.js', [file], env)).trim().split('\n').slice(0, 3).join('\n'));
    await db.query('VACUUM (ANALYZE) listing');

    client = new Client({ connectionString: db.url });
    await client.connect();
    const pg = client;
    const councils = (await pg.query<{ code: string }>('SELECT gss_code AS code FROM council ORDER BY gss_code')).rows.map((row) => row.code);
    const samples = (
      await pg.query<Sample>(
        `SELECT name AS title, summary AS description, cpv_codes AS "cpvCodes", lot_id AS "lotId"
           FROM listing WHERE status = 'published' AND cardinality(cpv_codes) > 0 ORDER BY md5(id::text) LIMIT 3000`,
      )
    ).rows;
    const [{ published }] = (await pg.query<{ published: number }>(`SELECT count(*)::int AS published FROM listing WHERE status = 'published'`)).rows;
    if (councils.length < 3 || samples.length === 0) throw new Error(`reference data missing: ${councils.length} councils, ${samples.length} listings to draw needs from`);
    const source = new SeededRandom(settings.seed);
    const random = () => source.next();
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];

    // 2. 2,000 open needs from many councils, with their need.saved jobs, in one transaction.
    const needIds: string[] = [];
    const needRows = Array.from({ length: settings.needs }, () => {
      const sample = pick(samples);
      const id = randomUUID();
      needIds.push(id);
      return needRecord(id, pick(councils), sample, random, true);
    });
    const seeded: Committed[] = [];
    await inTransaction(pg, async () => {
      await insertNeeds(pg, needRows);
      const version = Date.now();
      await pg.query(
        `INSERT INTO outbox_message (queue, job_name, job_id, payload)
         SELECT 'matching', 'need.saved', 'need-saved-' || id || '-' || $2::text, jsonb_build_object('needId', id, 'version', $2::bigint)
           FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) ORDER BY n`,
        [needIds, version],
      );
      seeded.push(...needIds.map((id) => ({ kind: 'need.saved' as const, jobId: `need-saved-${id}-${version}`, committedAt: 0 })));
    });
    const seedCommittedAt = Date.now();
    seeded.forEach((item) => (item.committedAt = seedCommittedAt));
    const councilsUsed = new Set(needRows.map((row) => row.council_code)).size;
    const collaborative = needRows.filter((row) => row.open_to_collaboration).length;
    line(`Data: ${fmt(published, 0)} published listings; ${fmt(settings.needs, 0)} open needs from ${councilsUsed} councils (${fmt(collaborative, 0)} open to collaboration)`);

    // 3. The worker, built, as real processes.
    for (let index = 0; index < settings.workers; index += 1) {
      const port = await freePort();
      const worker = runBuilt(built('apps/worker/src/main.js'), { ...env, WORKER_PORT: String(port) });
      workers.push(worker);
      await waitFor('the worker to be ready', async () => {
        if (worker.child.exitCode !== null) throw new Error(`the worker exited with code ${worker.child.exitCode}:\n${worker.output()}`);
        return (await fetch(`http://127.0.0.1:${port}/health/live`)).status === 200 ? true : undefined;
      }, 60_000);
    }
    const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 16);
    connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    queue = new Queue('matching', { connection, prefix });
    const matching = queue;

    // Phase A: the seeded backlog.
    line(`\nPhase A: ${fmt(settings.needs, 0)} need.saved jobs as one backlog, ${settings.workers} worker process(es) at concurrency ${concurrency}`);
    const backlog = await collect(matching, seeded, BACKLOG_LIMIT_MS);
    const backlogRate = printThroughput(backlog, settings.workers);

    // Phase B: paced changes, interleaved.
    const plan: ('opportunity' | 'save')[] = [
      ...Array<'opportunity'>(settings.opportunities).fill('opportunity'),
      ...Array<'save'>(settings.saves).fill('save'),
    ];
    shuffle(plan, random);
    line(`\nPhase B: ${settings.opportunities} opportunities published and ${settings.saves} needs saved, interleaved at ${settings.rate} changes/s (${fmt(plan.length / Math.max(settings.rate, 1), 0)} s)`);
    const paced: Committed[] = [];
    const phaseStart = Date.now();
    for (const [index, change] of plan.entries()) {
      const due = phaseStart + (index * 1000) / Math.max(settings.rate, 1);
      if (due > Date.now()) await sleep(due - Date.now());
      paced.push(change === 'opportunity' ? await publishOpportunity(pg, pick(samples), councils, random) : await saveNeed(pg, pick(needIds), pick(samples)));
    }
    const results = await collect(matching, paced, PACED_DRAIN_LIMIT_MS);
    const opportunities = results.filter((result) => result.kind === 'opportunity.published');
    const saves = results.filter((result) => result.kind === 'need.saved');
    const oppLatency = summary(opportunities.map((result) => result.latencyMs));
    const needLatency = summary(saves.map((result) => result.latencyMs));
    line('  commit → results stored (BullMQ finishedOn), including the outbox relay:');
    printLatency('opportunity.published → matches stored', oppLatency, opportunities, settings.opportunities);
    printLatency('need.saved → partners stored', needLatency, saves, settings.saves);
    line(`  target: supplier matches p95 ≤ ${TARGETS.opportunityP95Ms} ms → ${verdict(oppLatency.count === settings.opportunities && oppLatency.p95 <= TARGETS.opportunityP95Ms)}; ` +
      `partner suggestions p95 ≤ ${TARGETS.needP95Ms} ms → ${verdict(needLatency.count === settings.saves && needLatency.p95 <= TARGETS.needP95Ms)}`);
    const [{ matches, matched }] = (await pg.query<{ matches: number; matched: number }>(
      'SELECT count(*)::int AS matches, count(DISTINCT opportunity_id)::int AS matched FROM opportunity_match',
    )).rows;
    const [{ pairs }] = (await pg.query<{ pairs: number }>('SELECT count(*)::int AS pairs FROM need_partner')).rows;
    line(`  stored: ${fmt(matches, 0)} supplier matches over ${matched} opportunities; ${fmt(pairs, 0)} need_partner rows`);
    line(`  handler time (processedOn → finishedOn): opportunity.published mean ${fmt(mean(opportunities.map((r) => r.runMs)), 0)} ms, ` +
      `need.saved mean ${fmt(mean(saves.map((r) => r.runMs)), 0)} ms`);
    const pacedRate = printThroughput(results, settings.workers, '  paced phase, not saturated: ');

    // Phase C: BullMQ's own ceiling on the same Redis.
    line(`\nCeiling: ${fmt(settings.noopJobs, 0)} no-op jobs on the same Redis, one BullMQ Worker at concurrency ${concurrency} (in the bench process)`);
    const noopRate = await noopThroughput(redisUrl, prefix, settings.noopJobs, concurrency);
    line(`  ${fmt(noopRate, 0)} jobs/s`);
    const perWorker = backlogRate / settings.workers;
    line(`\nMatching jobs per worker process (phase A, saturated): ${fmt(perWorker, 1)} jobs/s (target ≥ ${TARGETS.jobsPerSecond} → ${verdict(perWorker >= TARGETS.jobsPerSecond)}); ` +
      `ratio to the no-op ceiling ${fmt((100 * backlogRate) / noopRate, 2)}% (paced phase ${fmt(pacedRate, 1)} jobs/s)`);
    // Jobs still running when a phase's time limit passed are reported above: a missed target, not a failure.
    const outbox = (await pg.query<{ pending: number }>('SELECT count(*)::int AS pending FROM outbox_message WHERE dispatched_at IS NULL')).rows[0].pending;
    line(`Outbox rows not relayed at the end: ${outbox}`);
    line(`\nTotal run time: ${fmt((Date.now() - startedAt) / 1000, 0)} s; load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } catch (error) {
    failed = true;
    process.stderr.write(`bench:matching failed: ${(error as Error).stack ?? error}\n`);
    for (const worker of workers) process.stderr.write(`--- worker output ---\n${worker.output().slice(-4_000)}\n`);
  } finally {
    await cleanUp();
  }
  return failed ? 1 : 0;
}

interface NeedRecord {
  id: string;
  council_code: string;
  status: string;
  closure: string | null;
  title: string;
  description: string;
  cpv_codes: string[];
  cpv_prefixes: string[];
  lot_id: string | null;
  wanted_start_date: string | null;
  open_to_collaboration: boolean;
  prefers_sme: boolean;
  prefers_local: boolean;
  prefers_open_source: boolean;
}

function needRecord(id: string, councilCode: string, sample: Sample, random: () => number, open: boolean): NeedRecord {
  const start = new Date(Date.now() + (30 + Math.floor(random() * 700)) * 86_400_000).toISOString().slice(0, 10);
  const cpvCodes = sample.cpvCodes.slice(0, 3);
  return {
    id,
    council_code: councilCode,
    status: open ? 'open' : 'closed',
    closure: open ? null : 'joint-procurement',
    title: sample.title,
    description: sample.description,
    cpv_codes: cpvCodes,
    cpv_prefixes: cpvPrefixesOf(cpvCodes),
    lot_id: random() < 0.6 ? sample.lotId : null,
    wanted_start_date: random() < 0.7 ? start : null,
    open_to_collaboration: random() < 0.8,
    prefers_sme: random() < 0.4,
    prefers_local: random() < 0.3,
    prefers_open_source: random() < 0.2,
  };
}

async function insertNeeds(pg: Client, rows: NeedRecord[]): Promise<void> {
  await pg.query(
    `INSERT INTO need (id, council_code, status, closure, title, description, cpv_codes, cpv_prefixes, lot_id, wanted_start_date,
                       open_to_collaboration, prefers_sme, prefers_local, prefers_open_source)
     SELECT id, council_code, status, closure, title, description, cpv_codes, cpv_prefixes, lot_id, wanted_start_date,
            open_to_collaboration, prefers_sme, prefers_local, prefers_open_source
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, council_code text, status text, closure text, title text, description text,
            cpv_codes text[], cpv_prefixes text[], lot_id uuid, wanted_start_date date, open_to_collaboration boolean,
            prefers_sme boolean, prefers_local boolean, prefers_open_source boolean)`,
    [JSON.stringify(rows)],
  );
}

/** As NeedService.update for a matched field: new content, updated_at, and a need.saved job with a new version. */
async function saveNeed(pg: Client, needId: string, sample: Sample): Promise<Committed> {
  const version = Date.now();
  const jobId = `need-saved-${needId}-${version}`;
  const cpvCodes = sample.cpvCodes.slice(0, 3);
  await inTransaction(pg, async () => {
    await pg.query('UPDATE need SET title = $2, description = $3, cpv_codes = $4, cpv_prefixes = $5, updated_at = now() WHERE id = $1', [
      needId,
      sample.title,
      sample.description,
      cpvCodes,
      cpvPrefixesOf(cpvCodes),
    ]);
    await pg.query(`INSERT INTO outbox_message (queue, job_name, job_id, payload) VALUES ('matching', 'need.saved', $1, $2)`, [
      jobId,
      JSON.stringify({ needId, version }),
    ]);
  });
  return { kind: 'need.saved', jobId, committedAt: Date.now() };
}

/** As JointProcurementService + OpportunityPublisher: a published joint procurement of two councils' needs and its open opportunity. */
async function publishOpportunity(pg: Client, sample: Sample, councils: string[], random: () => number): Promise<Committed> {
  const procurementId = randomUUID();
  const opportunityId = randomUUID();
  const jobId = `opportunity-published-${opportunityId}`;
  const lead = councils[Math.floor(random() * councils.length)];
  let other = councils[Math.floor(random() * councils.length)];
  if (other === lead) other = councils[(councils.indexOf(lead) + 1) % councils.length];
  const needs = [lead, other].map((code) => needRecord(randomUUID(), code, sample, random, false));
  await inTransaction(pg, async () => {
    await insertNeeds(pg, needs);
    await pg.query(`INSERT INTO joint_procurement (id, title, lead_council_code, status, published_at) VALUES ($1, $2, $3, 'published', now())`, [
      procurementId,
      sample.title,
      lead,
    ]);
    await pg.query(
      `INSERT INTO joint_procurement_participant (joint_procurement_id, council_code, need_id, value_share_pence, is_lead)
       VALUES ($1, $2, $3, 5000000, true), ($1, $4, $5, 5000000, false)`,
      [procurementId, lead, needs[0].id, other, needs[1].id],
    );
    await pg.query(
      `INSERT INTO opportunity (id, joint_procurement_id, lead_council_code, title, route, lot_id, problem_statement, user_needs, scope,
                                budget_pence, cpv_codes, status, published_at, closing_at)
       VALUES ($1, $2, $3, $4, 'framework', $5, $6, $7, $8, 10000000, $9, 'open', now(), now() + interval '21 days')`,
      [opportunityId, procurementId, lead, sample.title, sample.lotId, sample.description, `We need ${sample.title.toLowerCase()}`, sample.description, sample.cpvCodes.slice(0, 3)],
    );
    await pg.query(`INSERT INTO opportunity_criterion (opportunity_id, position, name, weight) VALUES ($1, 0, 'Quality', 60), ($1, 1, 'Price', 40)`, [opportunityId]);
    await pg.query(`INSERT INTO outbox_message (queue, job_name, job_id, payload) VALUES ('matching', 'opportunity.published', $1, $2)`, [
      jobId,
      JSON.stringify({ opportunityId }),
    ]);
  });
  return { kind: 'opportunity.published', jobId, committedAt: Date.now() };
}

interface Result extends Committed {
  processedOn: number;
  finishedOn: number;
  latencyMs: number;
  runMs: number;
}

/** Waits until every job has completed (or the limit passes), then reads BullMQ's timestamps for each. */
async function collect(queue: Queue, jobs: Committed[], limitMs: number): Promise<Result[]> {
  const deadline = Date.now() + limitMs;
  const done = new Map<string, Result>();
  let failures = 0;
  while (done.size + failures < jobs.length && Date.now() < deadline) {
    const pending = jobs.filter((job) => !done.has(job.jobId));
    failures = 0;
    for (let start = 0; start < pending.length; start += 200) {
      const batch = pending.slice(start, start + 200);
      const found = await Promise.all(batch.map((job) => Job.fromId(queue, job.jobId)));
      found.forEach((job, index) => {
        if (job?.finishedOn && !job.failedReason) {
          const committed = batch[index];
          done.set(committed.jobId, {
            ...committed,
            processedOn: job.processedOn ?? job.finishedOn,
            finishedOn: job.finishedOn,
            latencyMs: job.finishedOn - committed.committedAt,
            runMs: job.finishedOn - (job.processedOn ?? job.finishedOn),
          });
        } else if (job?.finishedOn && job.failedReason) failures += 1;
      });
    }
    if (done.size + failures < jobs.length) await sleep(500);
  }
  if (done.size < jobs.length) line(`  ${jobs.length - done.size} of ${jobs.length} jobs not completed within ${limitMs / 1000} s (${failures} failed)`);
  return [...done.values()];
}

function printThroughput(results: Result[], workers: number, label = '  '): number {
  if (results.length === 0) return 0;
  const first = Math.min(...results.map((result) => result.processedOn));
  const last = Math.max(...results.map((result) => result.finishedOn));
  const rate = (1000 * results.length) / Math.max(last - first, 1);
  line(`${label}${fmt(results.length, 0)} jobs in ${fmt((last - first) / 1000, 1)} s (first start → last finish): ${fmt(rate, 1)} jobs/s, ${fmt(rate / workers, 1)} per worker process; ` +
    `handler mean ${fmt(mean(results.map((r) => r.runMs)), 0)} ms`);
  return rate;
}

async function noopThroughput(redisUrl: string, prefix: string, count: number, concurrency: number): Promise<number> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const name = 'bench-noop';
  const queue = new Queue(name, { connection, prefix });
  let completed = 0;
  let finished!: () => void;
  const allDone = new Promise<void>((resolve) => (finished = resolve));
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const worker = new Worker(name, async () => undefined, { connection: workerConnection, prefix, concurrency, autorun: false });
  worker.on('completed', () => {
    completed += 1;
    if (completed === count) finished();
  });
  for (let start = 0; start < count; start += 1_000) {
    await queue.addBulk(Array.from({ length: Math.min(1_000, count - start) }, (_, index) => ({ name: 'noop', data: {}, opts: { jobId: `noop-${start + index}`, removeOnComplete: true } })));
  }
  const began = Date.now();
  void worker.run();
  await allDone;
  const rate = (1000 * count) / (Date.now() - began);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  workerConnection.disconnect();
  connection.disconnect();
  return rate;
}

async function inTransaction(pg: Client, work: () => Promise<void>): Promise<void> {
  await pg.query('BEGIN');
  try {
    await work();
    await pg.query('COMMIT');
  } catch (error) {
    await pg.query('ROLLBACK');
    throw error;
  }
}

interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function summary(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

function printLatency(label: string, latency: Summary, results: Result[], expected: number): void {
  line(`  ${label}: p50 ${fmt(latency.p50, 0)} ms, p95 ${fmt(latency.p95, 0)} ms, p99 ${fmt(latency.p99, 0)} ms, max ${fmt(latency.max, 0)} ms (${results.length}/${expected} jobs)`);
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
}

runBench('bench:matching', main);
