import { Job, Queue } from 'bullmq';
import { Client } from 'pg';
import { DEFAULT_JOB_OPTIONS } from '@app/queue';
import { sleep, whole } from '../bench/bench-support';
import { Committed, shuffle } from '../bench/matching-workload';

/** A count printed after the run; a check's count must be 0, a fact's is only reported. */
export interface Count {
  label: string;
  value: number;
}

/**
 * The imported suppliers have no users, so nobody would be told about a match. One member each, so
 * every stored match must produce exactly one notification. The accounts cannot sign in: '!' is not
 * a hash any password verifies against.
 */
export async function addSupplierMembers(pg: Client): Promise<number> {
  const result = await pg.query(
    `WITH member AS MATERIALIZED (SELECT id AS supplier_id, gen_random_uuid() AS user_id, name FROM supplier),
          account AS (
            INSERT INTO app_user (id, email, full_name, password_hash, role, status)
            SELECT user_id, 'member-' || supplier_id || '@faults.test', name || ' bids team', '!', 'supplier', 'active' FROM member)
     INSERT INTO supplier_member (user_id, supplier_id) SELECT user_id, supplier_id FROM member`,
  );
  return result.rowCount ?? 0;
}

type Outcome = 'completed' | 'failed' | 'unfinished' | 'missing';

export interface JobOutcomes {
  byId: Map<string, Outcome>;
  completed: number;
  /** Jobs whose worker died while running them and that BullMQ moved back to wait. */
  stalled: number;
  stalledRuns: number;
  /** Started more than once (a run cut short by a kill or a Redis restart). */
  restarted: number;
  /** Finished an attempt with an error and were tried again. */
  retried: number;
}

/** Where every committed job ended up in BullMQ. A relayed job that Redis no longer knows is 'missing'. */
export async function jobOutcomes(queue: Queue, jobs: Committed[]): Promise<JobOutcomes> {
  const outcomes: JobOutcomes = { byId: new Map(), completed: 0, stalled: 0, stalledRuns: 0, restarted: 0, retried: 0 };
  for (let start = 0; start < jobs.length; start += 200) {
    const batch = jobs.slice(start, start + 200);
    const found = await Promise.all(batch.map((job) => Job.fromId(queue, job.jobId)));
    const states = await Promise.all(found.map((job) => job?.getState()));
    found.forEach((job, index) => {
      const state = states[index];
      const outcome: Outcome = !job ? 'missing' : state === 'completed' ? 'completed' : state === 'failed' ? 'failed' : 'unfinished';
      outcomes.byId.set(batch[index].jobId, outcome);
      if (outcome === 'completed') outcomes.completed += 1;
      if (!job) return;
      if (job.stalledCounter > 0) outcomes.stalled += 1;
      outcomes.stalledRuns += job.stalledCounter;
      if (job.attemptsStarted > 1) outcomes.restarted += 1;
      if (job.attemptsMade > 1) outcomes.retried += 1;
    });
  }
  return outcomes;
}

export interface Recheck {
  sampled: number;
  completed: number;
  differing: number;
  newNotifications: number;
}

/**
 * Runs opportunity.published again for a sample of opportunities on a quiet system (new job ids, so
 * BullMQ runs them) and compares the stored matches before and after: what the faulty run stored must
 * be what a clean run computes, and a second run must tell nobody anything new.
 */
export async function recheckOpportunities(pg: Client, queue: Queue, jobs: Committed[], count: number, random: () => number): Promise<Recheck> {
  const opportunityIds = jobs.filter((job) => job.kind === 'opportunity.published').map((job) => job.subjectId);
  shuffle(opportunityIds, random);
  const sample = opportunityIds.slice(0, count);
  if (sample.length === 0) return { sampled: 0, completed: 0, differing: 0, newNotifications: 0 };
  const before = await matchesOf(pg, sample);
  const notificationsBefore = await notificationCount(pg);
  const recheckIds = sample.map((id) => `fault-recheck-${id}`);
  await queue.addBulk(
    sample.map((opportunityId, index) => ({ name: 'opportunity.published', data: { opportunityId }, opts: { ...DEFAULT_JOB_OPTIONS, jobId: recheckIds[index] } })),
  );
  let completed = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const states = await Promise.all(recheckIds.map((id) => queue.getJobState(id)));
    completed = states.filter((state) => state === 'completed').length;
    if (states.every((state) => state === 'completed' || state === 'failed')) break;
    await sleep(500);
  }
  const after = await matchesOf(pg, sample);
  const differing = sample.filter((id) => before.get(id) !== after.get(id)).length;
  return { sampled: sample.length, completed, differing, newNotifications: (await notificationCount(pg)) - notificationsBefore };
}

