import { SeededRandom, WeightedPicker } from '@app/shared';

/**
 * The words every IT catalogue is full of. They lead the ranking so that, as in a real catalogue,
 * a one-word search for any of them matches most listings; the CPV labels alone would rank
 * "repair" and "equipment" above "data" and never say "cloud" (CPV 2008 predates it).
 */
export const HEAD_WORDS = ['services', 'software', 'data', 'management', 'support', 'cloud', 'systems', 'service', 'system'] as const;

/** Grammatical words: they join content words into sentences and carry no search weight. */
const STOP_WORDS = new Set([
  'and', 'the', 'for', 'with', 'from', 'into', 'onto', 'other', 'others', 'than', 'that', 'this', 'their', 'its', 'not',
  'all', 'any', 'are', 'was', 'has', 'have', 'but', 'nor', 'per', 'via', 'etc', 'except', 'excluding', 'including',
  'related', 'similar', 'such', 'used', 'use',
]);

/** Lower-case words of three or more letters, in order. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !STOP_WORDS.has(word));
}

/**
 * A ranked vocabulary drawn with Zipf weights (the word of rank r is drawn in proportion to
 * 1 / r^exponent): a few words in almost every listing, most words in very few.
 */
export class ZipfVocabulary {
  private readonly picker: WeightedPicker<string>;

  private constructor(readonly ranked: readonly string[], exponent: number) {
    this.picker = new WeightedPicker(
      ranked,
      ranked.map((_, index) => 1 / Math.pow(index + 1, exponent)),
    );
  }

  /**
   * The head words first, then every other word of the labels by how many labels use it (ties in
   * alphabetical order, so the ranking does not depend on the order of the input).
   */
  static fromLabels(labels: readonly string[], exponent = 1): ZipfVocabulary {
    const counts = new Map<string, number>();
    for (const label of labels) {
      for (const word of new Set(wordsOf(label))) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const head = new Set<string>(HEAD_WORDS);
    const rest = [...counts.entries()]
      .filter(([word]) => !head.has(word))
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
      .map(([word]) => word);
    return new ZipfVocabulary([...HEAD_WORDS, ...rest], exponent);
  }

  get size(): number {
    return this.ranked.length;
  }

  draw(random: SeededRandom): string {
    return this.picker.pick(random);
  }
}
