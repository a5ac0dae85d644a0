import type { ListingPricing, ListingStandards } from '../../domain/listing-content';
import type { ListingPublicView } from '../listing.views';

/**
 * A listing as open data: what anyone can read on the listing's page, and nothing more. Built
 * field by field from the public view, so a private field added to a view never leaks here.
 */
export interface OpenListing {
  id: string;
  name: string;
  summary: string;
  description: string;
  features: string[];
  benefits: string[];
  framework: { slug: string; name: string };
  lot: { slug: string; name: string };
  categories: { slug: string; name: string; parentName: string | null }[];
  cpvCodes: string[];
  pricing: ListingPricing | null;
  standards: ListingStandards;
  supplier: { id: string; name: string; isSme: boolean; isVcse: boolean };
  version: number;
  publishedAt: string | null;
  updatedAt: string;
}

export function toOpenListing(view: ListingPublicView): OpenListing {
  return {
    id: view.id,
    name: view.name,
    summary: view.summary,
    description: view.description,
    features: view.features,
    benefits: view.benefits,
    framework: { slug: view.framework.slug, name: view.framework.name },
    lot: { slug: view.lot.slug, name: view.lot.name },
    categories: view.categories.map((category) => ({ slug: category.slug, name: category.name, parentName: category.parentName })),
    cpvCodes: view.cpvCodes,
    pricing: view.pricing ? { min: view.pricing.min, max: view.pricing.max, unit: view.pricing.unit } : null,
    standards: { ...view.standards },
    supplier: { id: view.supplier.id, name: view.supplier.name, isSme: view.supplier.isSme, isVcse: view.supplier.isVcse },
    version: view.version,
    publishedAt: view.publishedAt,
    updatedAt: view.updatedAt,
  };
}

/** Lists in one CSV cell: separated by " | " (the JSON download keeps them as arrays). */
const list = (items: readonly string[]) => items.join(' | ');

/** The CSV download's columns, in order, each with how it is read from a listing. */
export const OPEN_LISTING_CSV_COLUMNS: readonly [string, (listing: OpenListing) => string | number | boolean | null][] = [
  ['id', (l) => l.id],
  ['name', (l) => l.name],
  ['summary', (l) => l.summary],
  ['description', (l) => l.description],
  ['features', (l) => list(l.features)],
  ['benefits', (l) => list(l.benefits)],
  ['framework', (l) => l.framework.slug],
  ['framework_name', (l) => l.framework.name],
  ['lot', (l) => l.lot.slug],
  ['lot_name', (l) => l.lot.name],
  ['categories', (l) => list(l.categories.map((category) => category.name))],
  ['cpv_codes', (l) => list(l.cpvCodes)],
  ['price_min', (l) => l.pricing?.min ?? null],
  ['price_max', (l) => l.pricing?.max ?? null],
  ['price_unit', (l) => l.pricing?.unit ?? null],
  ['open_source', (l) => l.standards.openSource],
  ['open_api', (l) => l.standards.openApi],
  ['open_standards', (l) => list(l.standards.openStandards)],
  ['data_export_formats', (l) => list(l.standards.dataExportFormats)],
  ['iso_27001', (l) => l.standards.iso27001],
  ['cyber_essentials', (l) => l.standards.cyberEssentials],
  ['uk_hosting', (l) => l.standards.ukHosting],
  ['accessibility_statement_url', (l) => l.standards.accessibilityStatementUrl],
  ['supplier_id', (l) => l.supplier.id],
  ['supplier_name', (l) => l.supplier.name],
  ['supplier_is_sme', (l) => l.supplier.isSme],
  ['supplier_is_vcse', (l) => l.supplier.isVcse],
  ['version', (l) => l.version],
  ['published_at', (l) => l.publishedAt],
  ['updated_at', (l) => l.updatedAt],
];
