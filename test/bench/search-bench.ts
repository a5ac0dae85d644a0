import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogueImportFile } from '@app/catalogue';
import { freePort, runBuilt, stop, waitFor } from '../support/processes';
import { built, fmt, line, runBench, runCommand, verdict, whole } from './bench-support';
import { BenchDatabase, createBenchDatabase } from './bench-database';
import { KindReport, LatencySummary, LoadReport, runLoad } from './load-run';
import { benchMix, headRequests, tailRequests, vocabularyOf } from './query-mix';

/**
 * `npm run bench:search`: the catalogue search API over 50,000 published listings, with the
 * realistic query mix of PERFORMANCE.md, at a fixed 200 requests a second, beside the same app's
 * /health/live measured the same way. Builds its own throwaway database, generates and imports the
 * catalogue with the real commands, runs the built API as a process, prints figures and targets,
 * and drops the database. Exits non-zero only when something failed, never for a missed target.
 *
 * Settings (environment): BENCH_LISTINGS (50000), BENCH_SUPPLIERS (2000), BENCH_SEED (1),
 * BENCH_RATE (200), BENCH_SECONDS (30), BENCH_CONNECTIONS (10), BENCH_TAIL (40: the percentage of
 * requests from the long tail, each asked once); BENCH_DIST (dist), where the built apps are.
 */
const settings = {
  listings: whole('BENCH_LISTINGS', 50_000),
  suppliers: whole('BENCH_SUPPLIERS', 2_000),
  seed: whole('BENCH_SEED', 1),
  rate: whole('BENCH_RATE', 200),
  seconds: whole('BENCH_SECONDS', 30),
  connections: whole('BENCH_CONNECTIONS', 10),
  tailPercent: whole('BENCH_TAIL', 40),
};
const TARGETS = { p99Ms: 50, sqlPerRequest: 3, importPerSecond: 2_000 };

