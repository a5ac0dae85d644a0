import { MatchReason, Scored, unit } from './match-reason';

/** Within this many months the timings line up fully; the score fades to 0 at the horizon. */
export const TIMING_FULL_MONTHS = 6;
export const TIMING_HORIZON_MONTHS = 18;
const DAYS_PER_MONTH = 365.25 / 12;

/** When a need wants to start and when its current contract ends (ISO dates), either possibly unknown. */
export interface NeedTiming {
  wantedStartDate: string | null;
  currentEndDate: string | null;
}

function monthsBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000 / DAYS_PER_MONTH;
}

/** 1 up to 6 months apart, falling linearly to 0 at 18 months. */
export function timingCloseness(months: number): number {
  if (months <= TIMING_FULL_MONTHS) return 1;
  return unit((TIMING_HORIZON_MONTHS - months) / (TIMING_HORIZON_MONTHS - TIMING_FULL_MONTHS));
}

/**
 * The closest pair of dates decides: two councils could buy together if one's contract ends near
 * when the other wants to start as much as when both contracts end together. Symmetric.
 */
export function timingSimilarity(a: NeedTiming, b: NeedTiming): Scored {
  const pairs: { months: number; kind: 'end' | 'start' | 'mixed' }[] = [];
  const add = (x: string | null, y: string | null, kind: 'end' | 'start' | 'mixed') => {
    if (x && y) pairs.push({ months: monthsBetween(x, y), kind });
  };
  add(a.currentEndDate, b.currentEndDate, 'end');
  add(a.wantedStartDate, b.wantedStartDate, 'start');
  add(a.currentEndDate, b.wantedStartDate, 'mixed');
  add(a.wantedStartDate, b.currentEndDate, 'mixed');
  if (pairs.length === 0) return { score: 0, reasons: [] };
  // Ties prefer the more telling pair: ends, then starts, then mixed; order does not depend on a or b.
  const rank = { end: 0, start: 1, mixed: 2 };
  const best = [...pairs].sort((x, y) => x.months - y.months || rank[x.kind] - rank[y.kind])[0];
  const score = timingCloseness(best.months);
  if (score === 0) return { score, reasons: [] };
  return { score, reasons: [timingReason(best.months, best.kind)] };
}

function timingReason(months: number, kind: 'end' | 'start' | 'mixed'): MatchReason {
  const rounded = Math.round(months);
  const apart = rounded === 0 ? 'within a month of each other' : `${rounded} month${rounded === 1 ? '' : 's'} apart`;
  const text = {
    end: `contracts end ${apart}`,
    start: `both want to start ${apart}`,
    mixed: `one contract ends and the other need starts ${apart}`,
  }[kind];
  return { code: 'timing', text };
}
