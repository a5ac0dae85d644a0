import 'reflect-metadata';
import { prepareProcess } from '@app/platform';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const { config } = await prepareProcess('api');
  const app = await createApiApp(config);
  await app.listen(config.ports.api);
}

void main();
