import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { CatalogueImporter, DEFAULT_BATCH_SIZE, ImportFileError, ImportIssue, ImportReport } from '@app/catalogue';
import { exitWith, prepareProcess, StartupService } from '@app/platform';
import { DomainError } from '@app/shared';
import { CliModule } from './cli.module';

const USAGE = 'usage: npm run catalogue:import -- <file.csv|file.json> [--batch-size 1000] [--all-errors]';
/** Enough problems to see what is wrong with a file without burying the summary; --all-errors lists every one. */
const ERRORS_SHOWN = 50;

/**
 * `npm run catalogue:import -- listings.csv`: an administrator's bulk load. Good rows are published,
 * bad rows are listed by line (CSV) or index (JSON) with the field named. Exit code 0 when every
 * row was imported, 2 when some were rejected, 1 when the file could not be imported at all.
 */
async function main(): Promise<void> {
  const { file, batchSize, allErrors } = readArguments();
  const { config, embedded } = await prepareProcess('catalogue:import');
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  const bar = new SingleBar({
    format: '{phase} [{bar}] {percentage}% | {value}/{total} rows',
    stream: process.stderr,
    hideCursor: true,
  });
  let phase: string | null = null;
  let report: ImportReport;
  try {
    await context.get(StartupService).prepareDatabaseOnStart();
    report = await context.get(CatalogueImporter).importFile(file, {
      batchSize,
      onProgress: (progress) => {
        if (progress.phase !== phase) {
          if (phase) bar.stop();
          phase = progress.phase;
          bar.start(progress.total, progress.done, { phase: progress.phase === 'checking' ? 'Checking' : 'Writing ' });
        } else {
          bar.update(progress.done);
        }
      },
    });
    bar.stop();
  } catch (error) {
    bar.stop();
    if (error instanceof ImportFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      exitWith(`catalogue:import: ${(error as Error).message}`);
    }
    if (error instanceof DomainError) exitWith(`catalogue:import: ${error.message}`);
    throw error;
  } finally {
    await context.close();
    await embedded?.stop();
  }
  printReport(report, allErrors);
  process.exitCode = report.errors.length > 0 ? 2 : 0;
}

function readArguments(): { file: string; batchSize: number; allErrors: boolean } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    exitWith(`${(error as Error).message}\n${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) exitWith(USAGE);
  const batchSize = Number(parsed.values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batchSize) || batchSize < 1) exitWith(`--batch-size must be a whole number of at least 1\n${USAGE}`);
  return { file, batchSize, allErrors: parsed.values['all-errors'] === true };
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, 'all-errors': { type: 'boolean' } },
  });
}

function printReport(report: ImportReport, allErrors: boolean): void {
  const { listings, suppliers } = report;
  const seconds = report.elapsedMs / 1000;
  const number = (value: number) => value.toLocaleString('en-GB');
  const imported = listings.inserted + listings.updated + listings.refreshed + listings.unchanged;
  const lines = [
    `Imported ${report.source} (${report.format}) in ${seconds.toFixed(1)} s: ${number(imported)} of ${number(listings.rows)} listings, ` +
      `${number(Math.round(report.listingsPerSecond))} listings/s`,
    `  listings: ${number(listings.inserted)} new (published), ${number(listings.updated)} updated (new version), ` +
      `${number(listings.refreshed)} supplier facts refreshed, ${number(listings.unchanged)} unchanged, ` +
      `${number(listings.skipped)} left alone, ${number(listings.rejected)} rejected`,
  ];
  if (suppliers.rows > 0) {
    lines.push(`  suppliers: ${number(suppliers.created)} created, ${number(suppliers.existing)} already registered, ${number(suppliers.rejected)} rejected`);
  }
  const changed = listings.inserted + listings.updated + listings.refreshed + suppliers.created;
  if (changed > 0) lines.push(`  audit log: object catalogue-import ${report.importId}`);
  const shown = allErrors ? report.errors : report.errors.slice(0, ERRORS_SHOWN);
  if (report.warnings.length > 0) lines.push('Left alone:', ...report.warnings.map(describe));
  if (shown.length > 0) lines.push('Rejected:', ...shown.map(describe));
  if (shown.length < report.errors.length) lines.push(`  … and ${number(report.errors.length - shown.length)} more (--all-errors lists them all)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function describe(issue: ImportIssue): string {
  return `  ${issue.location}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`;
}

void main();
