import type { IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { mean } from './bench-support';

/** One request of a mix, with the class it is reported under. */
export interface BenchRequest {
  kind: string;
  path: string;
}

export interface LoadOptions {
  baseUrl: string;
  requests: readonly BenchRequest[];
  /** Requests per second for the whole run; 0 for as fast as the server answers. */
  rate: number;
  seconds: number;
  connections: number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface KindReport {
  kind: string;
  latency: LatencySummary;
  non2xx: number;
  sqlMean: number | null;
  sqlMax: number | null;
}

export interface LoadReport {
  seconds: number;
  /** Responses per second while the run lasted. */
  throughput: number;
  latency: LatencySummary;
  /** Requests autocannon counted as answered. */
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  sqlMean: number | null;
  sqlMax: number | null;
  /** Responses without an X-Sql-Statements header (the API was not started with EXPOSE_SQL_COUNT=true). */
  sqlMissing: number;
  byKind: KindReport[];
}

interface Sample {
  kind: string;
  status: number;
  ms: number;
  sql: number | null;
}

/**
 * Drives the requests at a fixed overall rate and records every response: its latency (from the
 * moment the request is built, just before it is written, to the parsed response), its status and
 * the X-Sql-Statements header, by request kind.
 *
 * autocannon paces a connection by a budget per second that refills at the same instant for every
 * connection, so N connections of one instance fire together at the start of each second: a burst,
 * not a rate. Here each connection is its own autocannon instance with its share of the rate,
 * started 1/N of a second after the previous one, so the requests arrive spread over each second,
 * as independent users' would. Each starts at its own point of the list, so no two send the same
 * request in lockstep.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const samples: Sample[] = [];
  const requests = options.requests.map((request) => ({
    method: 'GET' as const,
    path: request.path,
    setupRequest: (built: autocannon.Request, context: object) => {
      (context as Timing).sentAt = performance.now();
      return built;
    },
    onResponse: (status: number, _body: string, context: object, headers: IncomingHttpHeaders | undefined) => {
      samples.push({ kind: request.kind, status, ms: performance.now() - (context as Timing).sentAt, sql: sqlStatements(headers) });
    },
  }));
  const connections = Math.max(1, options.connections);
  const share = options.rate / connections;
  if (options.rate > 0 && !Number.isInteger(share)) throw new Error(`the rate (${options.rate}) must divide evenly over ${connections} connections`);

  const results = await Promise.all(
    Array.from({ length: connections }, async (_, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * 1000) / connections));
      const start = Math.floor((index * requests.length) / connections);
      return autocannon({
        url: options.baseUrl,
        requests: [...requests.slice(start), ...requests.slice(0, start)],
        connections: 1,
        pipelining: 1,
        duration: options.seconds,
        ...(options.rate > 0 ? { overallRate: share } : {}),
        timeout: 10,
      });
    }),
  );

  const kinds = [...new Set(options.requests.map((request) => request.kind))];
  const sql = samples.map((sample) => sample.sql).filter((count): count is number => count !== null);
  const total = (pick: (result: autocannon.Result) => number) => results.reduce((sum, result) => sum + pick(result), 0);
  return {
    seconds: options.seconds,
    // Each instance's mean of its per-second counts: the stagger does not stretch the measured window.
    throughput: total((result) => result.requests.average),
    latency: summarise(samples.map((sample) => sample.ms)),
    requests: total((result) => result.requests.total),
    non2xx: total((result) => result.non2xx),
    errors: total((result) => result.errors),
    timeouts: total((result) => result.timeouts),
    sqlMean: sql.length ? mean(sql) : null,
    sqlMax: sql.length ? Math.max(...sql) : null,
    sqlMissing: samples.length - sql.length,
    byKind: kinds.map((kind) => {
      const own = samples.filter((sample) => sample.kind === kind);
      const ownSql = own.map((sample) => sample.sql).filter((count): count is number => count !== null);
      return {
        kind,
        latency: summarise(own.map((sample) => sample.ms)),
        non2xx: own.filter((sample) => sample.status < 200 || sample.status > 299).length,
        sqlMean: ownSql.length ? mean(ownSql) : null,
        sqlMax: ownSql.length ? Math.max(...ownSql) : null,
      };
    }),
  };
}

interface Timing {
  sentAt: number;
}

function sqlStatements(headers: IncomingHttpHeaders | undefined): number | null {
  if (!headers) return null;
  const name = Object.keys(headers).find((header) => header.toLowerCase() === 'x-sql-statements');
  const value = name === undefined ? undefined : Number(headers[name]);
  return value === undefined || !Number.isFinite(value) ? null : value;
}

export function summarise(values: readonly number[]): LatencySummary {
  if (values.length === 0) return { count: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least p% of the samples at or below it.
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { count: sorted.length, p50: rank(50), p95: rank(95), p99: rank(99), max: sorted[sorted.length - 1], mean: mean(sorted) };
}

