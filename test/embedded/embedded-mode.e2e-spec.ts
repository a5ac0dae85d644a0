import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runBuilt, stop, waitFor } from '../support/processes';

// Runs the built API (npm test builds first) exactly as `npm start` would on a laptop with no PostgreSQL.
describe('embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pc-embedded-'));

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the API with DATABASE_URL unset and answers /health/ready', async () => {
    const [apiPort, dbPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      API_PORT: String(apiPort),
      EMBEDDED_PORT: String(dbPort),
      EMBEDDED_DATA_DIR: dataDir,
      QUEUE_PREFIX: `embedded-${apiPort}`,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    const api = runBuilt('dist/apps/api/src/main.js', env);
    try {
      const body = await waitFor(
        'the API to be ready',
        async () => {
          if (api.child.exitCode !== null) throw new Error(`the API exited with code ${api.child.exitCode}`);
          const response = await fetch(`http://127.0.0.1:${apiPort}/health/ready`);
          return response.status === 200 ? ((await response.json()) as { info: Record<string, { status: string }> }) : undefined;
        },
        60_000,
      );
      expect(body.info.database.status).toBe('up');
      expect(body.info.redis.status).toBe('up');
      expect(api.output()).toContain('DATABASE_URL is not set: using embedded PostgreSQL');
      const councils = await fetch(`http://127.0.0.1:${apiPort}/api/v1/councils?pageSize=1`);
      expect(((await councils.json()) as { total: number }).total).toBe(332);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- api output ---\n${api.output()}`);
    } finally {
      await stop(api.child);
    }
  }, 90_000);
});
