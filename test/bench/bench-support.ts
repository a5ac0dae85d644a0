import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../support/processes';

/** Where the built apps are (a scratch build can be named with BENCH_DIST). */
export const DIST = process.env.BENCH_DIST ?? 'dist';

/** The repository root, wherever this file was compiled to. */
export const REPO = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = dirname(dir);
  }
  return dir;
})();

/** runBuilt resolves scripts from its own root, which is dist/ when a harness runs compiled. */
export const built = (script: string) => relative(ROOT, join(REPO, DIST, script));

/** Runs a built command line (generate, import) to the end; its output, or an error with all of it. */
export function runCommand(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, DIST, script), ...args], { env, cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${script} exited with ${code}:\n${stdout}${stderr}`))));
  });
}

/** A whole-number setting from the environment. */
export function whole(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

export function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

export function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';
}

export function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Exits with the benchmark's own code: non-zero only when something failed, never for a missed target. */
export function runBench(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${name} failed: ${error.stack ?? error.message}\n`);
      process.exit(1);
    },
  );
}
