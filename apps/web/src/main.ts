import 'reflect-metadata';
import { prepareProcess } from '@app/platform';
import { createWebApp } from './create-web-app';

async function main(): Promise<void> {
  const { config } = await prepareProcess('web');
  const app = await createWebApp(config);
  await app.listen(config.ports.web);
}

void main();
