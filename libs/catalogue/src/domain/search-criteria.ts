/** What a catalogue search asks for, after the transport has checked each field's format. */
export interface SearchCriteria {
  q?: string;
  framework?: string;
  lot?: string;
  category?: string;
  /** A CPV code or prefix: 72 finds every code in division 72, 7226 every code under 72260000. */
  cpv?: string;
  sme?: boolean;
  vcse?: boolean;
  /** GSS code: suppliers local to this council through the council hierarchy. */
  localTo?: string;
  openSource?: boolean;
  openApi?: boolean;
  ukHosting?: boolean;
  maxPricePence?: bigint;
  /** Narrows the search to these listings (a saved search checking a newly published one). */
  onlyIds?: string[];
  /** Narrows the search to listings first published in (after, up to] (a saved search's daily digest). */
  publishedBetween?: { after: Date; upTo: Date };
  page: number;
  pageSize: number;
}

/** Longer queries are cut rather than refused: a pasted paragraph still searches. */
export const MAX_QUERY_LENGTH = 200;

/** Normalises the free text: trimmed, spaces folded, cut to a sane length. Empty means no text. */
export function normaliseQueryText(q: string | undefined): string | undefined {
  if (q === undefined) return undefined;
  const folded = q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return folded === '' ? undefined : folded;
}

/** A CPV filter matches on the code's significant digits: 72260000 and 7226 mean the same. */
export function cpvFilterPrefix(cpv: string): string {
  const digits = cpv.replace(/-\d$/, '').slice(0, 8);
  const significant = digits.replace(/0+$/, '');
  return significant.length >= 2 ? significant : digits.slice(0, 2);
}

/** One string per distinct search, so equal searches share a cache entry. */
export function criteriaKey(criteria: SearchCriteria): string {
  return JSON.stringify([
    criteria.q?.toLowerCase() ?? '',
    criteria.framework ?? '',
    criteria.lot ?? '',
    criteria.category ?? '',
    criteria.cpv ? cpvFilterPrefix(criteria.cpv) : '',
    criteria.sme ?? '',
    criteria.vcse ?? '',
    criteria.localTo ?? '',
    criteria.openSource ?? '',
    criteria.openApi ?? '',
    criteria.ukHosting ?? '',
    criteria.maxPricePence?.toString() ?? '',
    criteria.onlyIds ?? [],
    criteria.publishedBetween ? [criteria.publishedBetween.after.toISOString(), criteria.publishedBetween.upTo.toISOString()] : '',
    criteria.page,
    criteria.pageSize,
  ]);
}
