import { CpvReferenceLoader } from '@app/classification';
import { FrameworkService, ListingModerationService, ListingService } from '@app/catalogue';
import { AdminBootstrapService, AuthService, UserAdminService, UserDirectory } from '@app/identity';
import { SupplierMatchingService } from '@app/matching';
import { CouncilReferenceLoader, SupplierInput, SupplierService } from '@app/organisations';
import { JointProcurementService, NeedService, OpportunityService, QuestionService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { BrowserContext, Page, Response } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const MAIDSTONE = 'E07000110';
const LEEDS = 'E08000035';
const OUTSIDE_BUYER = 'lee.buyer@leeds.example';
const FRAMEWORK = 'opportunity-cloud';
const TITLE = 'Case management for adult social care';
const HOSTING_TITLE = 'Hosting for the council website';
const QUESTION = 'Do you need the data migrated from the current system?';
const ANSWER = 'Yes: about ten years of case notes, in CSV.';
const WEALD: SupplierInput = {
  name: 'Weald Digital Ltd',
  companyNumber: '09300001',
  staffCount: 25,
  turnover: '2500000.00',
  balanceSheetTotal: '800000.00',
  isVcse: false,
  offices: [{ councilCode: MAIDSTONE, postcode: 'ME14 1XQ' }],
};
const NORTHERN: SupplierInput = { ...WEALD, name: 'Northern Systems Ltd', companyNumber: '09300002' };

// A real browser, argon2 hashing and a procurement to set up: well past jest's 5 s default.
jest.setTimeout(180_000);

/**
 * Opportunities in the browser: the public list and page, a supplier's clarification question and
 * response, and a supplier without a listing on the lot told why it cannot respond.
 */
describe('web: opportunities, questions and responses in Chromium', () => {
  let web: WebHarness;
  let buyer: Actor;
  let opportunityId: string;
  let lotId: string;
  let registrations = 0;
  const contexts: BrowserContext[] = [];

  async function supplier(input: SupplierInput): Promise<{ actor: Actor; email: string }> {
    const auth = web.app.get(AuthService);
    const email = `user@${input.companyNumber}.example`;
    await auth.register({ email, fullName: `${input.name} user`, password: PASSWORD, role: 'supplier' }, `10.0.8.${++registrations}`);
    const user = await auth.authenticate(email, PASSWORD, '127.0.0.1');
    await web.app.get(SupplierService).create(user, input);
    return { actor: (await auth.actorForUser(user.userId))!, email };
  }

  async function newPage(): Promise<Page> {
    const context = await web.browser.newContext({ baseURL: web.baseUrl });
    contexts.push(context);
    return context.newPage();
  }

  async function signedIn(email: string): Promise<Page> {
    const page = await newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await Promise.all([page.waitForURL((url) => url.pathname !== '/sign-in'), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
    return page;
  }

  async function submit(page: Page, button: string): Promise<Response> {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    await page.waitForLoadState('load');
    return response;
  }

  function errorSummary(page: Page): Promise<string[]> {
    return page.locator('.govuk-error-summary__list li').allTextContents().then((items) => items.map((item) => item.trim()));
  }

  let sam: { actor: Actor; email: string };
  let olu: { actor: Actor; email: string };

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    await web.app.get(CouncilReferenceLoader).load();
    await web.app.get(CpvReferenceLoader).load();
    const created = await web.app.get(AdminBootstrapService).createAdmin('ada.admin@example.org', PASSWORD, 'Ada Admin');
    const admin: Actor = { userId: created.id, role: 'admin', status: 'active', supplierId: null, councilCode: null };

    const frameworks = web.app.get(FrameworkService);
    await frameworks.create(admin, {
      slug: FRAMEWORK,
      name: 'Opportunity Cloud',
      lots: [{ slug: 'software', name: 'Software', maxCategoriesPerService: 2, categories: [{ name: 'Case management' }] }],
    });
    await frameworks.update(admin, FRAMEWORK, { status: 'open' });
    lotId = (await frameworks.get(FRAMEWORK)).lots[0].id;

    // A Maidstone buyer, approved by the administrator.
    const auth = web.app.get(AuthService);
    await auth.register({ email: 'bo.buyer@maidstone.example', fullName: 'Bo Buyer', password: PASSWORD, role: 'buyer', councilCode: MAIDSTONE }, '10.0.8.200');
    const buyerUser = (await web.app.get(UserDirectory).findByEmail('bo.buyer@maidstone.example'))!;
    await web.app.get(UserAdminService).approve(admin, buyerUser.id);
    buyer = (await auth.actorForUser(buyerUser.id))!;
    // A Leeds buyer, whose council takes no part in Maidstone's procurement.
    await auth.register({ email: OUTSIDE_BUYER, fullName: 'Lee Buyer', password: PASSWORD, role: 'buyer', councilCode: LEEDS }, '10.0.8.201');
    await web.app.get(UserAdminService).approve(admin, (await web.app.get(UserDirectory).findByEmail(OUTSIDE_BUYER))!.id);

    // Sam's supplier has a published listing on the lot; Olu's has none.
    sam = await supplier(WEALD);
    olu = await supplier(NORTHERN);
    const listings = web.app.get(ListingService);
    const { id: listingId } = await listings.create(sam.actor, {
      framework: FRAMEWORK,
      lot: 'software',
      name: 'Casework Hub',
      summary: 'Case management for councils',
      description: 'Track every case from the first contact to its resolution.',
      features: ['Offline mobile visits'],
      categories: ['case-management'],
      cpvCodes: ['72260000'],
      pricing: { min: '1000.00', max: '250000.00', unit: 'per year' },
    });
    await listings.submit(sam.actor, listingId);
    await web.app.get(ListingModerationService).approve(admin, listingId);
    await frameworks.update(admin, FRAMEWORK, { status: 'live' });

    const need = await web.app.get(NeedService).create(buyer, { title: 'Case management', cpvCodes: ['72260000'], estimatedValue: '200000.00' });
    const published = await web.app.get(JointProcurementService).publishSingleNeed(buyer, {
      needId: need.id,
      title: TITLE,
      route: 'framework',
      lotId,
      problemStatement: 'Our social workers re-key case notes into three systems, which costs hours every week.',
      userNeeds: 'As a social worker I need to record a visit once, on my phone, so that I spend my time with residents.',
      scope: 'In scope: case notes, visit scheduling and data migration. Out of scope: payments and finance.',
      budget: '200000.00',
      closingAt: new Date(Date.now() + 21 * 86_400_000).toISOString(),
      criteria: [
        { name: 'Quality', description: 'How well the service meets the user needs', weight: 70 },
        { name: 'Social value', weight: 30 },
      ],
    });
    opportunityId = published.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await web?.stop();
  });

  it('lists open opportunities for anyone, linked from the navigation, and shows one with its requirements and criteria', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Opportunities' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/opportunities');
    await expect(page.locator('h1').textContent()).resolves.toBe('Opportunities');
    const row = page.locator('tbody tr').first();
    await expect(row.textContent()).resolves.toContain('Maidstone');
    await expect(row.textContent()).resolves.toContain('Opportunity Cloud: Software');
    await expect(row.textContent()).resolves.toContain('£200,000');
    await expectAccessible(page);
    await screenshot(page, 'opportunities-01-list');

    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/opportunities/${opportunityId}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(TITLE);
    const body = await page.locator('main').textContent();
    expect(body).toContain('Our social workers re-key case notes');
    expect(body).toContain('Social value');
    expect(body).toContain('70%');
    // Signed out: nothing to ask or respond with.
    await expect(page.getByLabel('Ask a question').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Respond' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'opportunities-02-opportunity');

    await expect(page.goto('/opportunities/not-an-id').then((response) => response?.status())).resolves.toBe(404);
  });

  it('filters the list by route, framework lot and council, and saves the filtered search', async () => {
    // A second open opportunity, on the open route and tied to no lot, for the filters to tell apart.
    const hostingNeed = await web.app.get(NeedService).create(buyer, { title: 'Website hosting', cpvCodes: ['72415000'], estimatedValue: '40000.00' });
    const hosting = await web.app.get(JointProcurementService).publishSingleNeed(buyer, {
      needId: hostingNeed.id,
      title: HOSTING_TITLE,
      route: 'open',
      problemStatement: 'Our website runs on a server that is out of support and has to move before the spring.',
      userNeeds: 'As a resident I need the council website to be up whenever I look for a service.',
      scope: 'In scope: hosting, monitoring and backups of the public website. Out of scope: content.',
      budget: '40000.00',
      closingAt: new Date(Date.now() + 28 * 86_400_000).toISOString(),
      criteria: [{ name: 'Quality', weight: 100 }],
    });
    const titles = (page: Page) => page.locator('tbody tr td:first-child').allTextContents();
    const applyFilters = async (page: Page) => {
      await Promise.all([page.waitForURL((url) => url.search !== ''), page.getByRole('button', { name: 'Apply filters' }).click()]);
      await page.waitForLoadState('load');
    };

    const page = await newPage();
    await page.goto('/opportunities');
    expect((await titles(page)).sort()).toEqual([TITLE, HOSTING_TITLE].sort());

    await page.getByLabel('Open competition').check();
    await applyFilters(page);
    expect(new URL(page.url()).searchParams.get('route')).toBe('open');
    expect(await titles(page)).toEqual([HOSTING_TITLE]);
    await expect(page.locator('#applied-filters').textContent()).resolves.toContain('Route: Open competition');
    await expect(page.getByLabel('Open competition').isChecked()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'opportunities-01a-filtered-by-route');

    await page.getByLabel('Any route').check();
    await page.getByLabel('Framework lot').selectOption({ label: 'Opportunity Cloud: Software' });
    await applyFilters(page);
    expect(await titles(page)).toEqual([TITLE]);
    await expect(page.locator('#applied-filters').textContent()).resolves.toContain('Framework lot: Opportunity Cloud: Software');

    // A council taking part in neither: nothing matches, and the page says so.
    await page.goto(`/opportunities?council=${LEEDS}`);
    await expect(page.locator('main').textContent()).resolves.toContain('No open opportunity matches these filters');
    await page.getByRole('link', { name: 'Clear filters' }).first().click();
    await page.waitForLoadState('load');
    expect(await titles(page)).toHaveLength(2);

    // Bad values: the page again with an error summary naming each field, never a 500.
    const refused = await page.goto('/opportunities?lotId=lot-9&council=E0711');
    expect(refused?.status()).toBe(400);
    expect(await errorSummary(page)).toEqual(['Select a framework lot from the list', 'Select a council from the list']);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(titles(page)).resolves.toEqual([]);
    await expectAccessible(page);
    await screenshot(page, 'opportunities-01b-filter-errors');
    await expect(page.goto('/opportunities?lotId=not-a-lot&route=secret').then((response) => response?.status())).resolves.toBe(400);
    expect(await errorSummary(page)).toEqual(['Select a route from the list', 'Select a framework lot from the list']);

    // Saved with its filters, the search reopens the filtered list from the account page.
    const supplierPage = await signedIn(sam.email);
    await supplierPage.goto(`/opportunities?route=framework&lotId=${lotId}&council=${MAIDSTONE}`);
    expect(await titles(supplierPage)).toEqual([TITLE]);
    await supplierPage.getByLabel('Name for this search').fill('Software lot in Maidstone');
    expect((await submit(supplierPage, 'Save this search')).status()).toBe(303);
    expect(new URL(supplierPage.url()).pathname).toBe('/account/saved-searches');
    const row = supplierPage.locator('tbody tr', { hasText: 'Software lot in Maidstone' });
    await expect(row.textContent()).resolves.toContain(
      'Route: Call-off from a framework; Framework lot: Opportunity Cloud: Software; Council: Maidstone Borough Council',
    );
    await expectAccessible(supplierPage);
    await screenshot(supplierPage, 'opportunities-01c-saved-filtered-search');
    await row.getByRole('link', { name: 'Software lot in Maidstone' }).click();
    await supplierPage.waitForLoadState('load');
    const reopened = new URL(supplierPage.url());
    expect(reopened.pathname).toBe('/opportunities');
    expect(Object.fromEntries(reopened.searchParams)).toEqual({ route: 'framework', lotId, council: MAIDSTONE });
    expect(await titles(supplierPage)).toEqual([TITLE]);

    // Later tests expect the one opportunity alone.
    await web.app.get(OpportunityService).cancel(buyer, hosting.id, 'Hosting is now bought with the county council.');
  });

  it('lets a supplier ask a question, refusing an empty one, and publishes the answer without the asker', async () => {
    const page = await signedIn(sam.email);
    await page.goto(`/opportunities/${opportunityId}`);
    expect((await submit(page, 'Ask question')).status()).toBe(422);
    expect(await errorSummary(page)).toEqual(['Enter your question']);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('h1').textContent()).resolves.toBe(TITLE);
    await expectAccessible(page);
    await screenshot(page, 'opportunities-03-question-error');

    await page.getByLabel('Ask a question').fill(QUESTION);
    expect((await submit(page, 'Ask question')).status()).toBe(303);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your question has been sent');
    await expect(page.locator('main').textContent()).resolves.toContain('Only you can see this question');
    await expectAccessible(page);

    // The buyer answers through the service; everyone then sees it, and nobody sees who asked.
    const questions = web.app.get(QuestionService);
    const [asked] = (await questions.list(buyer, opportunityId, { page: 1, pageSize: 10 })).items;
    await questions.answer(buyer, opportunityId, asked.id, ANSWER);

    const visitor = await newPage();
    await visitor.goto(`/opportunities/${opportunityId}`);
    const text = (await visitor.locator('main').textContent()) ?? '';
    expect(text).toContain(QUESTION);
    expect(text).toContain(ANSWER);
    expect(text).not.toContain('Weald');
    expect(text).not.toContain('by you');
    await expectAccessible(visitor);
    await screenshot(visitor, 'opportunities-04-answered');
  });

  it('lets an eligible supplier save a draft response, then submit it, refusing what is missing', async () => {
    const page = await signedIn(sam.email);
    await page.goto(`/opportunities/${opportunityId}`);
    await page.getByRole('button', { name: 'Respond' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/opportunities/${opportunityId}/respond`);
    await expectAccessible(page);

    expect((await submit(page, 'Save draft')).status()).toBe(422);
    expect(await errorSummary(page)).toEqual(['Enter your price']);
    await expectAccessible(page);
    await screenshot(page, 'opportunities-05-response-errors');

    await page.getByLabel('Price').fill('185000');
    await page.getByLabel('Summary').fill('Casework Hub, configured for adult social care.');
    expect((await submit(page, 'Save draft')).status()).toBe(303);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('draft response has been saved');
    await expect(page.locator('#your-response ~ p .govuk-tag').first().textContent()).resolves.toContain('Draft');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Change your response' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByLabel('Price').inputValue()).resolves.toBe('185000.00');
    expect((await submit(page, 'Submit response')).status()).toBe(422);
    expect(await errorSummary(page)).toEqual(['Enter your answer on Quality before you submit', 'Enter your answer on Social value before you submit']);
    await expectAccessible(page);

    await page.getByLabel('Quality (70%)').fill('Visits are recorded once, offline, on any phone.');
    await page.getByLabel('Social value (30%)').fill('Apprenticeships in Maidstone.');
    expect((await submit(page, 'Submit response')).status()).toBe(303);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your response has been submitted');
    const text = (await page.locator('#your-response').locator('xpath=..').textContent()) ?? '';
    expect(text).toContain('Submitted');
    expect(text).toContain('£185,000');
    expect(text).toContain('Apprenticeships in Maidstone.');
    await expectAccessible(page);
    await screenshot(page, 'opportunities-06-response-submitted');
  });

  it('shows the supplier the opportunity matched to its listing, and the buyer the suggested supplier, with the reasons', async () => {
    // What the worker runs when the opportunity is published.
    await web.app.get(SupplierMatchingService).matchOpportunity(opportunityId);

    const page = await signedIn(sam.email);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your matches' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/supplier/matches');
    await expect(page.locator('h1').textContent()).resolves.toBe('Opportunities that match your listings');
    const card = page.locator('.app-matched-opportunity');
    await expect(card.count()).resolves.toBe(1);
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('Maidstone Borough Council');
    expect(cardText).toContain('Casework Hub');
    expect(cardText).toMatch(/\d+% match/);
    expect(cardText).toContain('offers 72260000');
    await expectAccessible(page);
    await screenshot(page, 'opportunities-06a-supplier-matches');
    await card.getByRole('link', { name: TITLE }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/opportunities/${opportunityId}`);

    // Olu's supplier has no listing on the lot: nothing matched, and the page says so.
    const olusPage = await signedIn(olu.email);
    await olusPage.goto('/supplier/matches');
    await expect(olusPage.locator('main').textContent()).resolves.toContain('No open opportunity matches your listings');
    await expect(olusPage.locator('main').textContent()).resolves.not.toContain(TITLE);
    await expectAccessible(olusPage);

    const buyerPage = await signedIn('bo.buyer@maidstone.example');
    await buyerPage.goto(`/buyer/opportunities/${opportunityId}`);
    const suggested = buyerPage.locator('#suggested-suppliers-table tbody tr');
    await expect(suggested.count()).resolves.toBe(1);
    const row = (await suggested.textContent()) ?? '';
    expect(row).toContain('Weald Digital Ltd');
    expect(row).toMatch(/\bSME\b/);
    expect(row).toContain('Local');
    expect(row).toMatch(/\d+% match/);
    expect(row).toContain('offers 72260000');
    await expectAccessible(buyerPage);
    await screenshot(buyerPage, 'opportunities-06b-suggested-suppliers');
    await suggested.getByRole('link', { name: 'Casework Hub' }).click();
    await buyerPage.waitForLoadState('load');
    expect(new URL(buyerPage.url()).pathname).toMatch(/^\/catalogue\/[0-9a-f-]{36}$/);
    await expect(buyerPage.locator('h1').textContent()).resolves.toContain('Casework Hub');

    // Another council's buyer: the page does not exist for them.
    const outsider = await signedIn(OUTSIDE_BUYER);
    await expect(outsider.goto(`/buyer/opportunities/${opportunityId}`).then((response) => response?.status())).resolves.toBe(404);
    await expect(outsider.locator('main').textContent()).resolves.not.toContain('Weald Digital Ltd');
    await expectAccessible(outsider);
  });

  it('tells a supplier without a published listing on the lot why it cannot respond', async () => {
    const page = await signedIn(olu.email);
    await page.goto(`/opportunities/${opportunityId}/respond`);
    await page.getByLabel('Price').fill('150000');
    expect((await submit(page, 'Save draft')).status()).toBe(422);
    const [reason] = await errorSummary(page);
    expect(reason).toContain('Only suppliers with a published listing on the lot "Software" of Opportunity Cloud may respond');
    expect(reason).toContain('your supplier has no listing on it');
    await expect(page.getByLabel('Price').inputValue()).resolves.toBe('150000');
    await expectAccessible(page);
    await screenshot(page, 'opportunities-07-not-eligible');
  });

  it('shows the response read-only once the opportunity has closed', async () => {
    await web.app.get(OpportunityService).close(buyer, opportunityId);
    const page = await signedIn(sam.email);
    await page.goto(`/opportunities/${opportunityId}`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Closed');
    expect(text).toContain('can no longer be changed');
    await expect(page.getByRole('button', { name: 'Change your response' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Ask a question').count()).resolves.toBe(0);
    await page.goto(`/opportunities/${opportunityId}/respond`);
    expect(new URL(page.url()).pathname).toBe(`/opportunities/${opportunityId}`);
    await expectAccessible(page);
    await screenshot(page, 'opportunities-08-closed');

    // The list shows open opportunities only.
    await page.goto('/opportunities');
    await expect(page.locator('main').textContent()).resolves.toContain('There are no open opportunities');
  });
});
