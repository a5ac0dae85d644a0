import type { CatalogueImportFile, ListingImportRow, SupplierImportRow } from './catalogue-import.format';
import { SeededRandom, WeightedPicker } from '@app/shared';
import { wordsOf, ZipfVocabulary } from './zipf-vocabulary';

/**
 * Realistic catalogues for benchmarks and demos: the shape matters more than the prose. Text is
 * drawn from the CPV labels of the IT-related divisions with Zipf weights, so a few words occur in
 * most listings and most words in very few, as in a real catalogue; lots, categories, CPV codes and
 * councils are the real reference data passed in. The same seed always gives the same file.
 * Pure: no I/O, no clock, no Math.random.
 */

/** The CPV divisions an IT marketplace mostly lists under: equipment, software, repair, telecoms, IT, R&D, business services, training. */
export const GENERATOR_CPV_DIVISIONS = ['30', '32', '48', '50', '64', '71', '72', '73', '79', '80'] as const;

/**
 * Invented product names that are unusual enough to be misspelt in a search ("Quorvia" typed as
 * "Quorivia"), each given to one supplier's services so a misspelling query has a right answer.
 */
export const DISTINCTIVE_SERVICE_NAMES = [
  'Quorvia',
  'Kestrelbridge',
  'Librarium',
  'Payrolla',
  'Casewarden',
  'Fennwick',
  'Arbitrix',
  'Civiclink',
  'Marrowgate',
  'Tessellate',
  'Ombudsly',
  'Wrenfield',
] as const;

export interface GeneratorReference {
  cpvCodes: readonly { code: string; label: string }[];
  lots: readonly GeneratorLot[];
  councils: readonly GeneratorCouncil[];
}

export interface GeneratorLot {
  framework: string;
  slug: string;
  name: string;
  maxCategoriesPerService: number;
  categories: readonly { slug: string; name: string }[];
}

export interface GeneratorCouncil {
  gssCode: string;
  shortName: string;
  typeCode: string;
  /** Districts and unitaries: where offices are. Counties and combined authorities have none of their own here. */
  lowerTierOrUnitary: boolean;
}

export interface GeneratorOptions {
  listings: number;
  suppliers: number;
  seed: number;
}

type SizeClass = 'micro' | 'small' | 'medium' | 'large';

interface SupplierPlan {
  row: SupplierImportRow;
  size: SizeClass;
  place: string;
  slug: string;
  brand: string | null;
  primaryLot: GeneratorLot;
}

// Most suppliers on G-Cloud are micro or small businesses; a few large ones list many services each.
const SIZE_MIX: [SizeClass, number][] = [
  ['micro', 0.45],
  ['small', 0.3],
  ['medium', 0.18],
  ['large', 0.07],
];
const STAFF: Record<SizeClass, [number, number]> = { micro: [1, 9], small: [10, 49], medium: [50, 249], large: [250, 12_000] };
const LISTING_WEIGHT: Record<SizeClass, number> = { micro: 1, small: 2, medium: 6, large: 25 };
const OFFICES: Record<SizeClass, [number, number]> = { micro: [1, 1], small: [1, 2], medium: [1, 3], large: [2, 8] };
const ISO27001: Record<SizeClass, number> = { micro: 0.1, small: 0.25, medium: 0.5, large: 0.85 };

// Offices cluster where businesses are: London boroughs and the big cities more than rural districts.
const OFFICE_WEIGHT_BY_TYPE: Record<string, number> = { LBO: 3, MD: 2.5, UA: 2, CC: 1, NMD: 1 };

const LOT_WEIGHT: Record<string, number> = { 'cloud-software': 0.6, 'cloud-support': 0.25, 'cloud-hosting': 0.15 };