async function matchesOf(pg: Client, opportunityIds: string[]): Promise<Map<string, string>> {
  const { rows } = await pg.query<{ opportunity_id: string; matches: string }>(
    `SELECT o.id AS opportunity_id,
            coalesce(string_agg(m.listing_id || ':' || m.supplier_id || ':' || m.score || ':' || m.run_key, ',' ORDER BY m.listing_id), '') AS matches
       FROM unnest($1::uuid[]) AS o(id) LEFT JOIN opportunity_match m ON m.opportunity_id = o.id GROUP BY o.id`,
    [opportunityIds],
  );
  return new Map(rows.map((row) => [row.opportunity_id, row.matches]));
}

async function notificationCount(pg: Client): Promise<number> {
  return (await pg.query<{ count: number }>('SELECT count(*)::int AS count FROM notification')).rows[0].count;
}

/**
 * What "every need and opportunity has exactly one current result set" means here:
 * - its latest job completed (BullMQ state), and nothing is left in the outbox or failed;
 * - need_partner is symmetric: every row has its mirror with the same run key and score;
 * - no pair is older than the latest change of either need (computed_at after both needs'
 *   updated_at): each recomputation rewrites or deletes every row that names its need, so a stale
 *   row means a change whose job never ran;
 * - a need's rows from its own runs share one run key, and there are at most MATCHING_TOP_N of them
 *   (rows written by a partner's run carry the partner's key: the relation is written both ways);
 * - an opportunity's matches carry one run key, at most MATCHING_SUPPLIER_TOP_N of them;
 * - every stored match told each of its supplier's users once, and nobody anything twice.
 */
