/**
 * When an opportunity deserves a second look from administrators. Each rule is a fact about the
 * competition, not proof of wrongdoing: the flags go to a review queue, they block nothing.
 */

/** A tender window (publication to closing) shorter than this shuts out suppliers without a bid team. */
export const MIN_TENDER_WINDOW_DAYS = 10;

/** An award more than this many percent above the participants' own estimates. */
export const AWARD_ABOVE_ESTIMATE_PERCENT = 20n;

const DAY_MS = 24 * 3_600_000;

export function isShortTenderWindow(publishedAt: Date, closingAt: Date): boolean {
  return closingAt.getTime() - publishedAt.getTime() < MIN_TENDER_WINDOW_DAYS * DAY_MS;
}

/**
 * `estimatePence` is the sum of the participating needs' estimated values; with no estimate at all
 * (null or zero) there is nothing to compare against. Integer arithmetic: award × 100 > estimate × 120.
 */
export function isAwardAboveEstimate(awardPence: bigint, estimatePence: bigint | null): boolean {
  if (estimatePence === null || estimatePence <= 0n) return false;
  return awardPence * 100n > estimatePence * (100n + AWARD_ABOVE_ESTIMATE_PERCENT);
}

/** One submitted response at close: no real competition took place. */
export function isSingleResponse(submittedResponses: number): boolean {
  return submittedResponses === 1;
}
