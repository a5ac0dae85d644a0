import type { SavedSearchKind } from './saved-search-filters';

export const ALERT_KIND = 'saved-search.alert';
export const DIGEST_KIND = 'saved-search.digest';

/** Titles listed in a digest; the rest are counted ("and 12 more"). */
export const DIGEST_ITEMS_SHOWN = 5;

interface SearchRef {
  id: string;
  name: string;
  kind: SavedSearchKind;
}

interface Item {
  id: string;
  title: string;
  href: string;
}

const NOUN: Record<SavedSearchKind, [string, string]> = {
  catalogue: ['service', 'services'],
  opportunities: ['opportunity', 'opportunities'],
};

/** One item, one search: the key makes a redelivered job (or a republished item) tell nobody twice. */
export function alertDedupeKey(searchId: string, itemId: string): string {
  return `saved-search/${searchId}/${itemId}`;
}

/** One digest per search per UK calendar day, however often the job runs. */
export function digestDedupeKey(searchId: string, day: string): string {
  return `saved-search-digest/${searchId}/${day}`;
}

/** The calendar day in the UK (YYYY-MM-DD), which is the day the digest is for. */
export function ukDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function alertNotice(search: SearchRef, item: Item) {
  return {
    kind: ALERT_KIND,
    title: `New ${NOUN[search.kind][0]} for your saved search "${search.name}"`,
    body: item.title,
    link: item.href,
    dedupeKey: alertDedupeKey(search.id, item.id),
  };
}

export function digestNotice(search: SearchRef, day: string, total: number, shown: readonly Item[], searchHref: string) {
  const [one, many] = NOUN[search.kind];
  const titles = shown.slice(0, DIGEST_ITEMS_SHOWN).map((item) => item.title);
  const more = total - titles.length;
  return {
    kind: DIGEST_KIND,
    title: `${total} new ${total === 1 ? one : many} for your saved search "${search.name}"`,
    body: titles.join('; ') + (more > 0 ? `; and ${more} more` : ''),
    link: searchHref,
    dedupeKey: digestDedupeKey(search.id, day),
  };
}
