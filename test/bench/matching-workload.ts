import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { cpvPrefixesOf } from '@app/procurement';
import { line, runCommand } from './bench-support';

/**
 * The matching workload shared by bench:matching and test:faults: a catalogue made and loaded by the
 * real commands, then needs and opportunities written by a bulk SQL path that writes the same rows and
 * the same outbox jobs (name, job id, payload) as NeedService and OpportunityPublisher, in one
 * transaction per change, but skips their validation and audit rows.
 */

export interface Sample {
  title: string;
  description: string;
  cpvCodes: string[];
  lotId: string;
}

export interface Committed {
  kind: 'need.saved' | 'opportunity.published';
  jobId: string;
  /** The need or opportunity the job is about. */
  subjectId: string;
  /** need.saved only: the version in the payload, which the run key names. */
  version?: number;
  committedAt: number;
}

export interface NeedRecord {
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

export function needRecord(id: string, councilCode: string, sample: Sample, random: () => number, open: boolean): NeedRecord {
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

export async function insertNeeds(pg: Client, rows: NeedRecord[]): Promise<void> {
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
export async function saveNeed(pg: Client, needId: string, sample: Sample): Promise<Committed> {
  const version = nextVersion();
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
  return { kind: 'need.saved', jobId, subjectId: needId, version, committedAt: Date.now() };
}

/** As JointProcurementService + OpportunityPublisher: a published joint procurement of two councils' needs and its open opportunity. */
export async function publishOpportunity(pg: Client, sample: Sample, councils: string[], random: () => number): Promise<Committed> {
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
  return { kind: 'opportunity.published', jobId, subjectId: opportunityId, committedAt: Date.now() };
}

export async function inTransaction(pg: Client, work: () => Promise<void>): Promise<void> {
  await pg.query('BEGIN');
  try {
    await work();
    await pg.query('COMMIT');
  } catch (error) {
    await pg.query('ROLLBACK');
    throw error;
  }
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
}

/** Generates and imports the catalogue with the real commands, as an administrator would; prints their summaries. */
export async function loadCatalogue(
  env: NodeJS.ProcessEnv,
  workDir: string,
  catalogue: { listings: number; suppliers: number; seed: number },
): Promise<void> {
  const file = join(workDir, 'catalogue.json');
  const args = ['--listings', String(catalogue.listings), '--suppliers', String(catalogue.suppliers), '--seed', String(catalogue.seed), '--out', file];
  line((await runCommand('apps/launcher/src/catalogue-generate.js', args, env)).trim());
  line((await runCommand('apps/launcher/src/catalogue-import.js', [file], env)).trim().split('\n').slice(0, 3).join('\n'));
}

export interface WorkloadSources {
  councils: string[];
  /** Published listings whose text and CPV codes needs and opportunities borrow. */
  samples: Sample[];
  published: number;
}

export async function workloadSources(pg: Client): Promise<WorkloadSources> {
  const councils = (await pg.query<{ code: string }>('SELECT gss_code AS code FROM council ORDER BY gss_code')).rows.map((row) => row.code);
  const samples = (
    await pg.query<Sample>(
      `SELECT name AS title, summary AS description, cpv_codes AS "cpvCodes", lot_id AS "lotId"
         FROM listing WHERE status = 'published' AND cardinality(cpv_codes) > 0 ORDER BY md5(id::text) LIMIT 3000`,
    )
  ).rows;
  const [{ published }] = (await pg.query<{ published: number }>(`SELECT count(*)::int AS published FROM listing WHERE status = 'published'`)).rows;
  if (councils.length < 3 || samples.length === 0) throw new Error(`reference data missing: ${councils.length} councils, ${samples.length} listings to draw needs from`);
  return { councils, samples, published };
}

/** New open needs with their need.saved jobs, all in one transaction, as NeedService.create does one at a time. */
export async function createNeeds(pg: Client, rows: NeedRecord[]): Promise<Committed[]> {
  const version = nextVersion();
  await inTransaction(pg, async () => {
    await insertNeeds(pg, rows);
    await pg.query(
      `INSERT INTO outbox_message (queue, job_name, job_id, payload)
       SELECT 'matching', 'need.saved', 'need-saved-' || id || '-' || $2::text, jsonb_build_object('needId', id, 'version', $2::bigint)
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) ORDER BY n`,
      [rows.map((row) => row.id), version],
    );
  });
  const committedAt = Date.now();
  return rows.map((row) => ({ kind: 'need.saved' as const, jobId: `need-saved-${row.id}-${version}`, subjectId: row.id, version, committedAt }));
}

let lastVersion = 0;

/** A need's version is its save time in ms, made strictly increasing so two saves in one ms still get two jobs. */
function nextVersion(): number {
  lastVersion = Math.max(Date.now(), lastVersion + 1);
  return lastVersion;
}
