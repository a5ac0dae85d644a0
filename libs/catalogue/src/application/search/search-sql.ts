import { cpvFilterPrefix, SearchCriteria } from '../../domain/search-criteria';
import { MATCH_END, MATCH_START } from '../../domain/snippet';

/**
 * How a search finds its rows: full text (weighted, websearch syntax), trigram similarity on the
 * service and supplier names when full text finds nothing (misspellings), or no text at all.
 */
export type MatchMode = 'text' | 'similar-names' | 'browse';

export interface SearchStatement {
  sql: string;
  params: unknown[];
}

/**
 * Builds the one statement that answers a search: the matching rows are gathered once (a CTE used
 * several times is materialised), then the page, the total and every facet are read from them.
 */
export function buildSearchStatement(criteria: SearchCriteria, mode: MatchMode): SearchStatement {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };

  // Only what buyers and the public may see: published, by an active supplier, on a live framework.
  const where = [
    `l.status = 'published'`,
    `l.supplier_active`,
    `l.framework_id IN (SELECT id FROM framework WHERE status = 'live')`,
  ];
  if (criteria.framework) where.push(`l.framework_id IN (SELECT id FROM framework WHERE slug = ${param(criteria.framework)})`);
  if (criteria.lot) where.push(`l.lot_id IN (SELECT id FROM lot WHERE slug = ${param(criteria.lot)})`);
  if (criteria.category) {
    where.push(`l.category_ids && ARRAY(SELECT id FROM category WHERE slug = ${param(criteria.category)})`);
  }
  if (criteria.cpv) where.push(`l.cpv_prefixes @> ARRAY[${param(cpvFilterPrefix(criteria.cpv))}::text]`);
  if (criteria.localTo) where.push(`l.supplier_local_to @> ARRAY[${param(criteria.localTo)}::text]`);
  const flags: [keyof SearchCriteria, string][] = [
    ['sme', 'supplier_is_sme'],
    ['vcse', 'supplier_is_vcse'],
    ['openSource', 'open_source'],
    ['openApi', 'open_api'],
    ['ukHosting', 'uk_hosting'],
  ];
  for (const [field, column] of flags) {
    if (criteria[field] !== undefined) where.push(`l.${column} = ${param(criteria[field])}`);
  }
  if (criteria.maxPricePence !== undefined) where.push(`l.price_min_pence <= ${param(criteria.maxPricePence.toString())}`);
  if (criteria.onlyIds) where.push(`l.id = ANY(${param(criteria.onlyIds)}::uuid[])`);
  if (criteria.publishedBetween) {
    where.push(`l.published_at > ${param(criteria.publishedBetween.after)}`, `l.published_at <= ${param(criteria.publishedBetween.upTo)}`);
  }

  let rank = '0::real';
  let headline = `l.summary`;
  if (mode === 'text' && criteria.q) {
    const query = `websearch_to_tsquery('english', ${param(criteria.q)})`;
    where.push(`l.search_document @@ ${query}`);
    // Ranked on the small title document only (see the SearchPerformance migration): a name match
    // outranks a summary match, which outranks a match only in the body.
    rank = `ts_rank(l.title_document, ${query})`;
    headline = `ts_headline('english', l.summary || ' … ' || l.description, ${query},
      'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "')`;
  } else if (mode === 'similar-names' && criteria.q) {
    const text = param(criteria.q);
    where.push(`(${text} <% l.name OR ${text} <% l.supplier_name)`);
    rank = `greatest(word_similarity(${text}, l.name), word_similarity(${text}, l.supplier_name))::real`;
  }

  const limit = param(criteria.pageSize);
  const offset = param((criteria.page - 1) * criteria.pageSize);
  // Equal ranks are ordered by a hash of the id: neutral between suppliers, stable across pages.
  const order = `rank DESC, hashtext(id::text), id`;

  const sql = `
    WITH matches AS MATERIALIZED (
      SELECT l.id, l.lot_id, l.category_ids, l.supplier_is_sme, l.supplier_is_vcse, l.open_source, l.open_api,
             l.uk_hosting, ${rank} AS rank
        FROM listing l
       WHERE ${where.join('\n         AND ')}
    ),
    page AS (
      -- A plain ORDER BY ... LIMIT lets PostgreSQL keep only the top rows (a window function would sort them all).
      SELECT id, rank FROM matches ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM matches)::int AS total,
      COALESCE((
        SELECT json_agg(json_build_object(
                 'id', l.id, 'name', l.name, 'summary', l.summary, 'snippet', ${headline},
                 'supplierId', l.supplier_id, 'supplierName', l.supplier_name,
                 'isSme', l.supplier_is_sme, 'isVcse', l.supplier_is_vcse,
                 'frameworkSlug', f.slug, 'frameworkName', f.name, 'lotSlug', lot.slug, 'lotName', lot.name,
                 'categories', ARRAY(SELECT c.name FROM unnest(l.category_ids) AS category_id JOIN category c ON c.id = category_id ORDER BY c.name),
                 'cpvCodes', l.cpv_codes,
                 'priceMinPence', l.price_min_pence::text, 'priceMaxPence', l.price_max_pence::text, 'priceUnit', l.price_unit,
                 'openSource', l.open_source, 'openApi', l.open_api, 'ukHosting', l.uk_hosting,
                 'iso27001', l.iso27001, 'cyberEssentials', l.cyber_essentials, 'rank', p.rank)
               ORDER BY p.rank DESC, hashtext(p.id::text), p.id)
          FROM page p
          JOIN listing l ON l.id = p.id
          JOIN lot ON lot.id = l.lot_id
          JOIN framework f ON f.id = l.framework_id
      ), '[]') AS items,
      COALESCE((
        SELECT json_agg(json_build_object('slug', lot.slug, 'name', lot.name, 'framework', f.slug, 'count', counted.n)
               ORDER BY counted.n DESC, lot.name)
          FROM (SELECT lot_id, count(*)::int AS n FROM matches GROUP BY lot_id) counted
          JOIN lot ON lot.id = counted.lot_id
          JOIN framework f ON f.id = lot.framework_id
      ), '[]') AS lots,
      COALESCE((
        SELECT json_agg(json_build_object('slug', c.slug, 'name', c.name, 'count', counted.n) ORDER BY counted.n DESC, c.name)
          FROM (SELECT category_id, count(*)::int AS n
                  FROM (SELECT unnest(category_ids) AS category_id FROM matches) AS chosen GROUP BY category_id) counted
          JOIN category c ON c.id = counted.category_id
      ), '[]') AS categories,
      (SELECT json_build_object(
                'sme', count(*) FILTER (WHERE supplier_is_sme), 'vcse', count(*) FILTER (WHERE supplier_is_vcse),
                'openSource', count(*) FILTER (WHERE open_source), 'openApi', count(*) FILTER (WHERE open_api),
                'ukHosting', count(*) FILTER (WHERE uk_hosting))
         FROM matches) AS flags`;
  return { sql, params };
}
