import { Scored, unit } from './match-reason';

/** Words too common in procurement text to say two things are alike. */
const STOP_WORDS = new Set(
  `the and for with from that this our their your are was were will have has into onto over under all any each
   not but can may must should would could also per via its it's they them than then there these those which who
   what when where how why new system systems service services council councils contract contracts supplier
   suppliers provide provision including include support replace replacement need needs every other more most
   some such only about across within between through being been use used using well`.split(/\s+/),
);

/**
 * The set of normalised words of a text: lower case, letters and digits only, at least three
 * characters, stop words dropped, and a plural "s" removed so "benefits" meets "benefit".
 */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    words.add(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return words;
}

/**
 * Rankings compare one text (the need's, the opportunity's) with each of hundreds of candidates as
 * the left argument: remembering the last left text's words saves re-reading it every time.
 */
let lastLeft: { text: string; words: ReadonlySet<string> } | null = null;

function wordsOfRepeated(text: string): ReadonlySet<string> {
  if (lastLeft?.text !== text) lastLeft = { text, words: wordsOf(text) };
  return lastLeft.words;
}

/**
 * Jaccard similarity of the two word sets (shared words over all words): symmetric, in [0, 1],
 * and blind to word order and repetition, which is what short titles and descriptions need.
 */
export function textSimilarity(a: string, b: string): Scored {
  const left = wordsOfRepeated(a);
  const right = wordsOf(b);
  if (left.size === 0 || right.size === 0) return { score: 0, reasons: [] };
  const shared = [...left].filter((word) => right.has(word)).sort();
  const union = left.size + right.size - shared.length;
  const score = unit(shared.length / union);
  if (shared.length === 0) return { score, reasons: [] };
  const shown = shared.slice(0, 3).join(', ');
  return { score, reasons: [{ code: 'shared-words', text: `both mention ${shown}${shared.length > 3 ? ` and ${shared.length - 3} more` : ''}` }] };
}