export async function checkResults(
  pg: Client,
  jobs: Committed[],
  outcomes: JobOutcomes,
  queue: Queue,
  recheck: Recheck,
): Promise<{ facts: Count[]; checks: Count[] }> {
  const latest = new Map<string, Committed>();
  for (const job of jobs) if (job.kind === 'need.saved') latest.set(job.subjectId, job);
  const opportunities = jobs.filter((job) => job.kind === 'opportunity.published');
  const completed = (job: Committed) => outcomes.byId.get(job.jobId) === 'completed';
  const count = async (sql: string, params: unknown[] = []) => (await pg.query<{ count: number }>(sql, params)).rows[0].count;
  const needIds = [...latest.keys()];
  const latestVersions = [...latest.values()].map((job) => job.version ?? 0);
  const topN = whole('MATCHING_TOP_N', 10);
  const supplierTopN = whole('MATCHING_SUPPLIER_TOP_N', 50);
  const failed = (await queue.getJobCounts('failed')).failed;

  const facts: Count[] = [
    { label: 'needs whose latest save was processed', value: needIds.filter((id) => completed(latest.get(id)!)).length },
    { label: 'opportunities processed', value: opportunities.filter(completed).length },
    { label: 'need_partner rows', value: await count('SELECT count(*)::int AS count FROM need_partner') },
    { label: 'opportunity_match rows', value: await count('SELECT count(*)::int AS count FROM opportunity_match') },
    { label: 'opportunities with no match above the floor', value: await count(
      `SELECT count(*)::int AS count FROM opportunity o WHERE NOT EXISTS (SELECT 1 FROM opportunity_match m WHERE m.opportunity_id = o.id)`) },
    { label: 'match notifications', value: await count(`SELECT count(*)::int AS count FROM notification WHERE kind = 'opportunity.match'`) },
    { label: 'outbox rows relayed more than once (one job each: deterministic job ids)', value: await count(
      'SELECT count(*)::int AS count FROM outbox_message WHERE attempts > 1') },
    // Not a repeat: the generated catalogue gives some suppliers two listings of the same name, and
    // each listing matched is its own fact (its own dedupe key), worded the same.
    { label: 'notifications worded like another to the same user (same-name listings of one supplier)', value: await count(
      `SELECT coalesce(sum(n - 1), 0)::int AS count FROM (SELECT count(*) AS n FROM notification GROUP BY user_id, kind, link, title, body HAVING count(*) > 1) AS alike`) },
    { label: 'partner rows whose run key names an earlier version of its need (an older job ran last)', value: await count(
      `SELECT count(*)::int AS count FROM need_partner p
         JOIN unnest($1::uuid[], $2::bigint[]) AS l(id, version) ON l.id = split_part(p.run_key, '/', 2)::uuid
        WHERE split_part(p.run_key, '/', 3)::bigint <> l.version`,
      [needIds, latestVersions]) },
  ];

  const checks: Count[] = [
    { label: 'outbox rows not relayed', value: await count('SELECT count(*)::int AS count FROM outbox_message WHERE dispatched_at IS NULL') },
    { label: 'failed jobs in the queue', value: failed },
    { label: 'relayed jobs missing from Redis (lost)', value: [...outcomes.byId.values()].filter((outcome) => outcome === 'missing').length },
    { label: 'jobs not completed', value: jobs.length - outcomes.completed },
    { label: 'needs whose latest save has no completed job', value: needIds.filter((id) => !completed(latest.get(id)!)).length },
    { label: 'opportunities with no completed job', value: opportunities.filter((job) => !completed(job)).length },
    { label: 'partner rows without a mirror of the same run key and score', value: await count(
      `SELECT count(*)::int AS count FROM need_partner a
         LEFT JOIN need_partner b ON b.need_id = a.partner_need_id AND b.partner_need_id = a.need_id
        WHERE b.need_id IS NULL OR b.run_key <> a.run_key OR b.score <> a.score`) },
    { label: 'partner rows computed before the latest change of either need (stale)', value: await count(
      `SELECT count(*)::int AS count FROM need_partner p JOIN need a ON a.id = p.need_id JOIN need b ON b.id = p.partner_need_id
        WHERE p.computed_at < a.updated_at OR p.computed_at < b.updated_at`) },
    { label: 'partner rows whose run key is not a run of either need', value: await count(
      `SELECT count(*)::int AS count FROM need_partner
        WHERE run_key NOT LIKE 'need.saved/' || need_id || '/%' AND run_key NOT LIKE 'need.saved/' || partner_need_id || '/%'`) },
    { label: 'needs with rows from more than one of their own runs', value: await count(
      `SELECT count(*)::int AS count FROM (SELECT need_id FROM need_partner WHERE run_key LIKE 'need.saved/' || need_id || '/%'
         GROUP BY need_id HAVING count(DISTINCT run_key) > 1) AS doubled`) },
    { label: `needs with more than ${topN} partners from their own run`, value: await count(
      `SELECT count(*)::int AS count FROM (SELECT need_id FROM need_partner WHERE run_key LIKE 'need.saved/' || need_id || '/%'
         GROUP BY need_id HAVING count(*) > $1) AS over`, [topN]) },
    { label: 'opportunities whose matches carry more than one run key', value: await count(
      `SELECT count(*)::int AS count FROM (SELECT opportunity_id FROM opportunity_match GROUP BY 1 HAVING count(DISTINCT run_key) > 1) AS mixed`) },
    { label: `opportunities with more than ${supplierTopN} matches`, value: await count(
      `SELECT count(*)::int AS count FROM (SELECT opportunity_id FROM opportunity_match GROUP BY 1 HAVING count(*) > $1) AS over`, [supplierTopN]) },
    { label: 'notifications told twice (same user and dedupe key)', value: await count(
      `SELECT coalesce(sum(n - 1), 0)::int AS count FROM (SELECT count(*) AS n FROM notification GROUP BY user_id, dedupe_key HAVING count(*) > 1) AS twice`) },
    { label: 'matched supplier users never told', value: await count(
      `SELECT count(*)::int AS count FROM opportunity_match m JOIN supplier_member s ON s.supplier_id = m.supplier_id
        WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = s.user_id
                            AND n.dedupe_key = 'opportunity-match/' || m.opportunity_id || '/' || m.listing_id || '/' || s.user_id)`) },
    { label: 'match notifications for a match that is not stored', value: await count(
      // The key is opportunity-match/<opportunity>/<listing>/<user>: split, so the match's primary key finds it.
      `SELECT count(*)::int AS count FROM notification n
         LEFT JOIN opportunity_match m ON m.opportunity_id = split_part(n.dedupe_key, '/', 2)::uuid
                                      AND m.listing_id = split_part(n.dedupe_key, '/', 3)::uuid
        WHERE n.kind = 'opportunity.match' AND m.opportunity_id IS NULL`) },
    { label: `recheck: opportunities (of ${recheck.sampled}) whose fresh computation did not complete`, value: recheck.sampled - recheck.completed },
    { label: `recheck: opportunities (of ${recheck.sampled}) whose stored matches differ from a fresh computation`, value: recheck.differing },
    { label: 'recheck: notifications sent again by the fresh computation', value: recheck.newNotifications },
  ];
  return { facts, checks };
}
