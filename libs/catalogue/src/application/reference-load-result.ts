/** What a reference data loader did. `loaded` is false when these exact files (by SHA-256) were already loaded. */
export interface ReferenceLoadResult {
  name: string;
  checksum: string;
  loaded: boolean;
  /** Records in the files: lots and categories. */
  rows: number;
  /** Rows inserted or changed by this load; 0 when skipped. */
  changed: number;
}