/** Where a lot's services sit in CPV: the divisions and how often each is chosen. */
const LOT_DIVISIONS: Record<string, [string, number][]> = {
  'cloud-software': [['48', 0.6], ['72', 0.35], ['79', 0.05]],
  'cloud-hosting': [['72', 0.75], ['48', 0.15], ['64', 0.05], ['30', 0.05]],
  'cloud-support': [['72', 0.5], ['79', 0.2], ['80', 0.12], ['71', 0.06], ['73', 0.05], ['50', 0.05], ['32', 0.02]],
};
const DEFAULT_DIVISIONS: [string, number][] = [['72', 0.6], ['48', 0.4]];

interface PriceProfile {
  unit: string;
  min: number;
  max: number;
}

const PRICES: Record<string, PriceProfile[]> = {
  'cloud-software': [
    { unit: 'per user per month', min: 1, max: 60 },
    { unit: 'per user per year', min: 10, max: 600 },
    { unit: 'per licence per year', min: 250, max: 60_000 },
    { unit: 'per instance per month', min: 50, max: 5_000 },
    { unit: 'per unit per year', min: 1_000, max: 150_000 },
    { unit: 'per transaction', min: 0.05, max: 5 },
  ],
  'cloud-hosting': [
    { unit: 'per virtual machine per hour', min: 0.01, max: 3 },
    { unit: 'per gigabyte per month', min: 0.01, max: 0.5 },
    { unit: 'per terabyte per month', min: 5, max: 80 },
    { unit: 'per server per month', min: 40, max: 3_000 },
    { unit: 'per instance per month', min: 10, max: 2_000 },
  ],
  'cloud-support': [
    { unit: 'per person per day', min: 350, max: 1_500 },
    { unit: 'per person per hour', min: 50, max: 200 },
    { unit: 'per unit', min: 500, max: 50_000 },
  ],
};

const OPEN_SOURCE: Record<string, number> = { 'cloud-software': 0.2, 'cloud-hosting': 0.25, 'cloud-support': 0.05 };
const OPEN_API: Record<string, number> = { 'cloud-software': 0.6, 'cloud-hosting': 0.7, 'cloud-support': 0.1 };
const UK_HOSTING: Record<string, number> = { 'cloud-software': 0.65, 'cloud-hosting': 0.75, 'cloud-support': 0.3 };

const OPEN_STANDARDS = ['OpenAPI 3.0', 'OAuth 2.0', 'OpenID Connect', 'SAML 2.0', 'ODF', 'CSV', 'JSON', 'XML', 'WCAG 2.2 AA', 'GeoJSON', 'HL7 FHIR', 'BS 7666'];
const EXPORT_FORMATS = ['CSV', 'ODF', 'JSON', 'XML'];

const NAME_ADJECTIVES = [
  'Bright', 'Clear', 'Blue', 'North', 'Open', 'Civic', 'Agile', 'Summit', 'Keystone', 'Harbour', 'Meridian', 'Beacon',
  'Lattice', 'Granite', 'Kingfisher', 'Oak', 'Willow', 'Cobalt', 'Amber', 'Silver', 'Red Kite', 'Heron', 'Compass', 'Lantern',
];
const NAME_NOUNS = [
  'Digital', 'Systems', 'Software', 'Technology', 'Consulting', 'Solutions', 'Data', 'Cloud', 'Networks', 'Informatics',
  'Analytics', 'IT Services', 'Computing', 'Labs', 'Partners', 'Group',
];
const SYLLABLES = ['ar', 'bel', 'cor', 'dex', 'el', 'fin', 'gra', 'hal', 'ix', 'jen', 'kor', 'lum', 'mar', 'nov', 'or', 'pex', 'quin', 'ra', 'sol', 'tor', 'ul', 'ven', 'wyn', 'xa', 'yor', 'zen'];
const NAME_ENDINGS = ['Platform', 'Service', 'Suite', 'Cloud', 'Online', 'Hub', 'Portal', 'Manager', 'Connect', 'Pro'];
const AUDIENCES = ['councils', 'local authorities', 'public sector organisations', 'housing teams', 'schools', 'social care teams', 'finance teams', 'service desks'];
const CONNECTORS = ['and', 'for', 'with', 'to', 'across', 'through', 'including', 'so', 'your', 'our', 'the', 'every', 'in', 'by'];

