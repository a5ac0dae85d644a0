import 'reflect-metadata';
import { prepareProcess } from '@app/platform';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const { config } = await prepareProcess('worker');
  const app = await createWorkerApp(config);
  await app.listen(config.ports.worker);
}

void main();
