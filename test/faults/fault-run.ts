import { randomBytes, randomUUID } from 'node:crypto';
import { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { SeededRandom } from '@app/shared';
import { freePort, runBuilt, startRedis, stop, waitFor } from '../support/processes';
import { built, fmt, line, runBench, sleep, whole } from '../bench/bench-support';
import { BenchDatabase, createBenchDatabase } from '../bench/bench-database';
import { Committed, createNeeds, loadCatalogue, needRecord, publishOpportunity, saveNeed, shuffle, workloadSources } from '../bench/matching-workload';
import { addSupplierMembers, checkResults, jobOutcomes, recheckOpportunities } from './fault-checks';

/**
 * `npm run test:faults`: the matching queue under faults (issue #5, item 8). While needs are created
 * and saved and opportunities published, and while the worker works through the backlog they leave,
 * a chaos loop SIGKILLs a random worker process at random moments (starting a replacement each time)
 * and, once, SIGKILLs redis-server and starts it again on the same port and data directory. Then it
 * waits for the outbox and the queue to drain and checks what a user would notice: every need and
 * opportunity has one current result set, nobody was told anything twice, nothing is stuck in the
 * outbox or failed in the queue (fault-checks.ts says exactly what each means). Prints the counts;
 * exits non-zero on any violation. Everything it creates (database, Redis, temp directory) goes at
 * the end, failure or not.
 *
 * Redis runs as production must (docker/compose.yml): append-only file, fsync on every write,
 * noeviction. The outbox marks a row relayed once Redis has acknowledged its job, so a Redis that
 * forgets acknowledged writes loses work that nothing would re-send.
 *
 * Settings: FAULT_SEED (random; printed: the same seed gives the same data and fault timings, though
 * not the same interleaving with the workers), FAULT_LISTINGS (5000),
 * FAULT_SUPPLIERS (500), FAULT_NEEDS (2000), FAULT_OPPORTUNITIES (200), FAULT_SAVES (200 needs saved
 * again), FAULT_RATE (15 changes/s; new needs go in batches of 10), FAULT_WORKERS (2),
 * FAULT_KILL_MIN_MS / FAULT_KILL_MAX_MS (1500 / 6000 between faults), FAULT_MAX_KILLS (10),
 * FAULT_DRAIN_LIMIT_S (600: how long the queue may take to empty once the faults stop),
 * FAULT_RECHECK (20 opportunities recomputed on a quiet system and compared), FAULT_REDIS_AOF (1; 0
 * runs Redis without persistence: the restart then loses queued jobs, which the checks report),
 * BENCH_DIST (dist).
 */
const settings = {
  seed: whole('FAULT_SEED', Math.floor(Math.random() * 1_000_000)),
  listings: whole('FAULT_LISTINGS', 5_000),
  suppliers: whole('FAULT_SUPPLIERS', 500),
  needs: whole('FAULT_NEEDS', 2_000),
  opportunities: whole('FAULT_OPPORTUNITIES', 200),
  saves: whole('FAULT_SAVES', 200),
  rate: Math.max(1, whole('FAULT_RATE', 15)),
  workers: Math.max(1, whole('FAULT_WORKERS', 2)),
  killMinMs: whole('FAULT_KILL_MIN_MS', 1_500),
  killMaxMs: whole('FAULT_KILL_MAX_MS', 6_000),
  maxKills: whole('FAULT_MAX_KILLS', 10),
  drainLimitMs: whole('FAULT_DRAIN_LIMIT_S', 600) * 1000,
  recheck: whole('FAULT_RECHECK', 20),
  /** 0 runs Redis without persistence, to show what a Redis that forgets its data does to the outbox. */
  redisAof: whole('FAULT_REDIS_AOF', 1) !== 0,
};
/** New needs arrive in small batches (one transaction each), as a council importing its backlog would. */
const NEED_BATCH = 10;
/** The catalogue's own seed stays fixed: the chaos varies, the data does not. */
const CATALOGUE_SEED = 1;
const WORKER_READY_MS = 60_000;

interface WorkerProcess {
  name: string;
  child: ChildProcess;
  output: () => string;
}

interface ChaosLog {
  kills: number;
  redisRestarts: number;
  workersStarted: number;
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'pc-faults-'));
  const redisDir = join(workDir, 'redis');
  mkdirSync(redisDir);
  let db: BenchDatabase | undefined;
  let redis: ChildProcess | undefined;
  let client: Client | undefined;
  let connection: Redis | undefined;
  let queue: Queue | undefined;
  const workers: WorkerProcess[] = [];
  const retired: WorkerProcess[] = [];
  // Set first thing on the way out, so the chaos loop starts no new process behind the clean-up.
  let shuttingDown = false;
  const cleanUp = async () => {
    shuttingDown = true;
    await Promise.all(workers.map((worker) => stop(worker.child)));
    await queue?.close().catch(() => undefined);
    connection?.disconnect();
    await client?.end().catch(() => undefined);
    if (redis) await stop(redis);
    await db?.drop();
    rmSync(workDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  let failed = false;
  try {
    line(`Fault test of the matching queue, seed ${settings.seed} (replay with FAULT_SEED=${settings.seed})`);
    db = await createBenchDatabase();
    const redisPort = await freePort();
    // As docker/compose.yml: AOF, fsync always, never evict.
    const persistence = settings.redisAof ? ['--appendonly', 'yes', '--appendfsync', 'always'] : [];
    const redisArgs = [...persistence, '--dir', redisDir, '--maxmemory-policy', 'noeviction'];
    redis = await startRedis(redisPort, redisArgs);
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const prefix = `faults-${randomBytes(3).toString('hex')}`;
    line(`Database ${db.name}; private redis-server on port ${redisPort} (${settings.redisAof ? 'append-only, fsync always' : 'NO persistence'}); queue prefix ${prefix}`);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, SEED_DEMO: 'false', LOG_LEVEL: 'warn' };

    await loadCatalogue(env, workDir, { listings: settings.listings, suppliers: settings.suppliers, seed: CATALOGUE_SEED });
    client = new Client({ connectionString: db.url });
    await client.connect();
    const pg = client;
    const members = await addSupplierMembers(pg);
    const { councils, samples, published } = await workloadSources(pg);
    line(`Data: ${fmt(published, 0)} published listings; ${fmt(members, 0)} supplier users to notify`);

    const data = new SeededRandom(settings.seed);
    const chaos = new SeededRandom(settings.seed ^ 0x5eed);
    const random = () => data.next();

    let workerCount = 0;
    const startWorker = async (): Promise<WorkerProcess> => {
      const port = await freePort();
      if (shuttingDown) throw new Error('not starting a worker: the run is ending');
      const { child, output } = runBuilt(built('apps/worker/src/main.js'), { ...env, WORKER_PORT: String(port) });
      workerCount += 1;
      const worker = { name: `worker ${workerCount}`, child, output };
      workers.push(worker);
      await waitFor(`${worker.name} to be ready`, async () => {
        if (child.exitCode !== null) throw new Error(`${worker.name} exited with code ${child.exitCode}:\n${output()}`);
        return (await fetch(`http://127.0.0.1:${port}/health/live`)).status === 200 ? true : undefined;
      }, WORKER_READY_MS);
      return worker;
    };
    for (let index = 0; index < settings.workers; index += 1) await startWorker();

    // The plan: new needs in batches, opportunities published, needs saved again, shuffled; needs first.
    type Change = 'needs' | 'opportunity' | 'save';
    const plan: Change[] = [
      ...Array<Change>(Math.ceil(settings.needs / NEED_BATCH)).fill('needs'),
      ...Array<Change>(settings.opportunities).fill('opportunity'),
      ...Array<Change>(settings.saves).fill('save'),
    ];
    shuffle(plan, random);
    const firstNeeds = plan.indexOf('needs');
    if (firstNeeds > 0) [plan[0], plan[firstNeeds]] = [plan[firstNeeds], plan[0]];
    const writeMs = (plan.length * 1000) / settings.rate;
    // Once, somewhere in the middle of the writes, while jobs are queued and running.
    const redisRestartAt = Date.now() + writeMs * (0.25 + 0.35 * chaos.next());
    line(`\nWrites: ${fmt(settings.needs, 0)} needs (batches of ${NEED_BATCH}), ${settings.opportunities} opportunities, ${settings.saves} saves, ` +
      `${plan.length} transactions at ${settings.rate}/s (~${fmt(writeMs / 1000, 0)} s); ${settings.workers} worker processes; ` +
      `a fault every ${settings.killMinMs}–${settings.killMaxMs} ms while jobs are written or waiting (at most ${settings.maxKills} kills), ` +
      `Redis restarted once ~${fmt((redisRestartAt - Date.now()) / 1000, 0)} s into the writes`);

    // The test's own view of the queue; it reconnects by itself after the Redis restart.
    connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    connection.on('error', () => undefined);
    queue = new Queue('matching', { connection, prefix });
    queue.on('error', () => undefined);
    const matching = queue;
    // While Redis is reconnecting the answer is unknown: count that as work left.
    const backlogLeft = async () => ((await matching.getJobCounts('waiting').catch(() => ({ waiting: 1 }))).waiting ?? 1) > 0;

    const log: ChaosLog = { kills: 0, redisRestarts: 0, workersStarted: settings.workers };
    let writing = true;
    let chaosBroke = false;
    const restartRedis = async () => {
      const outageStart = Date.now();
      redis?.kill('SIGKILL');
      if (redis) await stop(redis); // resolves on exit
      await sleep(1_000 + chaos.int(0, 1_000));
      if (shuttingDown) return;
      redis = await startRedis(redisPort, redisArgs);
      log.redisRestarts += 1;
      line(`  [${elapsed(startedAt)}] redis-server SIGKILLed and restarted on port ${redisPort} (${fmt((Date.now() - outageStart) / 1000, 1)} s down)`);
    };
    const killOne = async () => {
      const victim = chaos.pick(workers);
      victim.child.kill('SIGKILL');
      await stop(victim.child);
      workers.splice(workers.indexOf(victim), 1);
      retired.push(victim);
      log.kills += 1;
      const replacement = await startWorker();
      log.workersStarted += 1;
      line(`  [${elapsed(startedAt)}] ${victim.name} SIGKILLed; ${replacement.name} started`);
    };
    const chaosLoop = (async () => {
      for (;;) {
        await sleep(chaos.int(settings.killMinMs, settings.killMaxMs));
        if (shuttingDown) return;
        if (log.redisRestarts === 0 && (Date.now() >= redisRestartAt || !writing)) {
          await restartRedis();
          continue;
        }
        if (log.redisRestarts > 0 && log.kills >= settings.maxKills) break;
        if (log.kills >= settings.maxKills) continue; // only the Redis restart is still to come
        if (!writing && !(await backlogLeft())) break;
        await killOne();
      }
    })();
    // Writing and chaos run together; a chaos failure (a worker that cannot start) ends the writes too.
    const chaosDone = chaosLoop.catch((error: Error) => {
      chaosBroke = true;
      throw error;
    });
    // Awaited after the writes; if the writes fail first, its error must not crash the clean-up.
    chaosDone.catch(() => undefined);

    const committed: Committed[] = [];
    const needIds: string[] = [];
    let needsLeft = settings.needs;
    const phaseStart = Date.now();
    for (const [index, change] of plan.entries()) {
      if (chaosBroke) break;
      const due = phaseStart + (index * 1000) / settings.rate;
      if (due > Date.now()) await sleep(due - Date.now());
      if (change === 'needs') {
        const rows = Array.from({ length: Math.min(NEED_BATCH, needsLeft) }, () => {
          const sample = samples[Math.floor(random() * samples.length)];
          return needRecord(randomUUID(), councils[Math.floor(random() * councils.length)], sample, random, true);
        });
        needsLeft -= rows.length;
        needIds.push(...rows.map((row) => row.id));
        committed.push(...(await createNeeds(pg, rows)));
      } else if (change === 'opportunity') {
        committed.push(await publishOpportunity(pg, samples[Math.floor(random() * samples.length)], councils, random));
      } else {
        const needId = needIds[Math.floor(random() * needIds.length)];
        committed.push(await saveNeed(pg, needId, samples[Math.floor(random() * samples.length)]));
      }
    }
    writing = false;
    line(`[${elapsed(startedAt)}] writes done in ${fmt((Date.now() - phaseStart) / 1000, 0)} s: ${fmt(committed.length, 0)} jobs committed to the outbox`);
    await chaosDone;
    line(`[${elapsed(startedAt)}] faults stopped`);

    // Drain: the outbox empty and nothing waiting, running or delayed (stalled jobs show as active
    // until a worker's stalled check, up to 2 × 30 s after their worker died). The daily pipeline
    // refresh waits as a delayed job of its scheduler all along: not work left.
    const drainStart = Date.now();
    const drained = await waitUntil(settings.drainLimitMs, async () => {
      const [{ pending }] = (await pg.query<{ pending: number }>('SELECT count(*)::int AS pending FROM outbox_message WHERE dispatched_at IS NULL')).rows;
      const counts = await matching.getJobCounts('waiting', 'active', 'prioritized');
      const retrying = (await matching.getDelayed()).filter((job) => !job.repeatJobKey).length;
      return pending === 0 && retrying === 0 && Object.values(counts).every((count) => count === 0);
    });
    line(`[${elapsed(startedAt)}] ${drained ? 'outbox and queue empty' : 'NOT drained'} ${fmt((Date.now() - drainStart) / 1000, 0)} s after the faults stopped`);

    // A sample of opportunities recomputed on a quiet system must give the same matches and tell no one again.
    const recheck = await recheckOpportunities(pg, matching, committed, settings.recheck, random);
    const outcomes = await jobOutcomes(matching, committed);
    const { facts, checks } = await checkResults(pg, committed, outcomes, matching, recheck);
    checks.unshift({ label: 'queue drained within the limit (outbox empty, nothing waiting or active)', value: drained ? 0 : 1 });

    line(`\nFaults: ${log.kills} workers SIGKILLed, ${log.redisRestarts} Redis restart(s), ${log.workersStarted} worker processes started in all`);
    line(`Jobs: ${fmt(outcomes.completed, 0)} of ${fmt(committed.length, 0)} completed; ${outcomes.stalled} recovered after their worker died ` +
      `(${outcomes.stalledRuns} stalls), ${outcomes.restarted} started more than once, ${outcomes.retried} retried after an error`);
    line('Counts:');
    for (const fact of facts) line(`  ${fact.label}: ${fmt(fact.value, 0)}`);
    line('Checks (each must be 0):');
    for (const check of checks) line(`  ${check.value === 0 ? 'ok  ' : 'FAIL'} ${check.label}: ${fmt(check.value, 0)}`);
    const violations = checks.filter((check) => check.value !== 0);
    failed = violations.length > 0;
    if (failed) {
      line(`\n${violations.length} check(s) failed; replay the same chaos plan with FAULT_SEED=${settings.seed}`);
      for (const worker of [...retired, ...workers]) process.stderr.write(`--- ${worker.name} output (end) ---\n${worker.output().slice(-3_000)}\n`);
    }
    line(`\nTotal run time: ${fmt((Date.now() - startedAt) / 1000, 0)} s`);
  } catch (error) {
    failed = true;
    process.stderr.write(`test:faults failed: ${(error as Error).stack ?? error}\n`);
    for (const worker of [...retired, ...workers]) process.stderr.write(`--- ${worker.name} output (end) ---\n${worker.output().slice(-3_000)}\n`);
  } finally {
    await cleanUp();
  }
  return failed ? 1 : 0;
}

/** Polls until the probe holds or the limit passes; a probe error (Redis reconnecting) counts as not yet. */
async function waitUntil(limitMs: number, probe: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return true;
    await sleep(1_000);
  }
  return false;
}

function elapsed(since: number): string {
  return `${fmt((Date.now() - since) / 1000, 0)} s`;
}

runBench('test:faults', main);
