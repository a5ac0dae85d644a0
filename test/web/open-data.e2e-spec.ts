import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parseCsv, parseCsvRecords } from '@app/shared';
import { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness } from './web-harness';

jest.setTimeout(60_000);

/** The Transparency Code's contract fields, from the shared reference data the app's copy came from. */
function transparencyCodeColumns(): string[] {
  const items = parseCsvRecords(readFileSync('/work/shared/data/transparency/lgtc-2015-contracts-over-5000-fields.csv', 'utf8'));
  return items.flatMap((item) => item.suggested_field_name.split(';').map((name) => name.replace(/\(.*\)/, '').trim()));
}

describe('web: the Open data page in Chromium', () => {
  let web: WebHarness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    web = await startWeb({ PUBLIC_API_URL: 'https://api.procurement.example.org' });
  });

  afterAll(() => web?.stop());

  beforeEach(async () => {
    context = await web.browser.newContext({ baseURL: web.baseUrl, acceptDownloads: true });
    page = await context.newPage();
  });

  afterEach(() => context.close());

  it('is reached from the footer, says what is published under which licence, and points to the API documentation', async () => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();

    await expect(page.locator('h1').textContent()).resolves.toBe('Open data');
    await expect(page.getByRole('link', { name: 'Open Government Licence v3.0' }).getAttribute('href')).resolves.toBe(
      'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    );
    await expect(page.getByRole('link', { name: 'API documentation' }).getAttribute('href')).resolves.toBe('https://api.procurement.example.org/api/docs');
    await expectAccessible(page);
    await screenshot(page, 'open-data');
  });

  it('downloads the contracts register with the Transparency Code columns from its link', async () => {
    await page.goto('/open-data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the contracts register (CSV)' }).click()]);

    expect(download.suggestedFilename()).toBe('contracts.csv');
    const rows = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(rows[0]).toEqual(transparencyCodeColumns());
  });

  it('serves the catalogue downloads (the seeded demo catalogue), cacheable for a few minutes, and refuses a council code that is not one', async () => {
    const [{ shown }]: { shown: number }[] = await web.db.dataSource.query(
      `SELECT count(*)::int AS shown FROM listing l JOIN framework f ON f.id = l.framework_id
        WHERE l.status = 'published' AND l.supplier_active AND f.status = 'live'`,
    );
    expect(shown).toBeGreaterThan(0);
    const json = await context.request.get('/open-data/listings.json');
    expect(json.status()).toBe(200);
    expect(json.headers()['cache-control']).toMatch(/max-age=\d+/);
    const items = ((await json.json()) as { items: { id: string }[] }).items;
    expect(items).toHaveLength(shown);
    const csv = await context.request.get('/open-data/listings.csv');
    expect(csv.headers()['content-disposition']).toBe('attachment; filename="listings.csv"');
    const rows = parseCsvRecords(await csv.text());
    expect(rows.map((row) => row.id)).toEqual(items.map((item) => item.id));

    const bad = await context.request.get('/open-data/contracts.csv?council=E99999999');
    expect(bad.status()).toBe(400);
    await expect(bad.text()).resolves.toContain('council must be the GSS code of a current English council');
  });
});
