import type { EntityManager } from 'typeorm';
import type { ListingContent } from '../../domain/listing-content';
import type { QualityReport } from '../../domain/quality';
import { listingColumnsOf } from '../../infrastructure/listing.mapper';
import type { SupplierFacts } from '../../infrastructure/supplier-facts';

/** One checked row, ready to be written: where it goes, its validated content, its quality and its supplier's facts. */
export interface ListingWrite {
  supplierId: string;
  externalRef: string;
  frameworkId: string;
  lotId: string;
  content: ListingContent;
  quality: QualityReport;
  facts: SupplierFacts;
}

/**
 * What happened to one row:
 * - inserted: a new published listing, version 1;
 * - updated: the content changed, so a new published version supersedes the one on show;
 * - refreshed: only the supplier facts copied onto the listing changed (no new version);
 * - unchanged: nothing to do;
 * - skipped: the listing is no longer plainly published (suspended, withdrawn, or an edit awaits
 *   moderation), and an administrator's bulk load must not silently undo that.
 */
export type ListingOutcome = 'inserted' | 'updated' | 'refreshed' | 'unchanged' | 'skipped';

export interface ListingWriteResult {
  /** Index of the row in the batch. */
  ord: number;
  listingId: string | null;
  outcome: ListingOutcome;
  version: number | null;
  /** For a skipped row: the listing's status then, and whether an edit awaited moderation. */
  priorStatus: string | null;
  priorPending: boolean;
}

// Column name and SQL type of each field the batch carries, in jsonb_to_recordset's terms.
const CONTENT_COLUMNS: [string, string][] = [
  ['framework_id', 'uuid'],
  ['lot_id', 'uuid'],
  ['name', 'text'],
  ['summary', 'text'],
  ['description', 'text'],
  ['features', 'text[]'],
  ['benefits', 'text[]'],
  ['category_ids', 'uuid[]'],
  ['cpv_codes', 'text[]'],
  ['price_min_pence', 'bigint'],
  ['price_max_pence', 'bigint'],
  ['price_unit', 'text'],
  ['open_source', 'boolean'],
  ['open_api', 'boolean'],
  ['open_standards', 'text[]'],
  ['data_export_formats', 'text[]'],
  ['iso27001', 'boolean'],
  ['cyber_essentials', 'text'],
  ['uk_hosting', 'boolean'],
  ['accessibility_statement_url', 'text'],
];
const FACT_COLUMNS: [string, string][] = [
  ['supplier_name', 'text'],
  ['supplier_is_sme', 'boolean'],
  ['supplier_is_vcse', 'boolean'],
  ['supplier_local_to', 'text[]'],
  ['supplier_active', 'boolean'],
];
const QUALITY_COLUMNS: [string, string][] = [
  ['quality_score', 'integer'],
  ['quality_missing', 'text[]'],
];
const INPUT_COLUMNS: [string, string][] = [
  ['ord', 'integer'],
  ['supplier_id', 'uuid'],
  ['external_ref', 'text'],
  ...CONTENT_COLUMNS,
  ...FACT_COLUMNS,
  ...QUALITY_COLUMNS,
  ['content', 'jsonb'],
];

const names = (columns: [string, string][]) => columns.map(([name]) => name);
const tuple = (alias: string, columns: [string, string][]) => `(${columns.map(([name]) => `${alias}.${name}`).join(', ')})`;
const differs = (a: string, b: string, columns: [string, string][]) => `${tuple(a, columns)} IS DISTINCT FROM ${tuple(b, columns)}`;
const WRITTEN = [...CONTENT_COLUMNS, ...FACT_COLUMNS, ...QUALITY_COLUMNS];

/**
 * The whole batch in one statement, so a batch costs one round trip whatever its size: the rows
 * travel as one jsonb array, a multi-row INSERT … ON CONFLICT (supplier_id, external_ref) DO UPDATE
 * writes only rows whose content or supplier facts differ, and the same statement supersedes the
 * versions on show and adds the new published versions. Every sub-statement sees the table as it
 * was before the statement, which is what `prior` relies on to classify the rows.
 */
