import { DISTINCTIVE_SERVICE_NAMES } from '@app/catalogue';
import type { CatalogueImportFile } from '@app/catalogue';
import type { BenchRequest } from './load-run';

const SEARCH = '/api/v1/listings';
const LEEDS = 'E08000035';
const MAIDSTONE = 'E07000110';

/** Typical typos (a letter changed, dropped or doubled wrongly) of the generator's distinctive service names. */
const MISSPELLINGS: [string, string][] = [
  ['Kestrelbridge', 'Kestralbridge'],
  ['Librarium', 'Librarum'],
  ['Casewarden', 'Casewardon'],
  ['Marrowgate', 'Marowgate'],
  ['Payrolla', 'Payrola'],
  ['Tessellate', 'Tesselate'],
  ['Arbitrix', 'Arbitriks'],
  ['Civiclink', 'Civilink'],
];

const url = (params: Record<string, string | number>) => {
  const query = new URLSearchParams(Object.entries(params).map(([key, value]): [string, string] => [key, String(value)])).toString();
  return query ? `${SEARCH}?${query}` : SEARCH;
};
const repeat = (times: number, request: BenchRequest): BenchRequest[] => Array.from({ length: times }, () => request);

/**
 * The popular searches, repeated in proportion to how often they are asked: broad one-word queries
 * that match most of the catalogue lead, as they do in real search logs, then medium and
 * selective ones, product names and their misspellings, filters alone and combined, and pages 2–3.
 */
export function headRequests(): BenchRequest[] {
  for (const [name] of MISSPELLINGS) {
    if (!(DISTINCTIVE_SERVICE_NAMES as readonly string[]).includes(name)) throw new Error(`${name} is not one of the generator's distinctive names`);
  }
  const broad = (q: string, times: number) => repeat(times, { kind: 'broad', path: url({ q }) });
  const paged = (q: string, page: number) => ({ kind: 'broad page 2-3', path: url({ q, page }) });
  const medium = (q: string, times: number) => repeat(times, { kind: 'medium', path: url({ q }) });
  const filter = (params: Record<string, string | number>, times = 1) => repeat(times, { kind: 'filter only', path: url(params) });
  const combined = (params: Record<string, string | number>) => ({ kind: 'text + filters', path: url(params) });
  return [
    ...broad('software', 8),
    ...broad('services', 8),
    ...broad('data', 6),
    ...broad('cloud', 6),
    ...broad('management', 6),
    paged('software', 2),
    paged('software', 2),
    paged('services', 3),
    paged('services', 3),
    paged('data', 2),
    paged('cloud', 3),
    paged('management', 2),
    ...medium('case management', 4),
    ...medium('library management', 3),
    ...medium('payroll', 4),
    ...['Quorvia', 'Kestrelbridge', 'Librarium', 'Ombudsly', 'Fennwick', 'Payrolla'].map((q) => ({ kind: 'product name', path: url({ q }) })),
    ...MISSPELLINGS.map(([, q]) => ({ kind: 'misspelt name', path: url({ q }) })),
    ...filter({ lot: 'cloud-software' }, 2),
    ...filter({ category: 'case-management' }),
    ...filter({ cpv: '72' }),
    ...filter({ cpv: '4816' }),
    ...filter({ sme: 'true' }, 2),
    ...filter({ vcse: 'true' }),
    ...filter({ localTo: LEEDS }, 2),
    ...filter({ localTo: MAIDSTONE }),
    ...filter({ openSource: 'true' }),
    ...filter({ ukHosting: 'true' }),
    ...filter({ maxPrice: '1000' }),
    ...filter({ openApi: 'true' }),
    combined({ q: 'software', sme: 'true', localTo: LEEDS }),
    combined({ q: 'data', lot: 'cloud-hosting', ukHosting: 'true' }),
    combined({ category: 'case-management', sme: 'true', page: 2 }),
    combined({ cpv: '48', openSource: 'true', maxPrice: '5000' }),
    combined({ q: 'cloud', vcse: 'true' }),
    combined({ lot: 'cloud-support', localTo: MAIDSTONE, sme: 'true' }),
    combined({ q: 'management', openSource: 'true', ukHosting: 'true', page: 3 }),
    combined({ q: 'payroll', localTo: MAIDSTONE }),
    ...repeat(3, { kind: 'browse', path: SEARCH }),
    { kind: 'browse', path: url({ page: 2 }) },
  ];
}