async function main(): Promise<number> {
  const startedAt = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'pc-bench-'));
  let db: BenchDatabase | undefined;
  let api: ReturnType<typeof runBuilt> | undefined;
  const cleanUp = async () => {
    if (api) await stop(api.child);
    await db?.drop();
    rmSync(workDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  let failed = false;
  try {
    db = await createBenchDatabase();
    const [{ version }] = await db.query<{ version: string }>('SELECT version()');
    line(`Catalogue search benchmark, ${new Date().toISOString().slice(0, 10)}`);
    line(`Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${version.split(' on ')[0]}`);
    line(`Database: ${db.name} (dropped at the end); load average before the run ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    };

    // 1. The catalogue, made and loaded by the real commands.
    const file = join(workDir, 'catalogue.json');
    const generated = await runCommand('apps/launcher/src/catalogue-generate.js', [
      '--listings', String(settings.listings), '--suppliers', String(settings.suppliers), '--seed', String(settings.seed), '--out', file,
    ], env);
    line(generated.trim());
    const importStarted = Date.now();
    const imported = await runCommand('apps/launcher/src/catalogue-import.js', [file], env);
    const importSeconds = (Date.now() - importStarted) / 1000;
    line(imported.trim().split('\n').slice(0, 3).join('\n'));
    const rate = Number(/([\d,]+) listings\/s/.exec(imported)?.[1]?.replace(/,/g, '') ?? NaN);
    line(`Import rate: ${fmt(rate, 0)} listings/s inside the command, ${fmt(settings.listings / importSeconds, 0)} listings/s including process start-up (target ≥ ${fmt(TARGETS.importPerSecond, 0)})`);
    // What autovacuum would do shortly after a bulk load, done now so the plans are not measured on empty statistics.
    await db.query('VACUUM (ANALYZE) listing');
    const catalogue = JSON.parse(readFileSync(file, 'utf8')) as CatalogueImportFile;
    const vocabulary = vocabularyOf(catalogue);
    const [{ published }] = await db.query<{ published: number }>(`SELECT count(*)::int AS published FROM listing WHERE status = 'published'`);
    line(`Data: ${fmt(published, 0)} published listings from ${fmt(catalogue.suppliers.length, 0)} suppliers, ${vocabulary.categories.length} G-Cloud 13 categories in use, ` +
      `${fmt(averageWords(catalogue), 0)} words per listing (Zipf over CPV labels)`);

    // 2. The API as a real process.
    const port = await freePort();
    api = runBuilt(built('apps/api/src/main.js'), {
      ...env,
      API_PORT: String(port),
      EXPOSE_SQL_COUNT: 'true',
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(24).toString('hex'),
    });
    const base = `http://127.0.0.1:${port}`;
    const running = api;
    await waitFor('the API to be ready', async () => {
      if (running.child.exitCode !== null) throw new Error(`the API exited with code ${running.child.exitCode}:\n${running.output()}`);
      return (await fetch(`${base}/health/ready`)).status === 200 ? true : undefined;
    }, 60_000);

    const probe = await fetch(`${base}/api/v1/listings?q=software`);
    const searchReady = probe.status === 200 && isSearchResponse(await probe.json());
    let search: LoadReport | null = null;
    if (!searchReady) {
      failed = true;
      line(`\nGET /api/v1/listings is not available (status ${probe.status}): search not measured; the health ceiling still is.`);
    } else {
      // 3. Warm-up: every popular search once (checking each answers 200 with the contract's shape),
      // then the load on requests the measured run does not use.
      line('\nMatches in the generated data (total of GET /api/v1/listings?q=…):');
      const shape: string[] = [];
      for (const q of ['services', 'software', 'data', 'cloud', 'management', 'case management', 'library management', 'payroll', 'Quorvia', 'Kestralbridge']) {
        const response = await fetch(`${base}/api/v1/listings?q=${encodeURIComponent(q)}`);
        shape.push(`${q}: ${fmt(((await response.json()) as { total: number }).total, 0)}`);
      }
      line(`  ${shape.join(', ')}`);
      for (const request of headRequests()) {
        const response = await fetch(`${base}${request.path}`);
        if (response.status !== 200) throw new Error(`warm-up: ${request.path} answered ${response.status}: ${await response.text()}`);
      }
      await runLoad({ baseUrl: base, requests: tailRequests(vocabulary, 1_000), rate: settings.rate, seconds: 5, connections: settings.connections });

      // 4. The measurement.
      const mix = benchMix(vocabulary, settings.rate * settings.seconds, settings.tailPercent, 1_000);
      line(`\nSearch: GET /api/v1/listings at ${settings.rate} req/s for ${settings.seconds} s over ${settings.connections} connections; ` +
        `${fmt(mix.length, 0)} requests, ${100 - settings.tailPercent}% popular searches (${headRequests().length} in their weighted order) ` +
        `and ${settings.tailPercent}% long tail (each asked once); ${fmt(new Set(mix.map((request) => request.path)).size, 0)} distinct`);
      search = await runLoad({ baseUrl: base, requests: mix, rate: settings.rate, seconds: settings.seconds, connections: settings.connections });
      printRun(search);
      line(`  target: p99 ≤ ${TARGETS.p99Ms} ms → ${verdict(search.latency.p99 <= TARGETS.p99Ms)}; ≤ ${TARGETS.sqlPerRequest} SQL statements per request → ` +
        `${search.sqlMax === null ? 'not measured' : verdict(search.sqlMax <= TARGETS.sqlPerRequest)}; 0 errors → ${verdict(search.non2xx + search.errors === 0)}`);
      line('\n  By kind of search (sorted by p99):');
      printKinds(search.byKind);
      if (search.non2xx + search.errors + search.timeouts > 0) failed = true;
    }

    // 5. The framework's ceiling: a trivial route of the same app, measured the same way.
    line(`\nCeiling: GET /health/live, ${settings.rate} req/s for ${settings.seconds} s over ${settings.connections} connections`);
    const live = [{ kind: 'health', path: '/health/live' }];
    await runLoad({ baseUrl: base, requests: live, rate: settings.rate, seconds: 3, connections: settings.connections });
    const health = await runLoad({ baseUrl: base, requests: live, rate: settings.rate, seconds: settings.seconds, connections: settings.connections });
    printRun(health);
    const flat = await runLoad({ baseUrl: base, requests: live, rate: 0, seconds: 10, connections: settings.connections });
    line(`  unthrottled for 10 s: ${fmt(flat.throughput, 0)} req/s, p99 ${fmt(flat.latency.p99, 1)} ms`);
    if (search) {
      line(`\nSearch ÷ health at ${settings.rate} req/s: p50 ×${fmt(search.latency.p50 / health.latency.p50, 1)}, p99 ×${fmt(search.latency.p99 / health.latency.p99, 1)}`);
    }
    if (health.non2xx + health.errors > 0) failed = true;
    // Other work on the machine shows up here; figures taken under load are not the app's.
    line(`\nTotal run time: ${fmt((Date.now() - startedAt) / 1000, 0)} s; load average after ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  } catch (error) {
    failed = true;
    process.stderr.write(`bench:search failed: ${(error as Error).stack ?? error}\n`);
    if (api) process.stderr.write(`--- API output ---\n${api.output()}\n`);
  } finally {
    await cleanUp();
  }
  return failed ? 1 : 0;
}

/** Runs a built command to its end, failing with its output when it fails. */

function isSearchResponse(body: unknown): boolean {
  const page = body as { items?: unknown; total?: unknown; page?: unknown; pageSize?: unknown; facets?: unknown };
  return Array.isArray(page.items) && typeof page.total === 'number' && typeof page.page === 'number' && typeof page.pageSize === 'number' && typeof page.facets === 'object';
}

function printRun(run: LoadReport): void {
  const { latency } = run;
  line(`  latency p50 ${fmt(latency.p50, 1)} ms, p95 ${fmt(latency.p95, 1)} ms, p99 ${fmt(latency.p99, 1)} ms, max ${fmt(latency.max, 1)} ms`);
  line(`  throughput ${fmt(run.throughput, 1)} req/s (${fmt(latency.count, 0)} responses); non-2xx ${run.non2xx}; errors ${run.errors} (timeouts ${run.timeouts})`);
  line(`  SQL statements per request: ${run.sqlMean === null ? `not reported (${run.sqlMissing} responses without X-Sql-Statements)` : `mean ${fmt(run.sqlMean, 2)}, max ${run.sqlMax}`}`);
}

function printKinds(kinds: KindReport[]): void {
  const rows = [...kinds].sort((a, b) => b.latency.p99 - a.latency.p99);
  const head = ['kind', 'share', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'SQL mean/max', 'non-2xx'];
  const total = kinds.reduce((sum, kind) => sum + kind.latency.count, 0);
  const table = rows.map((kind) => [
    kind.kind,
    `${fmt((100 * kind.latency.count) / Math.max(total, 1), 0)}%`,
    ...(['p50', 'p95', 'p99', 'max'] as (keyof LatencySummary)[]).map((key) => fmt(kind.latency[key], 1)),
    kind.sqlMean === null ? '-' : `${fmt(kind.sqlMean, 2)}/${kind.sqlMax}`,
    String(kind.non2xx),
  ]);
  const widths = head.map((title, column) => Math.max(title.length, ...table.map((row) => row[column].length)));
  for (const row of [head, ...table]) line(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}`);
}

function averageWords(file: CatalogueImportFile): number {
  const sample = file.listings.slice(0, 2_000);
  const words = sample.reduce((sum, listing) => {
    const text = [listing.name, listing.summary, listing.description, ...(listing.features ?? []), ...(listing.benefits ?? [])].join(' ');
    return sum + (text.match(/[A-Za-z]+/g) ?? []).length;
  }, 0);
  return words / Math.max(sample.length, 1);
}

runBench('bench:search', main);
