import { isCompanyNumber } from '@app/organisations';
import { CatalogueImportFile } from './catalogue-import.format';
import { DISTINCTIVE_SERVICE_NAMES, generateCatalogue, GeneratorReference } from './catalogue-generator';
import { readGeneratorReference } from './catalogue-generator.reference';
import { checkListingRow, ImportLookups, ImportLot } from './listing-row.check';
import { HEAD_WORDS, wordsOf, ZipfVocabulary } from './zipf-vocabulary';

describe('generateCatalogue', () => {
  let reference: GeneratorReference;
  let catalogue: CatalogueImportFile;
  const options = { listings: 5_000, suppliers: 300, seed: 1 };

  beforeAll(async () => {
    reference = await readGeneratorReference();
    catalogue = generateCatalogue(reference, options);
  });

  it('gives the same file for the same seed and a different one for another seed', () => {
    const small = { listings: 300, suppliers: 40, seed: 7 };
    expect(JSON.stringify(generateCatalogue(reference, small))).toBe(JSON.stringify(generateCatalogue(reference, small)));
    expect(JSON.stringify(generateCatalogue(reference, { ...small, seed: 8 }))).not.toBe(JSON.stringify(generateCatalogue(reference, small)));
  });

  it('makes as many listings and suppliers as asked, each supplier with at least one listing', () => {
    expect(catalogue.listings).toHaveLength(options.listings);
    expect(catalogue.suppliers).toHaveLength(options.suppliers);
    const listed = new Set(catalogue.listings.map((listing) => listing.supplierCompanyNumber));
    expect(listed.size).toBe(options.suppliers);
    expect(new Set(catalogue.listings.map((listing) => `${listing.supplierCompanyNumber}/${listing.externalRef}`)).size).toBe(options.listings);
  });

  it('has a Zipf-shaped vocabulary: the commonest word in most listings, the median word in few', () => {
    const vocabulary = new Set(ZipfVocabulary.fromLabels(reference.cpvCodes.map((code) => code.label)).ranked);
    const documentFrequency = new Map<string, number>();
    let words = 0;
    for (const listing of catalogue.listings) {
      const text = [listing.name, listing.summary, listing.description, ...(listing.features ?? []), ...(listing.benefits ?? [])].join(' ');
      words += (text.match(/[A-Za-z]+/g) ?? []).length;
      for (const word of new Set(wordsOf(text))) {
        if (vocabulary.has(word)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
      }
    }
    const shares = [...documentFrequency.values()].map((count) => count / options.listings).sort((a, b) => b - a);
    expect(shares[0]).toBeGreaterThan(0.95);
    expect(shares[Math.floor(shares.length / 2)]).toBeLessThan(0.05);
    for (const word of HEAD_WORDS) expect(documentFrequency.get(word)! / options.listings).toBeGreaterThan(0.5);
    // PERFORMANCE.md's catalogue: about 130 words a listing.
    expect(words / options.listings).toBeGreaterThan(110);
    expect(words / options.listings).toBeLessThan(150);
  });

  it('uses only real lots, categories of the listing’s lot and CPV 2008 codes', () => {
    const codes = new Set(reference.cpvCodes.map((code) => code.code));
    const categories = new Map(reference.lots.map((lot) => [lot.slug, new Set(lot.categories.map((category) => category.slug))]));
    const wrong = catalogue.listings.flatMap((listing) => [
      ...(listing.framework === 'g-cloud-13' && categories.has(listing.lot) ? [] : [`${listing.externalRef}: ${listing.framework}/${listing.lot}`]),
      ...(listing.categories ?? []).filter((slug) => !categories.get(listing.lot)?.has(slug)).map((slug) => `${listing.externalRef}: category ${slug}`),
      ...(listing.cpvCodes ?? []).filter((code) => !codes.has(code)).map((code) => `${listing.externalRef}: CPV ${code}`),
      ...(listing.cpvCodes?.length ? [] : [`${listing.externalRef}: no CPV code`]),
    ]);
    expect(wrong).toEqual([]);
  });

  it('writes listings that pass the API’s content rules and submission checks', () => {
    const lots = new Map<string, ImportLot>(
      reference.lots.map((lot) => [
        lot.slug,
        {
          frameworkId: lot.framework,
          lotId: lot.slug,
          rules: { slug: lot.slug, maxCategoriesPerService: lot.maxCategoriesPerService },
          categories: lot.categories.map((category) => ({ id: category.slug, slug: category.slug })),
          categoriesByName: new Map(),
        },
      ]),
    );
    const codes = new Set(reference.cpvCodes.map((code) => code.code));
    const lookups: ImportLookups = {
      lot: (framework, slug) => lots.get(slug) ?? { field: 'lot', message: `no lot ${framework}/${slug}` },
      supplier: (companyNumber) => ({ id: companyNumber, active: true }),
      isKnownCpv: (code) => codes.has(code),
    };
    const problems = catalogue.listings.flatMap((listing, index) => {
      const check = checkListingRow({ location: `listings[${index}]`, values: listing as unknown as Record<string, unknown> }, lookups);
      return check.ok ? [] : check.issues;
    });
    expect(problems).toEqual([]);
  });

  it('mixes supplier sizes as G-Cloud does: mostly micro and small, some VCSE, offices in many councils', () => {
    const { suppliers } = catalogue;
    const share = (test: (staff: number) => boolean) => suppliers.filter((supplier) => test(supplier.staffCount)).length / suppliers.length;
    expect(share((staff) => staff < 50)).toBeGreaterThan(0.6);
    expect(share((staff) => staff >= 250)).toBeGreaterThan(0.02);
    expect(share((staff) => staff >= 250)).toBeLessThan(0.15);
    expect(suppliers.filter((supplier) => supplier.isVcse).length).toBeGreaterThan(5);
    expect(suppliers.every((supplier) => isCompanyNumber(supplier.companyNumber))).toBe(true);
    expect(new Set(suppliers.map((supplier) => supplier.companyNumber)).size).toBe(suppliers.length);
    expect(new Set(suppliers.map((supplier) => supplier.name)).size).toBe(suppliers.length);

    const offices = new Set(reference.councils.filter((council) => council.lowerTierOrUnitary).map((council) => council.gssCode));
    const used = suppliers.flatMap((supplier) => supplier.offices.map((office) => office.councilCode));
    expect(used.every((code) => offices.has(code))).toBe(true);
    expect(new Set(used).size).toBeGreaterThan(100);
  });

  it('gives the distinctive product names to services, for the misspelling searches', () => {
    const names = catalogue.listings.map((listing) => listing.name);
    const found = DISTINCTIVE_SERVICE_NAMES.filter((brand) => names.some((name) => name.startsWith(`${brand} `)));
    expect(found.length).toBeGreaterThanOrEqual(DISTINCTIVE_SERVICE_NAMES.length - 2);
  });
});
