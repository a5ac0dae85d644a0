import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { prepareProcess } from '@app/platform';
import { prepareDatabase } from './prepare-database';

/**
 * `npm start`: one command for a laptop or a demo. Starts the embedded PostgreSQL when DATABASE_URL
 * is unset (one process must own it), prepares the database once, then runs the api, web and
 * worker apps as child processes sharing it, and stops them all together.
 */
const APPS = ['api', 'web', 'worker'] as const;

async function main(): Promise<void> {
  const { config, embedded } = await prepareProcess('launcher');
  // Done here, once: the embedded database is a single session, where advisory locks cannot make
  // three apps take turns.
  await prepareDatabase(config);
  const env = { ...process.env, DATABASE_URL: config.database.url, MIGRATE_ON_START: 'false' };
  const children = new Map<string, ChildProcess>();
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const exits = [...children.values()].map(
      (child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve()))),
    );
    for (const child of children.values()) child.kill('SIGTERM');
    await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    await embedded?.stop();
    process.exit(code);
  };

  for (const app of APPS) {
    const child = spawn(process.execPath, [join(__dirname, '..', '..', app, 'src', 'main.js')], { env, stdio: 'inherit' });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      process.stderr.write(`${app} stopped (${signal ?? `exit code ${code}`}); stopping the others\n`);
      void stopAll(code || 1);
    });
    children.set(app, child);
  }
  process.stdout.write(
    `Procurement Commons is starting: web http://localhost:${config.ports.web}, ` +
      `API http://localhost:${config.ports.api}/api/docs, worker health http://localhost:${config.ports.worker}/health/ready\n`,
  );
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
}

void main();
