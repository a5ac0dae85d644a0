/** Why two things match, as data: a stable code for programs and a sentence for people. */
export interface MatchReason {
  code: string;
  text: string;
}

/** A score in [0, 1] with the reasons that earned it. */
export interface Scored {
  score: number;
  reasons: MatchReason[];
}

/** Clamps rounding noise so every score stays inside [0, 1]. */
export function unit(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  return value >= 1 ? 1 : value;
}
