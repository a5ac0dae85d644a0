import { freePort, runBuilt } from '../support/processes';

/** A person starting the apps with something missing gets one line saying what, and a non-zero exit. */
describe('start-up problems', () => {
  const exitOf = (child: ReturnType<typeof runBuilt>['child']) =>
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  it('says how to start Redis when it is not reachable', async () => {
    const closedPort = await freePort();
    const api = runBuilt('dist/apps/api/src/main.js', { ...process.env, REDIS_URL: `redis://127.0.0.1:${closedPort}` });
    expect(await exitOf(api.child)).toBe(1);
    const lines = api.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Redis is not reachable at 127.0.0.1:${closedPort}`);
    expect(lines[0]).toContain('redis-server');
  });

  it('names a malformed variable', async () => {
    const worker = runBuilt('dist/apps/worker/src/main.js', { ...process.env, WORKER_PORT: 'three thousand' });
    expect(await exitOf(worker.child)).toBe(1);
    expect(worker.output().trim()).toMatch(/^worker: Invalid configuration: WORKER_PORT .*\(got "three thousand"\)$/);
  });
});
