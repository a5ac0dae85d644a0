/**
 * The idle timeout as people read it, and the small cookie that remembers a browser was signed in, so
 * that after the session has expired the next request can say why the user is signed out.
 */
export const SIGNED_IN_COOKIE = 'pc_signed_in';

const UNITS: Array<[seconds: number, singular: string]> = [
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** "30 minutes", "1 minute 30 seconds", "2 hours": whole units, largest first, none that are zero. */
export function describeDuration(totalSeconds: number): string {
  let left = Math.max(0, Math.round(totalSeconds));
  const parts: string[] = [];
  for (const [size, singular] of UNITS) {
    const count = Math.floor(left / size);
    left -= count * size;
    if (count > 0) parts.push(`${count} ${singular}${count === 1 ? '' : 's'}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}

export function inactivityMessage(idleSeconds: number): string {
  return `You were signed out because you were inactive for ${describeDuration(idleSeconds)}`;
}

/** Whether the Cookie header carries `name`; express-session parses only its own cookie. */
export function hasCookie(header: string | undefined, name: string): boolean {
  if (!header) return false;
  return header.split(';').some((pair) => pair.trim().split('=', 1)[0] === name);
}
