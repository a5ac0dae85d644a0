import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CatalogueImportFile, generateCatalogue, readGeneratorReference } from '@app/catalogue';
import { exitWith } from '@app/platform';

const USAGE = 'usage: npm run catalogue:generate -- --listings 50000 --suppliers 2000 --seed 1 --out catalogue.json';

/**
 * `npm run catalogue:generate`: a realistic catalogue in the import format, the same file for the
 * same seed. Needs no database: the reference data comes from the files the application loads.
 */
async function main(): Promise<void> {
  const options = readArguments();
  const started = performance.now();
  const file = generateCatalogue(await readGeneratorReference(), options);
  await writeCatalogue(options.out, file);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `Wrote ${file.listings.length.toLocaleString('en-GB')} listings and ${file.suppliers.length.toLocaleString('en-GB')} suppliers ` +
      `(seed ${options.seed}) to ${options.out} in ${seconds.toFixed(1)} s\n`,
  );
}

function readArguments(): { listings: number; suppliers: number; seed: number; out: string } {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: { listings: { type: 'string' }, suppliers: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    exitWith(`${(error as Error).message}\n${USAGE}`);
  }
  const whole = (name: string, fallback: number, min: number): number => {
    const value = Number(values[name] ?? fallback);
    if (!Number.isInteger(value) || value < min) exitWith(`--${name} must be a whole number of at least ${min}\n${USAGE}`);
    return value;
  };
  if (!values.out) exitWith(`--out is required\n${USAGE}`);
  return { listings: whole('listings', 50_000, 0), suppliers: whole('suppliers', 2_000, 1), seed: whole('seed', 1, 0), out: values.out };
}

/** One row a line: the file stays readable and diffable, and is streamed rather than built as one string. */
async function writeCatalogue(path: string, file: CatalogueImportFile): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const section = async (name: keyof CatalogueImportFile, rows: readonly object[], last: boolean) => {
    await write(`  "${name}": [\n`);
    for (let index = 0; index < rows.length; index += 1) await write(`    ${JSON.stringify(rows[index])}${index < rows.length - 1 ? ',' : ''}\n`);
    await write(`  ]${last ? '' : ','}\n`);
  };
  await write('{\n');
  await section('suppliers', file.suppliers, false);
  await section('listings', file.listings, true);
  await write('}\n');
  out.end();
  await once(out, 'finish');
}

main().catch((error: Error) => {
  process.stderr.write(`catalogue:generate failed: ${error.message}\n`);
  process.exit(1);
});
