import { CpvReferenceLoader } from '@app/classification';
import { FrameworkService, ListingModerationService, ListingService } from '@app/catalogue';
import { AdminBootstrapService, AuthService, UserAdminService, UserDirectory } from '@app/identity';
import { PartnerMatchingService } from '@app/matching';
import { CouncilReferenceLoader, SupplierService } from '@app/organisations';
import { NeedService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, submitForm, WebHarness } from './web-harness';
import { monthsFromNow } from '../support/dates';

const PASSWORD = 'correct horse battery staple';
const LEEDS = 'E08000035';
const BRADFORD = 'E08000032';
const CAMDEN = 'E09000007';
const WAKEFIELD = 'E08000036';
const KIRKLEES = 'E08000034';
const FRAMEWORK = 'together-cloud';
const LEEDS_NEED = 'Housing repairs scheduling';
const BRADFORD_NEED = 'Repairs scheduling for council homes';
const JOINT_TITLE = 'West Yorkshire housing repairs scheduling';
const QUESTION = 'How many repair jobs a year do the councils raise?';
const ANSWER = 'About 90,000 between the two councils.';
const BUYERS = [
  { email: 'bea.buyer@leeds.example', fullName: 'Bea Buyer', councilCode: LEEDS },
  { email: 'brad.buyer@bradford.example', fullName: 'Brad Buyer', councilCode: BRADFORD },
  { email: 'cam.buyer@camden.example', fullName: 'Cam Buyer', councilCode: CAMDEN },
  { email: 'wren.buyer@wakefield.example', fullName: 'Wren Buyer', councilCode: WAKEFIELD },
  { email: 'kit.buyer@kirklees.example', fullName: 'Kit Buyer', councilCode: KIRKLEES },
];
const DECLINE_REASON = 'Our repairs contract was extended for two years.';
const SUPPLIER_EMAIL = 'sam@aire-repairs.example';

jest.setTimeout(240_000);

/** Day, month and year of the UK date `days` from now, as a GOV.UK date input takes them. */
function dayParts(days: number): [string, string, string] {
  const [year, month, day] = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).split('-');
  return [String(Number(day)), String(Number(month)), year];
}

/**
 * Buying together in the browser: Leeds starts a joint procurement from a need and invites
 * Bradford, whose buyer accepts; Leeds publishes (the quality check's warnings shown first); a
 * supplier asks and responds; Leeds answers, closes (with the close button, so no time has to pass),
 * scores and awards; the supplier sees the outcome. Each test goes on from where the last left off.
 */
