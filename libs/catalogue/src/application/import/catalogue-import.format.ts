/**
 * The bulk import file, as a person or a generator writes it. JSON is either an array of listing
 * rows or `{ suppliers, listings }`; CSV is listing rows only, one per line under a header row, with
 * list fields separated by "|". Money is pounds as text ("1250.00") so no float ever touches it.
 */
export interface ListingImportRow {
  /** The importer's own id for the listing, unique per supplier: importing again updates, never duplicates. */
  externalRef: string;
  supplierCompanyNumber: string;
  /** Framework slug, such as g-cloud-13. */
  framework: string;
  /** Lot slug, such as cloud-software. */
  lot: string;
  name: string;
  summary?: string;
  description?: string;
  features?: string[];
  benefits?: string[];
  /** Category slugs or names of the lot. */
  categories?: string[];
  cpvCodes?: string[];
  priceMin?: string;
  priceMax?: string;
  /** What one price buys: "per user per month". */
  priceUnit?: string;
  openSource?: boolean;
  openApi?: boolean;
  openStandards?: string[];
  dataExportFormats?: string[];
  iso27001?: boolean;
  cyberEssentials?: 'none' | 'basic' | 'plus';
  ukHosting?: boolean;
  accessibilityStatementUrl?: string | null;
}

/**
 * A supplier the file brings with it, created when no supplier has its company number yet (an
 * existing supplier is never changed by an import). Only what SME status and locality are derived
 * from: the supplier's own users add VAT number, phone and postcodes through their profile.
 */
export interface SupplierImportRow {
  companyNumber: string;
  name: string;
  staffCount: number;
  /** Pounds, as text. */
  turnover: string;
  balanceSheetTotal: string;
  isVcse: boolean;
  /** GSS codes of the councils the supplier has offices in. */
  offices: { councilCode: string }[];
}

export const SUPPLIER_IMPORT_FIELDS = ['companyNumber', 'name', 'staffCount', 'turnover', 'balanceSheetTotal', 'isVcse', 'offices'] as const;

export interface CatalogueImportFile {
  suppliers: SupplierImportRow[];
  listings: ListingImportRow[];
}

/** The listing fields a file may carry, in the order a CSV header lists them. */
export const LISTING_IMPORT_FIELDS = [
  'externalRef',
  'supplierCompanyNumber',
  'framework',
  'lot',
  'name',
  'summary',
  'description',
  'features',
  'benefits',
  'categories',
  'cpvCodes',
  'priceMin',
  'priceMax',
  'priceUnit',
  'openSource',
  'openApi',
  'openStandards',
  'dataExportFormats',
  'iso27001',
  'cyberEssentials',
  'ukHosting',
  'accessibilityStatementUrl',
] as const satisfies readonly (keyof ListingImportRow)[];

export type ListingImportField = (typeof LISTING_IMPORT_FIELDS)[number];

export const LIST_FIELDS = ['features', 'benefits', 'categories', 'cpvCodes', 'openStandards', 'dataExportFormats'] as const;
export const FLAG_FIELDS = ['openSource', 'openApi', 'iso27001', 'ukHosting'] as const;
