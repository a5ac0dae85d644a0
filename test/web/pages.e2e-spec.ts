import { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness } from './web-harness';

// A real browser and argon2 hashing: well past jest's 5 s default.
jest.setTimeout(60_000);

describe('web: public pages and error pages in Chromium', () => {
  let web: WebHarness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    web = await startWeb();
  });

  afterAll(() => web?.stop());

  beforeEach(async () => {
    context = await web.browser.newContext({ baseURL: web.baseUrl });
    page = await context.newPage();
  });

  afterEach(() => context.close());

  it('answers an unknown address with the GOV.UK "Page not found" page', async () => {
    const response = await page.goto('/no-such-page');

    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expectAccessible(page);
    await screenshot(page, 'not-found');
  });

  it('serves only the compiled files and assets of govuk-frontend under /assets', async () => {
    expect((await context.request.get('/assets/govuk-frontend.min.js')).status()).toBe(200);
    expect((await context.request.get('/assets/images/favicon.svg')).status()).toBe(200);
    expect((await context.request.get('/assets/template.njk')).status()).toBe(404);
  });

  it('answers the health and metrics endpoints every app has', async () => {
    expect((await context.request.get('/health/live')).status()).toBe(200);
    expect((await context.request.get('/health/ready')).status()).toBe(200);
    await expect((await context.request.get('/metrics')).text()).resolves.toContain('http_request_duration_seconds');
  });

  it('has an accessibility statement', async () => {
    const response = await page.goto('/accessibility-statement');

    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Accessibility statement for Procurement Commons');
    await expectAccessible(page);
    await screenshot(page, 'accessibility-statement');
  });

  it('lists the two cookies the service sets, reached from the footer', async () => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookies' }).click();

    await expect(page.locator('h1').textContent()).resolves.toBe('Cookies');
    const rows = await page.locator('table tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('pc_session');
    expect(rows[0]).toContain('30 minutes');
    expect(rows[1]).toContain('pc_signed_in');
    await expectAccessible(page);
    await screenshot(page, 'cookies');
  });

  it('answers a form too large to read with a GOV.UK page, not a stack trace', async () => {
    await page.goto('/sign-in');
    await page.locator('#email').evaluate((input) => input.setAttribute('value', 'x'.repeat(200_000)));
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    await page.waitForLoadState('load');

    expect(response.status()).toBe(413);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sorry, what you sent is too large');
    expect(await page.content()).not.toMatch(/at \S+ \(|node_modules|PayloadTooLargeError/);
    await expectAccessible(page);
  });
});