export function generateCatalogue(reference: GeneratorReference, options: GeneratorOptions): CatalogueImportFile {
  checkOptions(options);
  return new CatalogueGenerator(reference, options).generate();
}

function checkOptions({ listings, suppliers, seed }: GeneratorOptions): void {
  if (!Number.isInteger(listings) || listings < 0) throw new RangeError('listings must be a whole number of at least 0');
  if (!Number.isInteger(suppliers) || suppliers < 1) throw new RangeError('suppliers must be a whole number of at least 1');
  if (!Number.isInteger(seed)) throw new RangeError('seed must be a whole number');
}

class CatalogueGenerator {
  private readonly random: SeededRandom;
  private readonly vocabulary: ZipfVocabulary;
  private readonly lots: GeneratorLot[];
  private readonly lotPicker: WeightedPicker<GeneratorLot>;
  private readonly categoryPickers = new Map<string, WeightedPicker<{ slug: string; name: string }>>();
  private readonly codesByDivision = new Map<string, { code: string; label: string }[]>();
  private readonly codesByWord = new Map<string, string[]>();
  private readonly labelOf = new Map<string, string>();
  private readonly officePicker: WeightedPicker<GeneratorCouncil>;

  constructor(
    reference: GeneratorReference,
    private readonly options: GeneratorOptions,
  ) {
    this.random = new SeededRandom(options.seed);
    // Sorted copies, so that the output depends on the reference data and the seed, never on input order.
    const cpv = [...reference.cpvCodes]
      .filter((entry) => (GENERATOR_CPV_DIVISIONS as readonly string[]).includes(entry.code.slice(0, 2)))
      .sort((a, b) => compare(a.code, b.code));
    if (cpv.length === 0) throw new RangeError('the reference data has no CPV codes in the IT divisions');
    this.vocabulary = ZipfVocabulary.fromLabels(cpv.map((entry) => entry.label));
    for (const entry of cpv) {
      this.labelOf.set(entry.code, entry.label);
      const division = entry.code.slice(0, 2);
      // Whole divisions are too vague to describe one service.
      if (entry.code.endsWith('000000')) continue;
      this.codesByDivision.set(division, [...(this.codesByDivision.get(division) ?? []), entry]);
      for (const word of new Set(wordsOf(entry.label))) this.codesByWord.set(word, [...(this.codesByWord.get(word) ?? []), entry.code]);
    }

    this.lots = [...reference.lots].filter((lot) => lot.categories.length > 0).sort((a, b) => compare(`${a.framework}/${a.slug}`, `${b.framework}/${b.slug}`));
    if (this.lots.length === 0) throw new RangeError('the reference data has no lots with categories');
    this.lotPicker = new WeightedPicker(this.lots, this.lots.map((lot) => LOT_WEIGHT[lot.slug] ?? 0.2));
    for (const lot of this.lots) {
      // A few categories of each lot are popular and most are niche: Zipf weights over a seeded order.
      const order = this.random.sample([...lot.categories].sort((a, b) => compare(a.slug, b.slug)), lot.categories.length);
      this.categoryPickers.set(lotKey(lot), new WeightedPicker(order, order.map((_, rank) => 1 / Math.pow(rank + 1, 0.8))));
    }

    const offices = [...reference.councils].filter((council) => council.lowerTierOrUnitary).sort((a, b) => compare(a.gssCode, b.gssCode));
    if (offices.length === 0) throw new RangeError('the reference data has no district or unitary councils');
    this.officePicker = new WeightedPicker(offices, offices.map((council) => OFFICE_WEIGHT_BY_TYPE[council.typeCode] ?? 1));
  }

