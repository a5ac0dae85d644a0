/** What a reference data loader did. `loaded` is false when this exact file (by SHA-256) was already loaded. */
export interface ReferenceLoadResult {
  name: string;
  checksum: string;
  loaded: boolean;
  /** Records in the file. */
  rows: number;
  /** Rows inserted or changed by this load; 0 when skipped. */
  changed: number;
}
