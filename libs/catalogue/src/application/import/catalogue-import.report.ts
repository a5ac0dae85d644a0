import type { ImportFormat, ImportIssue } from './catalogue-import.parser';

export interface ImportOptions {
  /** Rows per INSERT statement and transaction. */
  batchSize?: number;
  /** Who runs the import, for the audit log and the versions; null for an operator at the command line. */
  actorUserId?: string | null;
  /** Told as rows are checked and written, so a command line can draw a progress bar. */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

export const DEFAULT_BATCH_SIZE = 1000;
export const MAX_BATCH_SIZE = 5000;

/** What an import did, row by row where a person must act. */
export interface ImportReport {
  /** The audit events of this run carry it as their object id. */
  importId: string;
  source: string;
  format: ImportFormat;
  suppliers: {
    rows: number;
    created: number;
    /** Already registered: used as they are, never changed by an import. */
    existing: number;
    rejected: number;
  };
  listings: {
    rows: number;
    inserted: number;
    updated: number;
    /** Only the supplier facts or quality figures copied onto the listing changed. */
    refreshed: number;
    unchanged: number;
    skipped: number;
    rejected: number;
  };
  /** Why each rejected row was refused, one entry per problem, in file order. */
  errors: ImportIssue[];
  /** Rows left alone on purpose (a suspended or withdrawn listing, or one with an edit awaiting moderation). */
  warnings: ImportIssue[];
  elapsedMs: number;
  /** Listing rows imported (written or found already up to date) per second of the whole run. */
  listingsPerSecond: number;
}
