/**
 * A calendar date (YYYY-MM-DD) `months` from now, on day `day` of that month in UTC. A day of 28 or
 * less keeps month arithmetic from clamping (31 January + 1 month).
 */
export function monthsFromNow(months: number, day = 15): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, day)).toISOString().slice(0, 10);
}
