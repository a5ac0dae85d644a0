/**
 * Scores are whole numbers from 0 to 100 per criterion (100 fully meets it), agreed by the buyers
 * of the joint procurement: one consensus score per criterion, the latest replacing the earlier.
 * Weights are whole percentages summing to 100, so a weighted total Σ weight × score / 100 lies in
 * [0, 100] and Σ weight × score is an integer: totals are computed and compared exactly, in
 * hundredths of a point, and only shown as a decimal.
 */
export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

export interface WeightedCriterion {
  id: string;
  weight: number;
}

export interface ScoredResponse {
  id: string;
  pricePence: bigint;
  /** Scores by criterion id; a criterion missing here is not scored yet. */
  scores: ReadonlyMap<string, number>;
}

export interface WeightedTotal {
  /** Σ weight × score over the scored criteria, in hundredths of a point (0–10000). */
  hundredths: number;
  /** Every criterion has a score. */
  complete: boolean;
}

export interface RankedResponse {
  id: string;
  /** The weighted total in points, two decimals at most (87.5 means 87.50 out of 100). */
  weightedScore: number;
  complete: boolean;
  /** 1 for the best; responses equal in score and price share a rank; null until fully scored. */
  rank: number | null;
}

export function isScore(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_SCORE && (value as number) <= MAX_SCORE;
}

export function weightedTotal(criteria: readonly WeightedCriterion[], scores: ReadonlyMap<string, number>): WeightedTotal {
  let hundredths = 0;
  let complete = true;
  for (const criterion of criteria) {
    const score = scores.get(criterion.id);
    if (score === undefined) complete = false;
    else hundredths += criterion.weight * score;
  }
  return { hundredths, complete };
}

/**
 * Fully scored responses ranked by weighted total, highest first; equal totals go to the lower
 * price (value for money), and responses equal on both share a rank (1, 2, 2, 4). Responses not
 * fully scored come last, unranked, so a half-finished evaluation never looks like a result.
 * Within equal places the order is by id, so the list is stable.
 */
export function rankResponses(criteria: readonly WeightedCriterion[], responses: readonly ScoredResponse[]): RankedResponse[] {
  const totals = responses.map((response) => ({ response, total: weightedTotal(criteria, response.scores) }));
  totals.sort((a, b) => {
    if (a.total.complete !== b.total.complete) return a.total.complete ? -1 : 1;
    if (a.total.hundredths !== b.total.hundredths) return b.total.hundredths - a.total.hundredths;
    if (a.response.pricePence !== b.response.pricePence) return a.response.pricePence < b.response.pricePence ? -1 : 1;
    return a.response.id < b.response.id ? -1 : a.response.id > b.response.id ? 1 : 0;
  });
  let rank = 0;
  return totals.map(({ response, total }, index) => {
    if (total.complete) {
      const previous = totals[index - 1];
      const tied = previous?.total.complete && previous.total.hundredths === total.hundredths && previous.response.pricePence === response.pricePence;
      if (!tied) rank = index + 1;
    }
    return { id: response.id, weightedScore: total.hundredths / 100, complete: total.complete, rank: total.complete ? rank : null };
  });
}
