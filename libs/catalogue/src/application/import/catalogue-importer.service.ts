import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { CpvService } from '@app/classification';
import { CouncilHierarchyCache, isCompanyNumber, normaliseCompanyNumber } from '@app/organisations';
import { DomainError, FieldError } from '@app/shared';
import { DataSource } from 'typeorm';
import { CategoryOrmEntity } from '../../infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from '../../infrastructure/framework.orm-entity';
import { LotOrmEntity } from '../../infrastructure/lot.orm-entity';
import type { SupplierFacts } from '../../infrastructure/supplier-facts';
import { ImportFormat, importFormatOf, ImportIssue, readImportSource, SourceRow } from './catalogue-import.parser';
import { DEFAULT_BATCH_SIZE, ImportOptions, ImportReport, MAX_BATCH_SIZE } from './catalogue-import.report';
import { ListingWrite, upsertListingBatch } from './listing-batch.writer';
import { checkListingRow, ImportLookups, ImportLot } from './listing-row.check';
import { insertSupplierBatch, readSuppliersByCompanyNumber } from './supplier-batch.writer';
import { checkSupplierRow, ImportedSupplier } from './supplier-import-row';

/** Listings are imported onto frameworks taking listings or being bought from; never onto one announced or closed. */
const IMPORTABLE_FRAMEWORK_STATUSES = new Set(['open', 'live']);

/** Batches written at once (see writeListings). */
const WRITERS = 2;

/**
 * Bulk import of listings (and the suppliers they need) from a CSV or JSON file: an
 * administrator's load of an existing catalogue, so good rows are published at once. Bad rows are
 * reported by line or index with the field named, and the good rows still go in.
 *
 * Idempotent by (supplier, externalRef): importing the same file again writes nothing, makes no
 * version and no audit event. Each batch is one transaction (one INSERT … ON CONFLICT statement for
 * the listings and their versions, one audit event), so a run stopped half-way keeps whole batches
 * only, and running it again finishes the job.
 */