  generate(): CatalogueImportFile {
    const suppliers = this.suppliers();
    const supplierPicker = new WeightedPicker(
      suppliers,
      suppliers.map((supplier) => LISTING_WEIGHT[supplier.size] * this.random.logUniform(0.5, 2)),
    );
    const listings: ListingImportRow[] = [];
    for (let index = 0; index < this.options.listings; index += 1) {
      // Every supplier lists at least one service; the rest go mostly to the larger suppliers.
      const supplier = index < suppliers.length ? suppliers[index] : supplierPicker.pick(this.random);
      listings.push(this.listing(index, supplier));
    }
    return { suppliers: suppliers.map((supplier) => supplier.row), listings };
  }

  private suppliers(): SupplierPlan[] {
    const sizePicker = new WeightedPicker(
      SIZE_MIX.map(([size]) => size),
      SIZE_MIX.map(([, share]) => share),
    );
    const names = new Set<string>();
    const base = 10_000_000 + ((Math.abs(this.options.seed) * 7_919) % 80_000) * 1_000;
    const plans: SupplierPlan[] = [];
    const distinctiveAt = new Map<number, string>();
    DISTINCTIVE_SERVICE_NAMES.forEach((brand, index) => {
      distinctiveAt.set(Math.floor(((index + 0.5) * this.options.suppliers) / DISTINCTIVE_SERVICE_NAMES.length), brand);
    });

    for (let index = 0; index < this.options.suppliers; index += 1) {
      const size = sizePicker.pick(this.random);
      const staffCount = Math.round(this.random.logUniform(STAFF[size][0], STAFF[size][1] + 0.99) - 0.49);
      const turnoverPounds = staffCount * this.random.logUniform(45_000, 190_000);
      const balancePounds = turnoverPounds * this.random.logUniform(0.15, 0.9);
      const isVcse = size !== 'large' && this.random.chance(size === 'micro' || size === 'small' ? 0.08 : 0.04);
      const offices = this.officePicker.pickDistinct(this.random, this.random.int(OFFICES[size][0], OFFICES[size][1]));
      const form = this.legalForm(size, isVcse);
      const place = offices[0].shortName;
      const name = this.uniqueName(names, place, form.suffix);
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const brand = distinctiveAt.get(index) ?? (this.random.chance(0.15) ? this.inventedBrand() : null);
      plans.push({
        size,
        place,
        slug,
        brand,
        primaryLot: this.lotPicker.pick(this.random),
        row: {
          companyNumber: companyNumber(form.prefix, base, index),
          name,
          staffCount,
          turnover: pounds(turnoverPounds, 1_000),
          balanceSheetTotal: pounds(balancePounds, 1_000),
          isVcse,
          offices: offices.map((council) => ({ councilCode: council.gssCode })),
        },
      });
    }
    return plans;
  }

  private legalForm(size: SizeClass, isVcse: boolean): { prefix: string; suffix: string } {
    if (isVcse) {
      return this.random.chance(0.3)
        ? { prefix: 'CE', suffix: this.random.pick(['Trust', 'Foundation']) }
        : { prefix: '', suffix: this.random.pick(['CIC', 'Community Interest Company', 'Co-operative Ltd']) };
    }
    const roll = this.random.next();
    if (roll < 0.05) return { prefix: 'OC', suffix: 'LLP' };
    if (roll < 0.09) return { prefix: 'SC', suffix: 'Ltd' };
    if (roll < 0.1) return { prefix: 'NI', suffix: 'Ltd' };
    if (size === 'large' && this.random.chance(0.3)) return { prefix: '', suffix: 'plc' };
    return { prefix: '', suffix: this.random.chance(0.75) ? 'Ltd' : 'Limited' };
  }

