import { QueryFailedError } from 'typeorm';

/** Which unique constraint or index a failed statement broke (PostgreSQL 23505), or null for any other error. */
export function uniqueViolationOf(error: unknown): { constraint: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown } | undefined;
  if (driverError?.code !== '23505') return null;
  return { constraint: typeof driverError.constraint === 'string' ? driverError.constraint : '' };
}
