import { ChildProcess } from 'node:child_process';
import { INestApplication } from '@nestjs/common';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { ApiTestApp, ApiTestOptions, startApiForTest } from './api-test-app';
import { freePort, startRedis, stop } from './processes';

/**
 * The API and an in-process worker on a throwaway database and a private redis-server, as the
 * worker end-to-end tests need them: a change made through the API reaches the worker only through
 * the outbox and the real queue. The worker shares the API's config, so both use the same database,
 * Redis and queue prefix; the private Redis can be stopped and started for an outage.
 */
export interface WorkerTestStack {
  api: ApiTestApp;
  worker: INestApplication;
  stopRedis(): Promise<void>;
  /** Starts the private Redis again on the same port; clients reconnect by themselves. */
  startRedis(): Promise<void>;
  close(): Promise<void>;
}

export async function startWorkerStack(
  options: ApiTestOptions & { beforeWorker?: (api: ApiTestApp) => Promise<void> } = {},
): Promise<WorkerTestStack> {
  const redisPort = await freePort();
  let redis: ChildProcess | undefined = await startRedis(redisPort);
  const api = await startApiForTest({ ...options, env: { ...options.env, REDIS_URL: `redis://127.0.0.1:${redisPort}` } });
  await options.beforeWorker?.(api);
  const worker = await createWorkerApp(api.config, { logger: false });
  return {
    api,
    worker,
    async stopRedis() {
      if (redis) await stop(redis);
      redis = undefined;
    },
    async startRedis() {
      redis ??= await startRedis(redisPort);
    },
    async close() {
      // A test that failed mid-outage would leave the worker waiting on a dead Redis and its database undropped.
      redis ??= await startRedis(redisPort);
      await worker.close();
      await api.close();
      if (redis) await stop(redis);
    },
  };
}
