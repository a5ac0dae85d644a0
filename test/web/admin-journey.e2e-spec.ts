import { randomUUID } from 'node:crypto';
import { IntegrityFlagService } from '@app/audit';
import { FrameworkService, ListingService, NewListing } from '@app/catalogue';
import { AdminBootstrapService, AuthService, UserDirectory } from '@app/identity';
import { CouncilReferenceLoader, SupplierService } from '@app/organisations';
import type { Actor } from '@app/shared';
import { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness, submitForm } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const FRAMEWORK = 'admin-test-cloud';
const ADMIN = { email: 'ada.admin@example.org', fullName: 'Ada Admin' };
const SUPPLIER_EMAIL = 'sam@weald-digital.example';
// Not on Kent's email domain, so the account waits for an administrator.
const BUYER = { email: 'bea.buyer@example.org', fullName: 'Bea Buyer', councilCode: 'E10000016' };
const LISTING: NewListing = {
  framework: FRAMEWORK,
  lot: 'software',
  name: 'Casework Hub',
  summary: 'Case management for housing teams',
  description: 'Tracks every housing case from first contact to closure.',
  features: ['Works in any modern browser'],
  categories: ['case-management'],
  cpvCodes: ['72260000'],
  pricing: { min: '100.00', max: '200.00', unit: 'per month' },
};
const FLAG_SUMMARY = 'Contract awarded to a supplier that was suspended';

// A real browser, argon2 hashing and a dozen service calls to seed: well past jest's 5 s default.
jest.setTimeout(120_000);