/** What the long tail of searches is made of, taken from the generated catalogue itself. */
export interface CatalogueVocabulary {
  /** Category slugs in use, with the lot they belong to. */
  categories: { lot: string; slug: string }[];
  /** Councils suppliers have offices in. */
  councils: string[];
  /** CPV prefixes (4 to 6 significant digits) of codes in use. */
  cpvPrefixes: string[];
}

export function vocabularyOf(file: CatalogueImportFile): CatalogueVocabulary {
  const categories = new Map<string, { lot: string; slug: string }>();
  const prefixes = new Set<string>();
  for (const listing of file.listings) {
    for (const slug of listing.categories ?? []) categories.set(slug, { lot: listing.lot, slug });
    for (const code of listing.cpvCodes ?? []) {
      const significant = code.slice(0, 8).replace(/0+$/, '');
      if (significant.length >= 4) prefixes.add(significant.slice(0, Math.min(6, significant.length)));
    }
  }
  const councils = new Set(file.suppliers.flatMap((supplier) => supplier.offices.map((office) => office.councilCode)));
  return {
    categories: [...categories.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
    councils: [...councils].sort(),
    cpvPrefixes: [...prefixes].sort(),
  };
}

/**
 * Searches asked rarely, each different: category topics typed as words ("fleet management"),
 * filters on other councils, CPV classes and categories, alone or with a flag. Made
 * deterministically from the catalogue, `skip` first (so warm-up and measurement use different ones).
 */
export function tailRequests(vocabulary: CatalogueVocabulary, count: number, skip = 0): BenchRequest[] {
  const topics = vocabulary.categories.map(({ slug }) => slug.split('-')).filter((words) => words.length <= 3).map((words) => words.join(' '));
  const flags: Record<string, string>[] = [{}, { sme: 'true' }, { openSource: 'true' }, { ukHosting: 'true' }, { page: '2' }];
  const makers: ((index: number) => BenchRequest)[] = [
    (index) => ({ kind: 'long tail: text', path: url({ q: pick(topics, index), ...pick(flags, Math.floor(index / topics.length)) }) }),
    (index) => ({ kind: 'long tail: filters', path: url({ localTo: pick(vocabulary.councils, index), ...pick(flags, Math.floor(index / vocabulary.councils.length)) }) }),
    (index) => ({ kind: 'long tail: text', path: url({ q: pick(topics, index * 7 + 3), localTo: pick(vocabulary.councils, index * 3) }) }),
    (index) => ({ kind: 'long tail: filters', path: url({ cpv: pick(vocabulary.cpvPrefixes, index), ...pick(flags, Math.floor(index / vocabulary.cpvPrefixes.length)) }) }),
    (index) => {
      const category = pick(vocabulary.categories, index);
      return { kind: 'long tail: filters', path: url({ lot: category.lot, category: category.slug, ...pick(flags, Math.floor(index / vocabulary.categories.length)) }) };
    },
  ];
  const seen = new Set<string>();
  const requests: BenchRequest[] = [];
  for (let index = 0; requests.length < count && index < (count + skip) * 20; index += 1) {
    const request = makers[index % makers.length](Math.floor(index / makers.length));
    if (seen.has(request.path)) continue;
    seen.add(request.path);
    if (seen.size > skip) requests.push(request);
  }
  return requests;
}

/**
 * The measured mix: `total` requests, `tailPercent` of them from the long tail (each asked once),
 * the rest popular searches in their weighted order, evenly interleaved.
 */
export function benchMix(vocabulary: CatalogueVocabulary, total: number, tailPercent: number, tailSkip: number): BenchRequest[] {
  const head = headRequests();
  const tailCount = Math.round((total * tailPercent) / 100);
  const tail = tailRequests(vocabulary, tailCount, tailSkip);
  const mix: BenchRequest[] = [];
  let fromHead = 0;
  let fromTail = 0;
  for (let index = 0; index < total; index += 1) {
    // Spreads the tail evenly: a tail request whenever the running share falls behind tailPercent.
    const tailDue = Math.floor(((index + 1) * tailPercent) / 100) > Math.floor((index * tailPercent) / 100);
    mix.push(tailDue && fromTail < tail.length ? tail[fromTail++] : head[fromHead++ % head.length]);
  }
  return mix;
}

function pick<T>(items: readonly T[], index: number): T {
  return items[index % items.length];
}