describe('web: buying together in Chromium', () => {
  let web: WebHarness;
  const contexts: BrowserContext[] = [];
  let lead: Page;
  let partner: Page;
  let supplier: Page;
  let procurementPath: string;
  let opportunityId: string;

  async function signedIn(email: string): Promise<Page> {
    const context = await web.browser.newContext({ baseURL: web.baseUrl });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await Promise.all([page.waitForURL((url) => url.pathname !== '/sign-in'), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
    return page;
  }

  function errorSummary(page: Page): Promise<string[]> {
    return page.locator('.govuk-error-summary__list li').allTextContents().then((items) => items.map((item) => item.trim()));
  }

  async function fillDate(page: Page, name: string, [day, month, year]: [string, string, string]): Promise<void> {
    await page.locator(`#${name}-day`).fill(day);
    await page.locator(`#${name}-month`).fill(month);
    await page.locator(`#${name}-year`).fill(year);
  }

  async function banner(page: Page): Promise<string> {
    return ((await page.locator('.govuk-notification-banner__content').textContent()) ?? '').trim();
  }

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    await web.app.get(CouncilReferenceLoader).load();
    await web.app.get(CpvReferenceLoader).load();
    const created = await web.app.get(AdminBootstrapService).createAdmin('ada.admin@example.org', PASSWORD, 'Ada Admin');
    const admin: Actor = { userId: created.id, role: 'admin', status: 'active', supplierId: null, councilCode: null };

    const auth = web.app.get(AuthService);
    const buyers: Actor[] = [];
    for (const [index, buyer] of BUYERS.entries()) {
      await auth.register({ ...buyer, password: PASSWORD, role: 'buyer' }, `10.0.7.${index + 1}`);
      const user = (await web.app.get(UserDirectory).findByEmail(buyer.email))!;
      await web.app.get(UserAdminService).approve(admin, user.id);
      buyers.push((await auth.actorForUser(user.id))!);
    }
    const [bea, brad, , wren, kit] = buyers;

    // A framework lot with one supplier's published listing on it, set up as the supplier journey does.
    const frameworks = web.app.get(FrameworkService);
    await frameworks.create(admin, {
      slug: FRAMEWORK,
      name: 'Together Cloud',
      lots: [{ slug: 'software', name: 'Software', maxCategoriesPerService: 2, categories: [{ name: 'Housing' }] }],
    });
    await frameworks.update(admin, FRAMEWORK, { status: 'open' });
    await auth.register({ email: SUPPLIER_EMAIL, fullName: 'Sam Supplier', password: PASSWORD, role: 'supplier' }, '10.0.7.50');
    const supplierUser = await auth.authenticate(SUPPLIER_EMAIL, PASSWORD, '127.0.0.1');
    await web.app.get(SupplierService).create(supplierUser, {
      name: 'Aire Repairs Digital Ltd',
      companyNumber: '09400001',
      staffCount: 30,
      turnover: '3000000.00',
      balanceSheetTotal: '900000.00',
      isVcse: false,
      offices: [{ councilCode: LEEDS, postcode: 'LS1 4AP' }],
    });
    const sam = (await auth.actorForUser(supplierUser.userId))!;
    const listings = web.app.get(ListingService);
    const { id: listingId } = await listings.create(sam, {
      framework: FRAMEWORK,
      lot: 'software',
      name: 'RepairPlanner',
      summary: 'Repairs scheduling for social housing',
      description: 'Books repair jobs with tenants and plans operatives’ rounds.',
      features: ['Tenant self-service booking'],
      categories: ['housing'],
      cpvCodes: ['72260000'],
      pricing: { min: '5000.00', max: '500000.00', unit: 'per year' },
    });
    await listings.submit(sam, listingId);
    await web.app.get(ListingModerationService).approve(admin, listingId);
    await frameworks.update(admin, FRAMEWORK, { status: 'live' });

    // Two councils' needs for the same thing at about the same time, and the matching the worker would run.
    const needs = web.app.get(NeedService);
    const leedsNeed = await needs.create(bea, { title: LEEDS_NEED, cpvCodes: ['72260000'], estimatedValue: '300000.00', wantedStartDate: monthsFromNow(7, 1), openToCollaboration: true });
    await needs.create(brad, { title: BRADFORD_NEED, cpvCodes: ['72260000'], estimatedValue: '200000.00', wantedStartDate: monthsFromNow(8, 1), openToCollaboration: true });
    await needs.create(wren, { title: 'Housing repairs booking', cpvCodes: ['72260000'], estimatedValue: '150000.00', wantedStartDate: monthsFromNow(7, 1), openToCollaboration: true });
    await needs.create(kit, { title: 'Repairs scheduling software', cpvCodes: ['72260000'], estimatedValue: '120000.00', wantedStartDate: monthsFromNow(8, 1), openToCollaboration: true });
    await web.app.get(PartnerMatchingService).recompute(leedsNeed.id, 1);

    lead = await signedIn(BUYERS[0].email);
    partner = await signedIn(BUYERS[1].email);
    supplier = await signedIn(SUPPLIER_EMAIL);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await web?.stop();
  });

  it('starts a joint procurement from a partner suggestion on the need page, refusing a blank title', async () => {
    await lead.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your needs' }).click();
    await lead.getByRole('link', { name: LEEDS_NEED }).click();
    await lead.waitForLoadState('load');
    await expectAccessible(lead);
    await lead.getByRole('button', { name: 'Buy together with City of Bradford Metropolitan District Council' }).click();
    await lead.waitForLoadState('load');
    await expect(lead.locator('h1').textContent()).resolves.toBe('Buy this together');
    await expect(lead.locator('main').textContent()).resolves.toContain('You can invite City of Bradford Metropolitan District Council on the next page');
    await expect(lead.getByLabel('Title of the joint procurement').inputValue()).resolves.toBe(LEEDS_NEED);
    await expectAccessible(lead);

    await lead.getByLabel('Title of the joint procurement').fill('');
    await lead.getByLabel(/share of the value/).fill('lots');
    expect((await submitForm(lead, 'Start the joint procurement')).status()).toBe(422);
    expect(await errorSummary(lead)).toEqual(['Enter a title for the joint procurement', 'Your council’s share must be an amount in pounds more than zero, like 150000']);
    await expect(lead.getByLabel(/share of the value/).inputValue()).resolves.toBe('lots');
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-01-start-errors');

    await lead.getByLabel('Title of the joint procurement').fill(JOINT_TITLE);
    await lead.getByLabel(/share of the value/).fill('');
    expect((await submitForm(lead, 'Start the joint procurement')).status()).toBe(303);
    procurementPath = new URL(lead.url()).pathname;
    expect(procurementPath).toMatch(/^\/joint-procurements\/[0-9a-f-]{36}$/);
    await expect(lead.locator('h1').textContent()).resolves.toBe(JOINT_TITLE);
    await expect(banner(lead)).resolves.toContain('Joint procurement started');
    await expect(lead.locator('#participants tbody').textContent()).resolves.toContain('£300,000');
    // The partner the buyer came from is ticked, ready to invite.
    await expect(lead.getByLabel('City of Bradford Metropolitan District Council').isChecked()).resolves.toBe(true);
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-02-procurement');
  });

  it('invites three partner councils, then withdraws one invitation', async () => {
    await lead.getByLabel('Wakefield Metropolitan District Council').check();
    await lead.getByLabel('Kirklees Council').check();
    expect((await submitForm(lead, 'Send invitations')).status()).toBe(303);
    await expect(banner(lead)).resolves.toBe('3 invitations sent');
    const invitations = lead.locator('#invitations-table tbody tr');
    await expect(invitations.count()).resolves.toBe(3);
    for (const text of await invitations.allTextContents()) expect(text).toContain('Waiting for an answer');
    // Invited councils are no longer offered.
    await expect(lead.locator('#invite ~ form').count()).resolves.toBe(0);
    await expectAccessible(lead);

    expect((await submitForm(lead, 'Withdraw the invitation to Kirklees Council')).status()).toBe(303);
    await expect(banner(lead)).resolves.toBe('Invitation withdrawn');
    await expect(invitations.filter({ hasText: 'Kirklees Council' }).textContent()).resolves.toContain('Withdrawn');
    await expect(lead.getByRole('button', { name: 'Withdraw the invitation to City of Bradford Metropolitan District Council' }).count()).resolves.toBe(1);
    await expectAccessible(lead);

    await lead.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your procurements' }).click();
    await lead.waitForLoadState('load');
    const row = lead.locator('#procurements tbody tr');
    await expect(row.textContent()).resolves.toContain(JOINT_TITLE);
    await expect(row.textContent()).resolves.toContain('Lead council');
    await expect(row.textContent()).resolves.toContain('Forming');
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-03-your-procurements');
  });

  it("answers another council's buyer the 404 page for the procurement", async () => {
    const stranger = await signedIn(BUYERS[2].email);
    for (const path of [procurementPath, `${procurementPath}/publish`]) {
      expect((await stranger.goto(path))?.status()).toBe(404);
    }
    await expectAccessible(stranger);
  });

  it("lets Bradford's buyer accept from its list of invitations, choosing the need that joins", async () => {
    await partner.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your procurements' }).click();
    await partner.waitForLoadState('load');
    await expect(partner.locator('#invitations tbody').textContent()).resolves.toContain('Leeds City Council');
    await expectAccessible(partner);
    await partner.getByRole('link', { name: JOINT_TITLE }).click();
    await partner.waitForLoadState('load');
    await expect(partner.locator('#your-invitation').count()).resolves.toBe(1);
    await expectAccessible(partner);

    await partner.getByRole('button', { name: 'Accept the invitation' }).click();
    await partner.waitForLoadState('load');
    await expectAccessible(partner);
    expect((await submitForm(partner, 'Join the joint procurement')).status()).toBe(422);
    expect(await errorSummary(partner)).toEqual(['Select the need your council joins with']);
    await expectAccessible(partner);
    await screenshot(partner, 'buying-together-04-accept-errors');

    await partner.getByLabel(BRADFORD_NEED).check();
    expect((await submitForm(partner, 'Join the joint procurement')).status()).toBe(303);
    await expect(banner(partner)).resolves.toContain('Your council has joined');
    const participants = await partner.locator('#participants tbody tr').allTextContents();
    expect(participants).toHaveLength(2);
    expect(participants[1]).toContain(BRADFORD_NEED);
    expect(participants[1]).toContain('£200,000');
    await expectAccessible(partner);
    await screenshot(partner, 'buying-together-05-accepted');
  });

  it("lets Wakefield's buyer decline with a reason, which the lead then reads", async () => {
    const wakefield = await signedIn(BUYERS[3].email);
    await wakefield.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your procurements' }).click();
    await wakefield.waitForLoadState('load');
    await wakefield.getByRole('link', { name: JOINT_TITLE }).click();
    await wakefield.waitForLoadState('load');
    await wakefield.getByRole('button', { name: 'Decline the invitation' }).click();
    await wakefield.waitForLoadState('load');
    await expect(wakefield.locator('h1').textContent()).resolves.toBe('Decline the invitation');
    await expectAccessible(wakefield);
    await wakefield.getByLabel('Why is your council declining? (optional)').fill(DECLINE_REASON);
    expect((await submitForm(wakefield, 'Decline the invitation')).status()).toBe(303);
    expect(new URL(wakefield.url()).pathname).toBe('/buyer/procurements');
    await expect(banner(wakefield)).resolves.toBe('You have declined the invitation');
    await expect(wakefield.locator('main').textContent()).resolves.toContain('No invitations are waiting for an answer');
    // Having declined, the council no longer sees the procurement.
    expect((await wakefield.goto(procurementPath))?.status()).toBe(404);
    await expectAccessible(wakefield);
  });

  it('publishes the opportunity after a check page that shows the quality warnings', async () => {
    await lead.goto(procurementPath);
    const invitations = lead.locator('#invitations-table tbody tr');
    await expect(invitations.filter({ hasText: 'Bradford' }).textContent()).resolves.toContain('Accepted');
    await expect(invitations.filter({ hasText: 'Wakefield' }).textContent()).resolves.toContain(DECLINE_REASON);
    await lead.getByRole('button', { name: 'Publish an opportunity' }).click();
    await lead.waitForLoadState('load');
    await expect(lead.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(JOINT_TITLE);
    await expect(lead.getByLabel('Budget').inputValue()).resolves.toBe('500000.00');
    await expectAccessible(lead);

    await lead.getByLabel('Together Cloud: Software').check();
    await lead.getByLabel('The problem (optional)').fill('Tenants wait weeks for repairs because jobs are booked by phone and planned on paper.');
    await fillDate(lead, 'closingAt', dayParts(6));
    await lead.locator('#criterion-0-name').fill('Quality');
    await lead.locator('#criterion-0-weight').fill('70');
    await lead.locator('#criterion-1-name').fill('Price');
    await lead.locator('#criterion-1-weight').fill('20');
    expect((await submitForm(lead, 'Check the opportunity')).status()).toBe(422);
    expect(await errorSummary(lead)).toEqual(['Weights must add up to 100%; they add up to 90%']);
    await expect(lead.locator('#criterion-1-name').inputValue()).resolves.toBe('Price');
    await expect(lead.getByLabel('Together Cloud: Software').isChecked()).resolves.toBe(true);
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-06-publish-errors');

    await lead.locator('#criterion-1-weight').fill('30');
    expect((await submitForm(lead, 'Check the opportunity')).status()).toBe(200);
    await expect(lead.locator('h1').textContent()).resolves.toBe('Check the opportunity before publishing it');
    const warnings = await lead.locator('#warnings li').allTextContents();
    // No user needs or scope were given and the window is under the usual minimum: the linter says so.
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings.join(' ')).toMatch(/user needs/i);
    await expect(lead.locator('.govuk-warning-text').textContent()).resolves.toContain('You can still publish');
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-07-publish-check');

    expect((await submitForm(lead, 'Publish the opportunity')).status()).toBe(303);
    opportunityId = new URL(lead.url()).pathname.split('/').pop()!;
    expect(new URL(lead.url()).pathname).toBe(`/buyer/opportunities/${opportunityId}`);
    await expect(banner(lead)).resolves.toContain('Opportunity published');
    await expect(lead.locator('#opportunity-status').textContent()).resolves.toContain('Open');
    await expect(lead.locator('main').textContent()).resolves.toContain('Responses are sealed until the opportunity is closed');
    await expectAccessible(lead);
  });

  it('lets the supplier ask a question and respond', async () => {
    await supplier.goto(`/opportunities/${opportunityId}`);
    await expect(supplier.locator('main').textContent()).resolves.toContain('Leeds City Council, City of Bradford Metropolitan District Council');
    await supplier.getByLabel('Ask a question').fill(QUESTION);
    expect((await submitForm(supplier, 'Ask question')).status()).toBe(303);
    await supplier.getByRole('button', { name: 'Respond' }).click();
    await supplier.waitForLoadState('load');
    await supplier.getByLabel('Price', { exact: true }).fill('420000');
    await supplier.getByLabel('Summary').fill('RepairPlanner for both councils, with one shared configuration.');
    await supplier.getByLabel('Quality (70%)').fill('Tenants book repairs online; operatives get planned rounds on their phones.');
    await supplier.getByLabel('Price (30%)').fill('A fixed price for both councils over the term.');
    expect((await submitForm(supplier, 'Submit response')).status()).toBe(303);
    await expect(banner(supplier)).resolves.toContain('Your response has been submitted');
  });

  it('lets the lead answer the question, refusing an empty answer', async () => {
    await lead.reload();
    const question = lead.locator('#questions ~ div').filter({ hasText: QUESTION });
    await expect(question.count()).resolves.toBe(1);
    expect((await submitForm(lead, `Publish answer to: ${QUESTION}`)).status()).toBe(422);
    expect(await errorSummary(lead)).toEqual(['Enter your answer']);
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-08-answer-error');

    await lead.getByLabel(`Your answer to: ${QUESTION}`).fill(ANSWER);
    expect((await submitForm(lead, `Publish answer to: ${QUESTION}`)).status()).toBe(303);
    await expect(banner(lead)).resolves.toContain('Your answer has been published');
    await expect(lead.locator('main').textContent()).resolves.toContain(ANSWER);
    await expectAccessible(lead);
  });

  it('closes the opportunity, scores the response per criterion and ranks it', async () => {
    expect((await submitForm(lead, 'Close the opportunity')).status()).toBe(303);
    await expect(banner(lead)).resolves.toContain('The opportunity is closed');
    const response = lead.locator('#responses-table tbody tr');
    await expect(response.count()).resolves.toBe(1);
    await expect(response.textContent()).resolves.toContain('Aire Repairs Digital Ltd');
    await expect(response.textContent()).resolves.toContain('£420,000');
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-09-responses');

    await lead.getByRole('link', { name: 'Score Aire Repairs Digital Ltd’s response' }).click();
    await lead.waitForLoadState('load');
    await expect(lead.locator('main').textContent()).resolves.toContain('operatives get planned rounds');
    await lead.getByLabel('Score for Quality').fill('150');
    expect((await submitForm(lead, 'Save scores')).status()).toBe(422);
    expect(await errorSummary(lead)).toEqual(['Score for Quality must be a whole number from 0 to 100', 'Enter a score for Price']);
    await expect(lead.getByLabel('Score for Quality').inputValue()).resolves.toBe('150');
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-10-score-errors');

    await lead.getByLabel('Score for Quality').fill('80');
    await lead.getByLabel('Comment on Quality (optional)').fill('Strong on tenant booking.');
    await lead.getByLabel('Score for Price').fill('60');
    expect((await submitForm(lead, 'Save scores')).status()).toBe(303);
    await expect(banner(lead)).resolves.toBe('Scores saved');
    const ranking = lead.locator('#ranking-table tbody tr');
    await expect(ranking.count()).resolves.toBe(1);
    const cells = (await ranking.locator('td').allTextContents()).map((cell) => cell.trim());
    // 80 × 70% + 60 × 30% = 74.
    expect(cells).toEqual(['1', 'Aire Repairs Digital Ltd', '74 out of 100', '£420,000']);
    await expectAccessible(lead);
  });

  it('awards the contract after a confirmation page showing each council’s contract', async () => {
    await lead.getByRole('button', { name: 'Award the contract' }).click();
    await lead.waitForLoadState('load');
    await expectAccessible(lead);
    await lead.getByLabel('Aire Repairs Digital Ltd').check();
    await fillDate(lead, 'startDate', ['1', '4', String(new Date().getUTCFullYear() + 1)]);
    await fillDate(lead, 'endDate', ['31', '2', String(new Date().getUTCFullYear() + 3)]);
    expect((await submitForm(lead, 'Continue')).status()).toBe(422);
    expect(await errorSummary(lead)).toEqual(['Contract end date must be a real date, like 1 4 2027']);
    await expect(lead.getByLabel('Aire Repairs Digital Ltd').isChecked()).resolves.toBe(true);
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-11-award-errors');

    await fillDate(lead, 'endDate', ['31', '3', String(new Date().getUTCFullYear() + 3)]);
    expect((await submitForm(lead, 'Continue')).status()).toBe(200);
    await expect(lead.locator('h1').textContent()).resolves.toBe('Check the award before you make it');
    await expect(lead.locator('#award-summary').textContent()).resolves.toContain('£420,000');
    // £420,000 split 300,000 : 200,000.
    const contracts = await lead.locator('#award-contracts .govuk-summary-list__row').allTextContents();
    expect(contracts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['Leeds City Council £252,000', 'City of Bradford Metropolitan District Council £168,000']);
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-12-award-check');

    expect((await submitForm(lead, 'Award the contract')).status()).toBe(303);
    await expect(banner(lead)).resolves.toContain('Contract awarded');
    await expect(lead.locator('#outcome').textContent()).resolves.toContain('Awarded to Aire Repairs Digital Ltd');
    await expect(lead.locator('#opportunity-status').textContent()).resolves.toContain('Awarded');
    await expectAccessible(lead);
    await screenshot(lead, 'buying-together-13-awarded');
  });

  it('shows the supplier the outcome on its pages', async () => {
    await supplier.goto(`/opportunities/${opportunityId}`);
    const text = (await supplier.locator('main').textContent()) ?? '';
    expect(text).toContain('Your response won this opportunity.');
    expect(text).toContain('Awarded to Aire Repairs Digital Ltd');
    expect(text).toContain(ANSWER);
    await expectAccessible(supplier);
    await screenshot(supplier, 'buying-together-14-supplier-outcome');

    await supplier.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Notifications' }).click();
    await supplier.waitForLoadState('load');
    await expect(supplier.locator('main').textContent()).resolves.toContain(JOINT_TITLE);
    await expectAccessible(supplier);
  });
});
