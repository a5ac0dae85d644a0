import { AuthService } from '@app/identity';
import { CouncilReferenceLoader } from '@app/organisations';
import { SavedSearchService } from '@app/saved-searches';
import { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, submitForm, WebHarness } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const SUPPLIER = { email: 'sam.supplier@example.org', fullName: 'Sam Supplier' };
const SEARCH_NAME = 'SME case management';

jest.setTimeout(120_000);

describe('web: saving a catalogue search and managing it from the account', () => {
  let web: WebHarness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    await web.app.get(CouncilReferenceLoader).load();
    // Suppliers are active as soon as they register.
    await web.app.get(AuthService).register({ ...SUPPLIER, password: PASSWORD, role: 'supplier' }, '10.0.9.1');
    context = await web.browser.newContext({ baseURL: web.baseUrl });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await web?.stop();
  });

  const submit = (button: string) => submitForm(page, button);
  const errorSummary = () => page.locator('.govuk-error-summary__list a').allTextContents();

  it('offers "Save this search" only to signed-in users', async () => {
    await page.goto('/catalogue?q=case+management&sme=true');
    await expect(page.getByRole('heading', { name: 'Save this search' }).count()).resolves.toBe(0);

    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(SUPPLIER.email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await Promise.all([page.waitForURL((url) => url.pathname !== '/sign-in'), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);

    await page.goto('/catalogue?q=case+management&sme=true');
    await expect(page.getByRole('heading', { name: 'Save this search' }).count()).resolves.toBe(1);
    await expectAccessible(page);
  });

  it('saves the search with the filters shown and lists it on the account page', async () => {
    await page.goto('/catalogue?q=case+management&sme=true');
    await page.getByLabel('Name for this search').fill(SEARCH_NAME);
    await page.getByLabel('As soon as something new matches').check();
    const response = await submit('Save this search');
    expect(response.status()).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/account/saved-searches');
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Search saved');

    const row = page.locator('tbody tr', { hasText: SEARCH_NAME });
    await expect(row.locator('td').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Catalogue services', 'Words: case management; SME suppliers: yes']),
    );
    await expect(row.getByRole('link', { name: SEARCH_NAME }).getAttribute('href')).resolves.toBe('/catalogue?q=case+management&sme=true');
    await expect(row.getByLabel(`How often for ${SEARCH_NAME}`, { exact: true }).inputValue()).resolves.toBe('immediate');
    await expectAccessible(page);
    await screenshot(page, 'saved-searches');

    // The account page leads here.
    await page.goto('/account');
    await page.getByRole('link', { name: 'Your saved searches' }).click();
    expect(new URL(page.url()).pathname).toBe('/account/saved-searches');
  });

  it('changes how often and deletes a saved search', async () => {
    await page.goto('/account/saved-searches');
    await page.getByLabel(`How often for ${SEARCH_NAME}`, { exact: true }).selectOption('daily');
    expect((await submit(`Change how often for ${SEARCH_NAME}`)).status()).toBe(303);
    await expect(page.getByLabel(`How often for ${SEARCH_NAME}`, { exact: true }).inputValue()).resolves.toBe('daily');

    const [saved] = (await web.app.get(SavedSearchService).list(await actorOf(SUPPLIER.email), { page: 1, pageSize: 10 })).items;
    expect(saved).toMatchObject({ name: SEARCH_NAME, frequency: 'daily', filters: { q: 'case management', sme: true } });

    expect((await submit(`Delete ${SEARCH_NAME}`)).status()).toBe(303);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Saved search deleted');
    await expect(page.getByText('You have no saved searches.').count()).resolves.toBe(1);
  });

  it('shows an error summary when the search has no name, keeping the filters', async () => {
    await page.goto('/catalogue?q=payroll&openSource=true');
    await page.getByLabel('Name for this search').fill('   ');
    const response = await submit('Save this search');
    expect(response.status()).toBe(400);
    await expect(errorSummary()).resolves.toEqual(['Enter a name for the saved search']);
    await expectAccessible(page);

    await page.getByLabel('Name for this search').fill('Open source payroll');
    expect((await submit('Save this search')).status()).toBe(303);
    await expect(page.locator('tbody tr', { hasText: 'Open source payroll' }).textContent()).resolves.toContain('Words: payroll; Open source: yes');
  });

  const actorOf = (email: string) => web.app.get(AuthService).authenticate(email, PASSWORD, '127.0.0.1');
});