describe('web: the administrator journey in Chromium', () => {
  let web: WebHarness;
  let supplierUser: Actor;
  let admin: Actor;
  let listingId: string;

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    await web.app.get(CouncilReferenceLoader).load();
    const created = await web.app.get(AdminBootstrapService).createAdmin(ADMIN.email, PASSWORD, ADMIN.fullName);
    admin = { userId: created.id, role: 'admin', status: 'active', supplierId: null, councilCode: null };

    const auth = web.app.get(AuthService);
    await auth.register({ ...BUYER, password: PASSWORD, role: 'buyer' }, '10.0.8.1');
    await auth.register({ email: SUPPLIER_EMAIL, fullName: 'Sam Supplier', password: PASSWORD, role: 'supplier' }, '10.0.8.2');
    const signedIn = await auth.authenticate(SUPPLIER_EMAIL, PASSWORD, '127.0.0.1');
    await web.app.get(SupplierService).create(signedIn, {
      name: 'Weald Digital Ltd',
      companyNumber: '09200001',
      staffCount: 25,
      turnover: '2500000.00',
      balanceSheetTotal: '800000.00',
      isVcse: false,
      offices: [{ councilCode: 'E07000110', postcode: 'ME14 1XQ' }],
    });
    supplierUser = (await auth.actorForUser(signedIn.userId))!;

    const frameworks = web.app.get(FrameworkService);
    await frameworks.create(admin, {
      slug: FRAMEWORK,
      name: 'Admin Test Cloud',
      lots: [{ slug: 'software', name: 'Software', maxCategoriesPerService: 5, categories: [{ name: 'Case management' }] }],
    });
    await frameworks.update(admin, FRAMEWORK, { status: 'open' });
    const listings = web.app.get(ListingService);
    listingId = (await listings.create(supplierUser, LISTING)).id;
    await listings.submit(supplierUser, listingId);

    await web.app.get(IntegrityFlagService).raise({
      kind: 'suspended-supplier-award',
      subjectType: 'contract',
      subjectId: randomUUID(),
      summary: FLAG_SUMMARY,
      dedupeKey: 'admin-journey-flag',
    });
  });

  afterAll(() => web?.stop());

  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await web.browser.newContext({ baseURL: web.baseUrl });
    page = await context.newPage();
  });

  afterEach(() => context.close());

  const submit = (button: string) => submitForm(page, button);

  async function signIn(email: string): Promise<void> {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    expect((await submit('Sign in')).status()).toBe(303);
  }

  async function visit(path: string, name: string): Promise<void> {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectAccessible(page);
    await screenshot(page, name);
  }

  async function text(selector: string): Promise<string> {
    return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
  }

  it('answers a supplier user with the 403 page, and sends a signed-out visitor to sign in', async () => {
    const signedOut = await page.goto('/admin/audit');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(signedOut?.status()).toBe(200);

    await signIn(SUPPLIER_EMAIL);
    for (const path of ['/admin', '/admin/users?status=pending', '/admin/moderation', '/admin/audit', '/admin/integrity-flags', '/admin/frameworks']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.locator('h1').textContent()).resolves.toBe('You cannot do this');
    }
    // No link to the administration pages for anyone but an administrator.
    await expect(page.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'admin-forbidden');
  });

  it('approves a pending buyer, moderates a listing and its revision, and reads the flags and the audit log', async () => {
    await signIn(ADMIN.email);
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForLoadState('load');
    expect(await text('#admin-counts')).toContain('Council buyers waiting for approval: 1');
    expect(await text('#admin-counts')).toContain('Listings waiting for review: 1');
    expect(await text('#admin-counts')).toContain('Open integrity flags: 1');
    await expectAccessible(page);
    await screenshot(page, 'admin-overview');

    // Approve the buyer: the account moves to the active list and can act for its council.
    await page.getByRole('link', { name: 'Council buyers waiting for approval' }).click();
    await page.waitForLoadState('load');
    const pending = await text('#users');
    expect(pending).toContain(BUYER.fullName);
    expect(pending).toContain('Kent County Council');
    await expectAccessible(page);
    await screenshot(page, 'admin-users-pending');
    expect((await submit(`Approve ${BUYER.fullName}`)).status()).toBe(303);
    expect(new URL(page.url()).search).toBe('?status=active');
    expect(await text('#users')).toMatch(new RegExp(`${BUYER.fullName}.*Active`));
    await expectAccessible(page);
    await screenshot(page, 'admin-users-active');
    const buyer = await web.app.get(UserDirectory).findByEmail(BUYER.email);
    expect(buyer?.status).toBe('active');

    // A new submission: read in full with its quality report; rejecting needs a reason.
    await visit('/admin/moderation', 'admin-moderation-queue');
    expect(await text('#queue')).toContain('Casework Hub');
    await page.getByRole('link', { name: 'Casework Hub' }).click();
    await page.waitForLoadState('load');
    expect(await text('#review-facts')).toContain('Quality score');
    expect(await text('#content')).toContain('Summary Case management for housing teams');
    await expectAccessible(page);
    await screenshot(page, 'admin-review-submission');

    const refused = await submit('Reject');
    expect(refused.status()).toBe(422);
    await expect(page.title()).resolves.toMatch(/^Error: Review Casework Hub/);
    await expect(page.locator('.govuk-error-summary a').allTextContents()).resolves.toEqual(['Enter a reason for rejecting the listing']);
    await expect(page.locator('#reason-error').textContent()).resolves.toContain('Enter a reason for rejecting the listing');
    // The page is whole again: the listing is still there to read.
    expect(await text('#content')).toContain('Case management for housing teams');
    await expectAccessible(page);
    await screenshot(page, 'admin-review-reject-no-reason');

    expect((await submit('Approve')).status()).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/admin/moderation');
    await expect(page.locator('main').innerText()).resolves.toContain('There is nothing to review.');
    const published = await web.app.get(ListingService).get(admin, listingId);
    expect(published.status).toBe('published');

    // A revision of the published listing: only what changes, before and after, in a table.
    await web.app.get(ListingService).update(supplierUser, listingId, { summary: 'Case management for housing and benefits teams' });
    await visit('/admin/moderation', 'admin-moderation-revision');
    expect(await text('#queue')).toContain('Change to a published listing');
    await page.getByRole('link', { name: 'Casework Hub' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('#changes thead th').allTextContents()).resolves.toEqual(['Field', 'Published now', 'Proposed change']);
    await expect(page.locator('#changes tbody tr').allInnerTexts()).resolves.toEqual([
      'Summary\tCase management for housing teams\tCase management for housing and benefits teams',
    ]);
    await expectAccessible(page);
    await screenshot(page, 'admin-review-revision');
    expect((await submit('Approve')).status()).toBe(303);

    // The integrity flag raised by the service.
    await visit('/admin/integrity-flags', 'admin-integrity-flags');
    expect(await text('#flags')).toContain(FLAG_SUMMARY);

    // The audit log filtered by action: only the approval of the buyer.
    await visit('/admin/audit', 'admin-audit');
    await page.getByLabel('Action').fill('user.approved');
    await Promise.all([page.waitForURL(/action=user\.approved/), page.getByRole('button', { name: 'Filter' }).click()]);
    const rows = await page.locator('#audit tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('user.approved');
    expect(rows[0]).toContain(ADMIN.fullName);
    await expectAccessible(page);
    await screenshot(page, 'admin-audit-filtered');

    // A date that is not one: the filters again with an error summary, no search.
    const bad = await page.goto('/admin/audit?from-day=31&from-month=2&from-year=2026');
    expect(bad?.status()).toBe(400);
    await expect(page.locator('.govuk-error-summary a').allTextContents()).resolves.toEqual(['Date from must be a real date, like 27 11 2026']);
    await expectAccessible(page);
    await screenshot(page, 'admin-audit-bad-date');
  });

  it('moves a framework to its next status after a confirmation', async () => {
    await signIn(ADMIN.email);
    await visit('/admin/frameworks', 'admin-frameworks');
    expect(await text('#frameworks')).toContain('Admin Test Cloud');
    expect(await text('#frameworks')).toContain('Open for listings');
    const move = page.getByRole('link', { name: /^Move to live/ });
    await expect(move.textContent()).resolves.toMatch(/Move to live\s*: Admin Test Cloud/);
    await move.click();
    await page.waitForLoadState('load');
    await expect(page.locator('h1').textContent()).resolves.toBe('Are you sure you want to move this framework from open for listings to live?');
    await expectAccessible(page);
    await screenshot(page, 'admin-framework-confirm');
    expect((await submit('Yes, move to live')).status()).toBe(303);
    expect(await text('#frameworks')).toMatch(/Admin Test Cloud.*Live/);
    await expect(web.app.get(FrameworkService).get(FRAMEWORK)).resolves.toMatchObject({ status: 'live' });
  });
});