const UPSERT_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(${INPUT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
),
prior AS (
  SELECT i.ord, l.id, l.status, l.pending_version IS NOT NULL AS pending,
         ${differs('l', 'i', CONTENT_COLUMNS)} AS content_changed
    FROM input i
    JOIN listing l ON l.supplier_id = i.supplier_id AND l.external_ref = i.external_ref
),
written AS (
  INSERT INTO listing AS l (supplier_id, external_ref, status, current_version, submitted_at, published_at, ${names(WRITTEN).join(', ')})
  SELECT supplier_id, external_ref, 'published', 1, now(), now(), ${names(WRITTEN).join(', ')}
    FROM input
   ORDER BY ord
  ON CONFLICT (supplier_id, external_ref) WHERE external_ref IS NOT NULL DO UPDATE
     SET ${WRITTEN.map(([name]) => `${name} = EXCLUDED.${name}`).join(', ')},
         current_version = CASE WHEN ${differs('l', 'EXCLUDED', CONTENT_COLUMNS)}
                                THEN (SELECT max(v.version) + 1 FROM listing_version v WHERE v.listing_id = l.id)
                                ELSE l.current_version END,
         updated_at = now()
   WHERE l.status = 'published' AND l.pending_version IS NULL
     AND ${differs('l', 'EXCLUDED', WRITTEN)}
  RETURNING l.id, l.supplier_id, l.external_ref, l.current_version
),
result AS (
  SELECT i.ord, coalesce(w.id, p.id) AS id, w.current_version AS version, p.status AS prior_status, coalesce(p.pending, false) AS prior_pending,
         CASE WHEN p.id IS NULL THEN 'inserted'
              WHEN w.id IS NULL AND (p.status <> 'published' OR p.pending) THEN 'skipped'
              WHEN w.id IS NULL THEN 'unchanged'
              WHEN p.content_changed THEN 'updated'
              ELSE 'refreshed' END AS outcome
    FROM input i
    LEFT JOIN prior p ON p.ord = i.ord
    LEFT JOIN written w ON w.supplier_id = i.supplier_id AND w.external_ref = i.external_ref
),
superseded AS (
  UPDATE listing_version v SET state = 'superseded'
    FROM result r
   WHERE r.outcome = 'updated' AND v.listing_id = r.id AND v.state = 'published'
  RETURNING v.id
),
versions AS (
  INSERT INTO listing_version (listing_id, version, state, content, quality_score, created_by, decided_by, decided_at)
  SELECT r.id, r.version, 'published', i.content, i.quality_score, $2::uuid, $2::uuid, now()
    FROM result r JOIN input i ON i.ord = r.ord
   WHERE r.outcome IN ('inserted', 'updated')
  RETURNING id
)
SELECT ord, id AS listing_id, outcome, version, prior_status, prior_pending FROM result ORDER BY ord`;

interface ResultRow {
  ord: number;
  listing_id: string | null;
  outcome: ListingOutcome;
  version: number | null;
  prior_status: string | null;
  prior_pending: boolean;
}

/**
 * Writes one batch. Rows must have distinct (supplierId, externalRef): PostgreSQL refuses to
 * update one row twice in a statement, and the importer reports such duplicates as errors.
 */
export async function upsertListingBatch(manager: EntityManager, rows: readonly ListingWrite[], actorUserId: string | null): Promise<ListingWriteResult[]> {
  if (rows.length === 0) return [];
  const payload = rows.map((row, ord) => {
    const columns = listingColumnsOf(row.content);
    return {
      ord,
      supplier_id: row.supplierId,
      external_ref: row.externalRef,
      framework_id: row.frameworkId,
      lot_id: row.lotId,
      name: columns.name,
      summary: columns.summary,
      description: columns.description,
      features: columns.features,
      benefits: columns.benefits,
      category_ids: columns.categoryIds,
      cpv_codes: columns.cpvCodes,
      price_min_pence: columns.priceMinPence,
      price_max_pence: columns.priceMaxPence,
      price_unit: columns.priceUnit,
      open_source: columns.openSource,
      open_api: columns.openApi,
      open_standards: columns.openStandards,
      data_export_formats: columns.dataExportFormats,
      iso27001: columns.iso27001,
      cyber_essentials: columns.cyberEssentials,
      uk_hosting: columns.ukHosting,
      accessibility_statement_url: columns.accessibilityStatementUrl,
      supplier_name: row.facts.name,
      supplier_is_sme: row.facts.isSme,
      supplier_is_vcse: row.facts.isVcse,
      supplier_local_to: row.facts.localTo,
      supplier_active: row.facts.active,
      quality_score: row.quality.score,
      quality_missing: row.quality.missing,
      content: row.content,
    };
  });
  const results: ResultRow[] = await manager.query(UPSERT_SQL, [JSON.stringify(payload), actorUserId]);
  return results.map((result) => ({
    ord: result.ord,
    listingId: result.listing_id,
    outcome: result.outcome,
    version: result.version,
    priorStatus: result.prior_status,
    priorPending: result.prior_pending,
  }));
}
