import { FrameworkService } from '@app/catalogue';
import { AdminBootstrapService, AuthService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { CouncilReferenceLoader, SupplierService } from '@app/organisations';
import type { Actor } from '@app/shared';
import { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness, submitForm } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const SAM = { email: 'sam.supplier@weald-digital.example', fullName: 'Sam Supplier' };
const OTHER = { email: 'olu.other@northern-systems.example', fullName: 'Olu Other' };
const FRAMEWORK = 'journey-cloud';
const MAIDSTONE = 'E07000110';

// A real browser and argon2 hashing: well past jest's 5 s default.
jest.setTimeout(120_000);

/**
 * One supplier's journey through the web service, in order: each test starts where the one before
 * left off (the same browser context), as a person would.
 */
describe('web: the supplier journey in Chromium', () => {
  let web: WebHarness;
  let context: BrowserContext;
  let page: Page;
  let listingUrl: string;

  beforeAll(async () => {
    web = await startWeb();
    await web.app.get(CouncilReferenceLoader).load();
    const created = await web.app.get(AdminBootstrapService).createAdmin('ada.admin@example.org', PASSWORD, 'Ada Admin');
    const admin: Actor = { userId: created.id, role: 'admin', status: 'active', supplierId: null, councilCode: null };
    const frameworks = web.app.get(FrameworkService);
    await frameworks.create(admin, {
      slug: FRAMEWORK,
      name: 'Journey Cloud',
      description: 'Cloud software for councils',
      lots: [{ slug: 'software', name: 'Software', description: 'Software as a service', maxCategoriesPerService: 2, categories: [{ name: 'Case management' }, { name: 'Payroll' }] }],
    });
    await frameworks.update(admin, FRAMEWORK, { status: 'open' });

    // Another supplier, through the services, to try Sam's listing.
    const auth = web.app.get(AuthService);
    await auth.register({ ...OTHER, password: PASSWORD, role: 'supplier' }, '127.0.0.1');
    const other = await auth.authenticate(OTHER.email, PASSWORD, '127.0.0.1');
    await web.app.get(SupplierService).create(other, {
      name: 'Northern Systems Ltd',
      companyNumber: '09200002',
      staffCount: 400,
      turnover: '90000000.00',
      balanceSheetTotal: '50000000.00',
      isVcse: false,
      offices: [{ councilCode: 'E08000035' }],
    });

    context = await web.browser.newContext({ baseURL: web.baseUrl });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await web?.stop();
  });

  const submit = (button: string) => submitForm(page, button);

  async function errorSummary(): Promise<string[]> {
    return page.locator('.govuk-error-summary__list a').allTextContents();
  }

  it('registers a supplier user, refusing an incomplete form with an error summary that keeps what was typed', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Create an account');
    await expectAccessible(page);

    await page.getByLabel('Email address').fill(SAM.email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    expect((await submit('Create account')).status()).toBe(422);
    expect(await errorSummary()).toEqual([
      'Enter your full name',
      'Password must be 12 characters or more',
      'Select whether you work for a supplier or a council',
    ]);
    await expect(page.title()).resolves.toMatch(/^Error: Create an account/);
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(SAM.email);
    await expect(page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('');
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-01-register-errors');

    await page.getByLabel('Full name').fill(SAM.fullName);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('A supplier').check();
    const response = await submit('Create account');
    expect(response.status()).toBe(303);
    await expect(page.locator('h1').textContent()).resolves.toContain('Registration received');
    await expectAccessible(page);

    // Registering again with the same address looks exactly the same: the page never says who has an account.
    await page.goto('/register');
    await page.getByLabel('Email address').fill(SAM.email);
    await page.getByLabel('Full name').fill('Somebody Else');
    await page.getByLabel('Password', { exact: true }).fill('another long password');
    await page.getByLabel('A supplier').check();
    expect((await submit('Create account')).status()).toBe(303);
    await expect(page.locator('h1').textContent()).resolves.toContain('Registration received');
  });

  it('signs in and is sent to create the supplier profile, which refuses missing answers', async () => {
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().click();
    await page.getByLabel('Email address').fill(SAM.email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await submit('Sign in');

    await page.getByRole('link', { name: 'Your supplier profile' }).click();
    expect(new URL(page.url()).pathname).toBe('/supplier/profile/new');
    await expectAccessible(page);

    await page.getByLabel('Company name').fill('Weald Digital Ltd');
    await page.getByLabel('Companies House number').fill('1234567890');
    expect((await submit('Save profile')).status()).toBe(422);
    expect(await errorSummary()).toEqual([
      'Enter how many staff you have',
      'Enter your annual turnover',
      'Enter your balance sheet total',
      'Select yes if you are a voluntary, community or social enterprise',
      'Select the council area of at least one office',
    ]);
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Weald Digital Ltd');
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-02-profile-errors');

    // The service's own checks come back in the form's words, on the right field.
    await page.getByLabel('Number of staff').fill('25');
    await page.getByLabel('Annual turnover').fill('2,500,000');
    await page.getByLabel('Balance sheet total').fill('800000');
    await page.getByLabel('No', { exact: true }).check();
    await page.locator('#office0Council').selectOption(MAIDSTONE);
    expect((await submit('Save profile')).status()).toBe(422);
    expect(await errorSummary()).toEqual(['Enter a Companies House number in the correct format, like 01234567 or SC123456']);
    await expect(page.locator('#office0Council').inputValue()).resolves.toBe(MAIDSTONE);
    await expectAccessible(page);
  });

  it('completes the profile form with the keyboard alone, then sees SME and local explained', async () => {
    await page.goto('/supplier/profile/new');
    // The skip link first, then straight into the form.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate<string>("document.activeElement ? document.activeElement.id : ''");
    const answer = async (id: string, typed: string) => {
      await page.keyboard.press('Tab');
      await expect(focused()).resolves.toBe(id);
      await page.keyboard.type(typed);
    };
    await answer('name', 'Weald Digital Ltd');
    await answer('companyNumber', '09100001');
    await answer('vatNumber', 'GB123456789');
    await answer('phone', '01622 000000');
    await answer('staffCount', '25');
    await answer('turnover', '2500000');
    await answer('balanceSheetTotal', '800000');
    // A radio group is one tab stop; the arrow keys choose within it.
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('isVcse');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#isVcse-2').isChecked()).resolves.toBe(true);
    await answer('office0Council', 'Maidstone');
    await expect(page.locator('#office0Council').inputValue()).resolves.toBe(MAIDSTONE);
    await answer('office0Postcode', 'ME14 1XQ');
    for (const id of ['office1Council', 'office1Postcode', 'office2Council', 'office2Postcode']) {
      await page.keyboard.press('Tab');
      await expect(focused()).resolves.toBe(id);
    }
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>("document.activeElement.textContent.trim()")).resolves.toBe('Save profile');
    await Promise.all([page.waitForURL('**/supplier/profile'), page.keyboard.press('Enter')]);

    await expect(page.locator('h1').textContent()).resolves.toBe('Your supplier profile');
    await expect(page.locator('#sme-explanation').textContent()).resolves.toBe(
      'You are an SME because you have fewer than 250 staff and a turnover of £44m or less.',
    );
    const local = await page.locator('#local-explanation').textContent();
    expect(local).toMatch(/^You count as local to \d+ councils because you have an office in the area of Maidstone Borough Council\./);
    const localTo = await page.locator('.govuk-details .govuk-list li').allTextContents();
    expect(localTo).toEqual(expect.arrayContaining(['Maidstone Borough Council', 'Kent County Council']));
    expect(localTo).not.toContain('Leeds City Council');
    await expect(page.getByText('£2,500,000', { exact: true }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-03-profile');
  });

  it('drafts a listing on an open framework lot, refusing a malformed CPV code', async () => {
    await page.getByRole('link', { name: 'List a service' }).click();
    await expectAccessible(page);
    expect((await submit('Continue')).status()).toBe(422);
    expect(await errorSummary()).toEqual(['Select the framework lot your service is for']);
    await expectAccessible(page);

    await page.getByLabel('Journey Cloud: Software').check();
    await submit('Continue');
    expect(new URL(page.url()).pathname).toBe(`/supplier/listings/new/${FRAMEWORK}/software`);
    await expectAccessible(page);

    await page.getByLabel('Service name').fill('Casework Hub');
    await page.getByLabel('Summary').fill('Case management for council housing teams');
    await page.getByLabel('CPV codes').fill('72260000, 7226');
    expect((await submit('Save draft')).status()).toBe(422);
    expect(await errorSummary()).toEqual(['CPV codes must be 8 digits, like 72260000, separated by commas. Check “7226”']);
    await expect(page.getByLabel('Summary').inputValue()).resolves.toBe('Case management for council housing teams');
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-04-listing-form-errors');

    await page.getByLabel('CPV codes').fill('72260000');
    expect((await submit('Save draft')).status()).toBe(303);
    listingUrl = new URL(page.url()).pathname;
    expect(listingUrl).toMatch(/^\/supplier\/listings\/[0-9a-f-]{36}$/);
    await expect(page.locator('#listing-status').textContent()).resolves.toContain('Draft');
    await expectAccessible(page);
  });

  it('submits: the quality checks come back as an error summary, and once fixed the listing is submitted', async () => {
    expect((await submit('Submit for checking')).status()).toBe(422);
    const problems = await errorSummary();
    expect(problems).toEqual(
      expect.arrayContaining(['Enter a description of your service', 'Enter at least one feature', 'Select at least one category']),
    );
    // Each problem opens the form at the field to fix.
    await expect(page.locator('.govuk-error-summary__list a').first().getAttribute('href')).resolves.toMatch(new RegExp(`^${listingUrl}/edit#`));
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-05-submit-errors');

    await page.getByRole('link', { name: 'Change this listing' }).click();
    await expect(page.getByLabel('Service name').inputValue()).resolves.toBe('Casework Hub');
    await expectAccessible(page);
    await page.getByLabel('Description').fill('Track every tenancy case from first contact to resolution, with reminders for each visit.');
    await page.getByLabel('Features').fill('Case timeline\nVisit reminders');
    await page.getByLabel('Benefits').fill('Fewer missed visits');
    await page.getByLabel('Case management').check();
    await page.getByLabel('Lowest price').fill('1200');
    await page.getByLabel('Highest price').fill('5000');
    await page.getByLabel('What one price buys').fill('per year');
    expect((await submit('Save changes')).status()).toBe(303);

    expect((await submit('Submit for checking')).status()).toBe(303);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your listing has been submitted for checking');
    await expect(page.locator('#listing-status').textContent()).resolves.toContain('Submitted');
    await expect(page.getByText(/This listing is \d+% complete\./).count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-06-submitted');
  });

  it('lists the supplier\'s own listings with where each stands', async () => {
    await page.goto('/supplier/listings');
    const row = page.locator('.govuk-table__body .govuk-table__row').filter({ hasText: 'Casework Hub' });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('.govuk-tag').textContent()).resolves.toContain('Submitted');
    await expect(row.getByRole('link', { name: 'Casework Hub' }).getAttribute('href')).resolves.toBe(listingUrl);
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-06b-listings');
  });

  it('shows the signed-in user their notifications', async () => {
    const userId = (await web.app.get(AuthService).authenticate(SAM.email, PASSWORD, '127.0.0.1')).userId;
    await web.app.get(NotificationService).notify([
      { userId, kind: 'listing.decided', title: 'Casework Hub was published', body: 'Buyers can now find it in the catalogue.', link: listingUrl, dedupeKey: 'journey-1' },
    ]);
    await page.getByRole('link', { name: 'Notifications' }).click();
    await expect(page.getByRole('link', { name: 'Casework Hub was published' }).getAttribute('href')).resolves.toBe(listingUrl);
    await expect(page.getByText('Buyers can now find it in the catalogue.').count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'supplier-journey-07-notifications');
  });

  it('withdraws only after a confirmation page', async () => {
    await page.goto(listingUrl);
    await page.getByRole('link', { name: 'Withdraw this listing' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Are you sure you want to withdraw Casework Hub?');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect(page.locator('#listing-status').textContent()).resolves.toContain('Submitted');

    await page.getByRole('link', { name: 'Withdraw this listing' }).click();
    expect((await submit('Withdraw listing')).status()).toBe(303);
    await expect(page.locator('#listing-status').textContent()).resolves.toContain('Withdrawn');
    await expect(page.getByRole('link', { name: 'Withdraw this listing' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it("answers another supplier's user 'Page not found' for the listing and its forms", async () => {
    const other = await web.browser.newContext({ baseURL: web.baseUrl });
    try {
      const otherPage = await other.newPage();
      await otherPage.goto('/sign-in');
      await otherPage.getByLabel('Email address').fill(OTHER.email);
      await otherPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await Promise.all([otherPage.waitForURL('**/account'), otherPage.getByRole('button', { name: 'Sign in', exact: true }).click()]);
      for (const path of [listingUrl, `${listingUrl}/edit`, `${listingUrl}/withdraw`]) {
        const response = await otherPage.goto(path);
        expect(response?.status()).toBe(404);
        await expect(otherPage.locator('h1').textContent()).resolves.toBe('Page not found');
      }
      await expectAccessible(otherPage);
      await screenshot(otherPage, 'supplier-journey-08-not-found');
    } finally {
      await other.close();
    }
  });
});