  private uniqueName(taken: Set<string>, place: string, suffix: string): string {
    const noun = this.random.pick(NAME_NOUNS);
    const first = this.random.next();
    const stem = first < 0.45 ? place : first < 0.75 ? this.random.pick(NAME_ADJECTIVES) : this.inventedBrand();
    let name = `${stem} ${noun} ${suffix}`;
    for (let attempt = 2; taken.has(name); attempt += 1) {
      name = attempt < 4 ? `${stem} ${this.random.pick(NAME_ADJECTIVES)} ${noun} ${suffix}` : `${stem} ${noun} ${attempt} ${suffix}`;
    }
    taken.add(name);
    return name;
  }

  private inventedBrand(): string {
    const word = Array.from({ length: this.random.int(2, 3) }, () => this.random.pick(SYLLABLES)).join('');
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  private listing(index: number, supplier: SupplierPlan): ListingImportRow {
    const lot = this.random.chance(0.7) ? supplier.primaryLot : this.lotPicker.pick(this.random);
    const categoryCount = Math.min(lot.maxCategoriesPerService, lot.slug === 'cloud-software' ? this.random.int(1, 4) : this.random.int(1, 3));
    const categories = this.categoryPickers.get(lotKey(lot))!.pickDistinct(this.random, categoryCount);
    const main = categories[0];
    const cpvCodes = this.cpvCodes(lot, main.name);
    const pricing = this.pricing(lot);
    const isSoftware = lot.slug === 'cloud-software';
    const features = Array.from({ length: this.random.int(4, 8) }, () => this.phrase(2, 5, categories));
    const benefits = Array.from({ length: this.random.int(3, 6) }, () => this.phrase(3, 6, categories));

    return {
      externalRef: `SVC-${this.options.seed}-${String(index + 1).padStart(6, '0')}`,
      supplierCompanyNumber: supplier.row.companyNumber,
      framework: lot.framework,
      lot: lot.slug,
      name: this.serviceName(supplier, main.name, cpvCodes[0]),
      summary: this.summary(main.name),
      description: Array.from({ length: this.random.int(4, 5) }, () => this.sentence(this.random.int(10, 16), categories)).join(' '),
      features: unique(features),
      benefits: unique(benefits),
      categories: categories.map((category) => category.slug),
      cpvCodes,
      priceMin: pricing.min,
      priceMax: pricing.max,
      priceUnit: pricing.unit,
      openSource: this.random.chance(OPEN_SOURCE[lot.slug] ?? 0.15),
      openApi: this.random.chance(OPEN_API[lot.slug] ?? 0.5),
      openStandards: this.random.sample(OPEN_STANDARDS, this.random.int(0, 3)),
      dataExportFormats: isSoftware ? this.random.sample(EXPORT_FORMATS, this.random.int(1, 3)) : [],
      iso27001: this.random.chance(ISO27001[supplier.size]),
      cyberEssentials: this.random.pick(['plus', 'plus', 'basic', 'basic', 'basic', 'none'] as const),
      ukHosting: this.random.chance(UK_HOSTING[lot.slug] ?? 0.5),
      accessibilityStatementUrl: isSoftware && this.random.chance(0.7) ? `https://www.${supplier.slug}.example/accessibility` : null,
    };
  }

  /** Product-like names for branded suppliers; otherwise what the service is, as G-Cloud names mostly read. */
  private serviceName(supplier: SupplierPlan, category: string, cpvCode: string): string {
    const roll = this.random.next();
    let name: string;
    if (supplier.brand && roll < 0.6) name = `${supplier.brand} ${category}`;
    else if (roll < 0.3) name = `${category} ${this.random.pick(NAME_ENDINGS)}`;
    else if (roll < 0.5) name = `${supplier.place} ${category}`;
    else if (roll < 0.75) name = (this.labelOf.get(cpvCode) ?? category).replace(/ software package$/i, ' software');
    else name = `${capitalise(this.vocabulary.draw(this.random))} ${category} ${this.random.pick(NAME_ENDINGS)}`;
    return name.length <= 120 ? name : name.slice(0, 120).trimEnd();
  }

  private summary(category: string): string {
    const words = Array.from({ length: this.random.int(5, 9) }, () => this.vocabulary.draw(this.random));
    return `${capitalise(category)} ${words.slice(0, 3).join(' ')} for ${this.random.pick(AUDIENCES)}, with ${words.slice(3).join(' ')} ${this.random.pick(['included', 'as standard', 'built in', 'on demand'])}.`;
  }

  /** A sentence of Zipf-drawn words held together by grammatical ones, now and then naming a category. */
  private sentence(length: number, categories: readonly { name: string }[]): string {
    const words: string[] = [];
    while (words.length < length) {
      const roll = this.random.next();
      if (roll < 0.25 && words.length > 0) words.push(this.random.pick(CONNECTORS));
      else if (roll < 0.265) words.push(this.random.pick(categories).name.toLowerCase());
      else words.push(this.vocabulary.draw(this.random));
    }
    return `${capitalise(words.join(' '))}.`;
  }

  private phrase(min: number, max: number, categories: readonly { name: string }[]): string {
    const words = Array.from({ length: this.random.int(min, max) }, () => this.vocabulary.draw(this.random));
    if (this.random.chance(0.15)) words.push(this.random.pick(categories).name.toLowerCase());
    return capitalise(words.join(' ')).slice(0, 200);
  }

  /**
   * One to three real codes: the first one whose label shares a distinctive word with the main
   * category (Payroll → 79211110 Payroll management services) when there is one, the rest from
   * the divisions the lot's services usually sit in.
   */
  private cpvCodes(lot: GeneratorLot, category: string): string[] {
    const codes: string[] = [];
    const distinctive = wordsOf(category).filter((word) => {
      const matches = this.codesByWord.get(word)?.length ?? 0;
      return matches > 0 && matches <= 40;
    });
    if (distinctive.length > 0) codes.push(this.random.pick(this.codesByWord.get(this.random.pick(distinctive))!));
    const divisions = new WeightedPicker(
      (LOT_DIVISIONS[lot.slug] ?? DEFAULT_DIVISIONS).filter(([division]) => this.codesByDivision.has(division)),
      (LOT_DIVISIONS[lot.slug] ?? DEFAULT_DIVISIONS).filter(([division]) => this.codesByDivision.has(division)).map(([, weight]) => weight),
    );
    const wanted = this.random.int(1, 3);
    for (let attempt = 0; codes.length < wanted && attempt < 10; attempt += 1) {
      const [division] = divisions.pick(this.random);
      const code = this.random.pick(this.codesByDivision.get(division)!).code;
      if (!codes.includes(code)) codes.push(code);
    }
    return codes;
  }

  private pricing(lot: GeneratorLot): { min: string; max: string; unit: string } {
    const profile = this.random.pick(PRICES[lot.slug] ?? PRICES['cloud-software']);
    const min = this.random.logUniform(profile.min, profile.max);
    const max = this.random.chance(0.25) ? min : min * this.random.logUniform(1.5, 10);
    const step = min < 10 ? 0.01 : min < 1_000 ? 1 : 10;
    return { min: pounds(min, step), max: pounds(Math.max(max, min), step), unit: profile.unit };
  }
}

function lotKey(lot: GeneratorLot): string {
  return `${lot.framework}/${lot.slug}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Pounds as exact text, rounded to `step` (0.01, 1 or 10 pounds) through whole pence. */
function pounds(value: number, step: number): string {
  const stepPence = Math.round(step * 100);
  const pence = Math.max(stepPence, Math.round((value * 100) / stepPence) * stepPence);
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

/** A valid Companies House number, distinct for each supplier index within a file. */
function companyNumber(prefix: string, base: number, index: number): string {
  if (!prefix) return String(base + index).padStart(8, '0');
  return `${prefix}${String(100_000 + ((base / 1_000 + index) % 900_000)).padStart(6, '0')}`;
}