@Injectable()
export class CatalogueImporter {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CpvService) private readonly cpv: CpvService,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async importFile(path: string, options: ImportOptions = {}): Promise<ImportReport> {
    const format = importFormatOf(path);
    return this.importText(await readFile(path, 'utf8'), format, basename(path), options);
  }

  async importText(text: string, format: ImportFormat, source: string, options: ImportOptions = {}): Promise<ImportReport> {
    const started = performance.now();
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw DomainError.field('batchSize', `batchSize must be a whole number from 1 to ${MAX_BATCH_SIZE}`);
    }
    const run: Run = {
      importId: randomUUID(),
      source,
      actorUserId: options.actorUserId ?? null,
      batchSize,
      progress: options.onProgress ?? (() => undefined),
    };
    const file = readImportSource(text, format);
    // Rows the reader could not take at all are rejected rows too.
    const supplierIssues = file.issues.filter((issue) => issue.location.startsWith('suppliers['));
    const listingIssues = file.issues.filter((issue) => !issue.location.startsWith('suppliers['));
    const unreadableSuppliers = distinctLocations(supplierIssues);
    const unreadableListings = distinctLocations(listingIssues);
    const report: ImportReport = {
      importId: run.importId,
      source,
      format,
      suppliers: { rows: file.suppliers.length + unreadableSuppliers, created: 0, existing: 0, rejected: unreadableSuppliers },
      listings: {
        rows: file.listings.length + unreadableListings,
        inserted: 0,
        updated: 0,
        refreshed: 0,
        unchanged: 0,
        skipped: 0,
        rejected: unreadableListings,
      },
      errors: [...file.issues],
      warnings: [],
      elapsedMs: 0,
      listingsPerSecond: 0,
    };

    const rejectedSuppliers = await this.importSuppliers(run, file.suppliers, report);
    const lookups = await this.lookups(file.listings, rejectedSuppliers);
    const checked = this.checkListings(run, file.listings, lookups, report);
    await this.writeListings(run, checked, report);

    report.errors.sort(byLocation);
    report.warnings.sort(byLocation);
    report.elapsedMs = performance.now() - started;
    const { inserted, updated, refreshed, unchanged } = report.listings;
    report.listingsPerSecond = (inserted + updated + refreshed + unchanged) / Math.max(report.elapsedMs / 1000, 0.001);
    return report;
  }

  /**
   * Creates the file's suppliers that are not registered yet; an existing company number is used as
   * it stands. Returns the location of each rejected supplier row by company number, so that its
   * listings can say why they cannot be imported.
   */
  private async importSuppliers(run: Run, rows: SourceRow[], report: ImportReport): Promise<Map<string, string>> {
    const rejected = new Map<string, string>();
    if (rows.length === 0) return rejected;
    const numbers = rows.map((row) => (typeof row.values.companyNumber === 'string' ? normaliseCompanyNumber(row.values.companyNumber) : ''));
    const existing = await readSuppliersByCompanyNumber(this.dataSource.manager, numbers.filter(isCompanyNumber));
    const hierarchy = await this.hierarchy.get();
    const seen = new Map<string, string>();
    const fresh: ImportedSupplier[] = [];
    rows.forEach((row, index) => {
      const number = numbers[index];
      const first = seen.get(number);
      if (first) {
        report.suppliers.rejected += 1;
        report.errors.push({ location: row.location, field: 'companyNumber', message: `companyNumber ${number} is also given at ${first}` });
        return;
      }
      if (number) seen.set(number, row.location);
      if (existing.has(number)) {
        report.suppliers.existing += 1;
        return;
      }
      const check = checkSupplierRow(row.values, hierarchy);
      if (!check.ok) {
        report.suppliers.rejected += 1;
        if (number) rejected.set(number, row.location);
        report.errors.push(...check.errors.map((error) => ({ location: row.location, ...error })));
        return;
      }
      fresh.push(check.supplier);
    });

    for (const batch of batches(fresh, run.batchSize)) {
      await this.dataSource.transaction(async (manager) => {
        const created = await insertSupplierBatch(manager, batch);
        report.suppliers.created += created.length;
        report.suppliers.existing += batch.length - created.length;
        if (created.length === 0) return;
        const byNumber = new Map(batch.map((supplier) => [supplier.companyNumber, supplier]));
        await this.audit.record(manager, {
          actorUserId: run.actorUserId,
          action: 'suppliers.imported',
          objectType: 'catalogue-import',
          objectId: run.importId,
          before: null,
          after: {
            source: run.source,
            created: created.map(({ id, companyNumber }) => {
              const supplier = byNumber.get(companyNumber)!;
              return { id, companyNumber, name: supplier.name, isSme: supplier.isSme, isVcse: supplier.isVcse, offices: supplier.officeCouncilCodes };
            }),
          },
        });
      });
    }
    return rejected;
  }

  /** Everything the rows refer to, read once for the whole file. */
  private async lookups(rows: SourceRow[], rejectedSuppliers: ReadonlyMap<string, string>): Promise<FileLookups> {
    const manager = this.dataSource.manager;
    const [frameworks, lots, categories] = await Promise.all([
      manager.find(FrameworkOrmEntity),
      manager.find(LotOrmEntity),
      manager.find(CategoryOrmEntity, { select: { id: true, slug: true, name: true, parentName: true, lotId: true } }),
    ]);
    const frameworkBySlug = new Map(frameworks.map((framework) => [framework.slug, framework]));
    const importLots = new Map<string, ImportLot>();
    for (const lot of lots) {
      const own = categories.filter((category) => category.lotId === lot.id);
      const byName = new Map<string, (typeof own)[number][]>();
      for (const category of own) byName.set(category.name.toLowerCase(), [...(byName.get(category.name.toLowerCase()) ?? []), category]);
      importLots.set(`${lot.frameworkId}/${lot.slug}`, {
        frameworkId: lot.frameworkId,
        lotId: lot.id,
        rules: { slug: lot.slug, maxCategoriesPerService: lot.maxCategoriesPerService },
        categories: own.map((category) => ({ id: category.id, slug: category.slug })),
        categoriesByName: byName,
      });
    }

    const codes = new Set<string>();
    const numbers = new Set<string>();
    for (const row of rows) {
      const { cpvCodes, supplierCompanyNumber } = row.values;
      if (Array.isArray(cpvCodes)) {
        for (const code of cpvCodes) if (typeof code === 'string' && /^\d{8}/.test(code.trim())) codes.add(code.trim().slice(0, 8));
      }
      if (typeof supplierCompanyNumber === 'string') numbers.add(normaliseCompanyNumber(supplierCompanyNumber));
    }
    const known = new Set((await this.cpv.findMany([...codes])).map((code) => code.code));
    const suppliers = await readSuppliersByCompanyNumber(manager, [...numbers].filter(isCompanyNumber));

    return {
      lot(frameworkSlug, lotSlug): ImportLot | FieldError {
        const framework = frameworkBySlug.get(frameworkSlug);
        if (!framework) return { field: 'framework', message: `framework ${frameworkSlug} does not exist` };
        if (!IMPORTABLE_FRAMEWORK_STATUSES.has(framework.status)) {
          return { field: 'framework', message: `framework ${frameworkSlug} is ${framework.status}: listings can be imported only onto an open or live framework` };
        }
        return importLots.get(`${framework.id}/${lotSlug}`) ?? { field: 'lot', message: `lot ${lotSlug} is not a lot of framework ${frameworkSlug}` };
      },
      supplier(companyNumber) {
        const supplier = suppliers.get(companyNumber);
        if (supplier?.facts.active) return { id: supplier.id, active: true };
        if (supplier) return { field: 'supplierCompanyNumber', message: `the supplier with company number ${companyNumber} is suspended: its listings cannot be changed` };
        const rejectedAt = rejectedSuppliers.get(companyNumber);
        return {
          field: 'supplierCompanyNumber',
          message: rejectedAt
            ? `the supplier with company number ${companyNumber} was not imported: see ${rejectedAt}`
            : `no supplier has company number ${companyNumber}: register it first or add it to the file's suppliers`,
        };
      },
      isKnownCpv: (code) => known.has(code),
      factsOf: (companyNumber) => suppliers.get(companyNumber)?.facts,
    };
  }

  /** Checks every row and keeps the good ones, each with where it came from; the first row of a (supplier, externalRef) wins. */
  private checkListings(run: Run, rows: SourceRow[], lookups: FileLookups, report: ImportReport): PlannedWrite[] {
    const firstAt = new Map<string, string>();
    const planned: PlannedWrite[] = [];
    rows.forEach((row, index) => {
      if (index % 1000 === 0) run.progress({ phase: 'checking', done: index, total: rows.length });
      const check = checkListingRow(row, lookups);
      if (!check.ok) {
        report.listings.rejected += 1;
        report.errors.push(...check.issues);
        return;
      }
      const { key, supplierId, lot, content, quality } = check.listing;
      const identity = `${supplierId}\u0000${key.externalRef}`;
      const first = firstAt.get(identity);
      if (first) {
        report.listings.rejected += 1;
        report.errors.push({ location: row.location, field: 'externalRef', message: `externalRef ${key.externalRef} of this supplier is also used at ${first}` });
        return;
      }
      firstAt.set(identity, row.location);
      const facts = lookups.factsOf(key.companyNumber)!;
      planned.push({
        location: row.location,
        write: { supplierId, externalRef: key.externalRef, frameworkId: lot.frameworkId, lotId: lot.lotId, content, quality, facts },
      });
    });
    run.progress({ phase: 'checking', done: rows.length, total: rows.length });
    return planned;
  }

  /**
   * Writes the batches WRITERS at a time: PostgreSQL spends most of an import maintaining the
   * search document and the GIN indexes, work that uses one core per connection, so two batches in
   * flight keep both cores of a small server busy. Batches never share a row (duplicates were
   * refused above), so they cannot wait on each other.
   */
  private async writeListings(run: Run, planned: PlannedWrite[], report: ImportReport): Promise<void> {
    const queue = [...batches(planned, run.batchSize)].map((batch, index) => ({ batch, number: index + 1 }));
    let done = 0;
    run.progress({ phase: 'writing', done, total: planned.length });
    const writer = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await this.writeBatch(run, next.batch, next.number, report);
        done += next.batch.length;
        run.progress({ phase: 'writing', done, total: planned.length });
      }
    };
    await Promise.all(Array.from({ length: Math.min(WRITERS, queue.length) }, writer));
  }

  /** One batch, one transaction: the listings and their versions in one statement, then the batch's audit event. */
  private async writeBatch(run: Run, batch: PlannedWrite[], number: number, report: ImportReport): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const results = await upsertListingBatch(
        manager,
        batch.map((entry) => entry.write),
        run.actorUserId,
      );
      const ids = { inserted: [] as string[], updated: [] as string[], refreshed: [] as string[] };
      for (const result of results) {
        report.listings[result.outcome] += 1;
        if (result.outcome === 'skipped') {
          report.warnings.push({
            location: batch[result.ord].location,
            field: null,
            message: `listing ${result.listingId} is ${result.priorStatus}${result.priorPending ? ' with an edit awaiting moderation' : ''}: left unchanged`,
          });
        } else if (result.outcome !== 'unchanged') {
          ids[result.outcome].push(result.listingId!);
        }
      }
      // A batch that changed nothing leaves no trace, so importing a file again changes nothing at all.
      if (ids.inserted.length + ids.updated.length + ids.refreshed.length === 0) return;
      await this.audit.record(manager, {
        actorUserId: run.actorUserId,
        action: 'listings.imported',
        objectType: 'catalogue-import',
        objectId: run.importId,
        before: null,
        after: { source: run.source, batch: number, status: 'published', ...ids },
      });
    });
  }
}

/** The checking step's lookups, plus the supplier facts the writer copies onto each listing. */
interface FileLookups extends ImportLookups {
  factsOf(companyNumber: string): SupplierFacts | undefined;
}

interface PlannedWrite {
  location: string;
  write: ListingWrite;
}

interface Run {
  importId: string;
  source: string;
  actorUserId: string | null;
  batchSize: number;
  progress: NonNullable<ImportOptions['onProgress']>;
}

function distinctLocations(issues: readonly ImportIssue[]): number {
  return new Set(issues.map((issue) => issue.location)).size;
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** File order: suppliers before listings, then by line or index number. */
function byLocation(a: ImportIssue, b: ImportIssue): number {
  const rank = (issue: ImportIssue) => {
    const match = /^(suppliers|listings)?\[(\d+)\]$|^line (\d+)$/.exec(issue.location);
    if (!match) return [2, 0];
    if (match[3]) return [1, Number(match[3])];
    return [match[1] === 'suppliers' ? 0 : 1, Number(match[2])];
  };
  const [groupA, numberA] = rank(a);
  const [groupB, numberB] = rank(b);
  return groupA - groupB || numberA - numberB;
}
