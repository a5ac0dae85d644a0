import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import AxeBuilder from '@axe-core/playwright';
import { AppConfig, loadConfig } from '@app/config';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from '@app/platform';
import { createRedis } from '@app/queue';
import { Browser, chromium, Page, Response } from 'playwright-core';
import { createWebApp } from '../../apps/web/src/create-web-app';

export const ARTIFACTS = join(__dirname, '..', 'artifacts', 'web');
const CHROMIUM = '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface WebHarness {
  app: INestApplication;
  config: AppConfig;
  db: TestDatabase;
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * The web app in-process on a free port, against a throwaway database and its own Redis key prefix
 * (sessions and sign-in counters), with Debian's Chromium to drive it.
 */
export async function startWeb(env: NodeJS.ProcessEnv = {}): Promise<WebHarness> {
  const db = await createTestDatabase(ENTITIES);
  const prefix = `pc-web-test-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: db.url,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createWebApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    app,
    config,
    db,
    baseUrl,
    browser,
    async stop() {
      await browser.close();
      await app.close();
      await deleteKeys(config.redis.url, `${prefix}:*`);
      await db.drop();
    },
  };
}

async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = createRedis(url, 'worker');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** axe-core against WCAG 2.2 A and AA; the failure message lists each rule and where it failed. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Clicks a form's button and answers the POST's own response (a 303 when it redirects), once the next page has loaded. */
export async function submitForm(page: Page, button: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}
