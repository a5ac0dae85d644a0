import { QueryFailedError } from 'typeorm';

export interface UniqueViolation {
  constraint: string;
  table: string;
}

/** Which unique constraint or index a failed statement broke (PostgreSQL 23505), or null for any other error. */
export function uniqueViolationOf(error: unknown): UniqueViolation | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown; table?: unknown } | undefined;
  if (driverError?.code !== '23505') return null;
  return {
    constraint: typeof driverError.constraint === 'string' ? driverError.constraint : '',
    table: typeof driverError.table === 'string' ? driverError.table : '',
  };
}
