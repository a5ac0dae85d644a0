import { CpvReferenceLoader } from '@app/classification';
import { AdminBootstrapService, AuthService, UserAdminService, UserDirectory } from '@app/identity';
import { PartnerMatchingService } from '@app/matching';
import { CouncilReferenceLoader } from '@app/organisations';
import { ContractService, NeedService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness, submitForm } from './web-harness';
import { monthsFromNow } from '../support/dates';

const PASSWORD = 'correct horse battery staple';
const LEEDS = 'E08000035';
const BRADFORD = 'E08000032';
const BEA = { email: 'bea.buyer@leeds.example', fullName: 'Bea Buyer', councilCode: LEEDS };
const BRAD = { email: 'brad.buyer@bradford.example', fullName: 'Brad Buyer', councilCode: BRADFORD };
const PAT = { email: 'pat.pending@leeds.example', fullName: 'Pat Pending', councilCode: LEEDS };
const NEED_TITLE = 'Housing case management system';

jest.setTimeout(180_000);

/**
 * A council buyer's journey through the web service: each test starts where the one before left
 * off (the same browser context), as a person would.
 */
describe('web: the buyer journey in Chromium', () => {
  let web: WebHarness;
  let context: BrowserContext;
  let page: Page;
  let needPath: string;
  let bradfordNeedId: string;

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    await web.app.get(CouncilReferenceLoader).load();
    await web.app.get(CpvReferenceLoader).load();
    const created = await web.app.get(AdminBootstrapService).createAdmin('ada.admin@example.org', PASSWORD, 'Ada Admin');
    const admin: Actor = { userId: created.id, role: 'admin', status: 'active', supplierId: null, councilCode: null };

    // Two buyers approved by the administrator, one left waiting.
    const auth = web.app.get(AuthService);
    const directory = web.app.get(UserDirectory);
    const approved: Actor[] = [];
    for (const buyer of [BEA, BRAD, PAT]) {
      await auth.register({ ...buyer, password: PASSWORD, role: 'buyer' }, '10.0.9.1');
      const user = (await directory.findByEmail(buyer.email))!;
      if (buyer === PAT) continue;
      await web.app.get(UserAdminService).approve(admin, user.id);
      approved.push((await auth.actorForUser(user.id))!);
    }
    const [bea, brad] = approved;

    // Bradford's need, open to collaboration, for the same thing at about the same time.
    const bradfordNeed = await web.app.get(NeedService).create(brad, {
      title: 'Housing casework software',
      cpvCodes: ['72260000'],
      wantedStartDate: monthsFromNow(7, 1),
      openToCollaboration: true,
    });
    bradfordNeedId = bradfordNeed.id;

    // Leeds's existing contract, ending within the pipeline's 18 months.
    await web.app.get(ContractService).record(bea, {
      title: 'Revenues and benefits system',
      supplierName: 'Northern Systems Ltd',
      cpvCodes: ['48000000'],
      value: '600000.00',
      annualValue: '120000.00',
      startDate: monthsFromNow(-48, 1),
      endDate: monthsFromNow(9, 1),
      extensionUntil: monthsFromNow(21, 1),
      awardedVia: 'competition',
    });

    context = await web.browser.newContext({ baseURL: web.baseUrl });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await web?.stop();
  });

  const submit = (button: string) => submitForm(page, button);

  async function signIn(target: Page, email: string): Promise<void> {
    await target.goto('/sign-in');
    await target.getByLabel('Email address').fill(email);
    await target.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await Promise.all([target.waitForURL((url) => url.pathname !== '/sign-in'), target.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  }

  async function errorSummary(): Promise<string[]> {
    return page.locator('.govuk-error-summary__list a').allTextContents();
  }

  async function fillDate(name: string, day: string, month: string, year: string): Promise<void> {
    await page.locator(`#${name}-day`).fill(day);
    await page.locator(`#${name}-month`).fill(month);
    await page.locator(`#${name}-year`).fill(year);
  }

  it('tells a buyer waiting for approval that an administrator must approve them first', async () => {
    const pending = await web.browser.newContext({ baseURL: web.baseUrl });
    try {
      const pendingPage = await pending.newPage();
      await signIn(pendingPage, PAT.email);
      await expect(pendingPage.getByRole('link', { name: 'Your needs' }).count()).resolves.toBe(0);
      const response = await pendingPage.goto('/buyer/needs');
      expect(response?.status()).toBe(403);
      await expect(pendingPage.locator('main').textContent()).resolves.toContain('waiting for an administrator to approve it');
      await expectAccessible(pendingPage);
    } finally {
      await pending.close();
    }
  });

  it('records a need, refusing dates that are not real or in the past with an error summary that keeps what was typed', async () => {
    await signIn(page, BEA.email);
    await page.getByRole('link', { name: 'Your needs' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Your council’s needs');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Record a need' }).click();
    await expectAccessible(page);

    await page.getByLabel('Title').fill(NEED_TITLE);
    await page.getByLabel('CPV codes').fill('72260000');
    await fillDate('wantedStartDate', '31', '2', '2027');
    expect((await submit('Save need')).status()).toBe(422);
    expect(await errorSummary()).toEqual([
      'Wanted start date must be a real date, like 27 3 2027',
      'Select yes if other councils may see this need and join it',
    ]);
    await expect(page.title()).resolves.toMatch(/^Error: Record a need/);
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe(NEED_TITLE);
    await expect(page.locator('#wantedStartDate-day').inputValue()).resolves.toBe('31');
    await expectAccessible(page);
    await screenshot(page, 'buyer-journey-01-need-form-errors');

    // The service's own date rule comes back in the form's words.
    await fillDate('wantedStartDate', '1', '4', '2020');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Small and medium-sized enterprises (SMEs)').check();
    expect((await submit('Save need')).status()).toBe(422);
    expect(await errorSummary()).toEqual(['Wanted start date must be today or in the future']);
    await expect(page.getByLabel('Small and medium-sized enterprises (SMEs)').isChecked()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'buyer-journey-02-need-past-date');

    const [year, month] = monthsFromNow(8, 1).split('-');
    await fillDate('wantedStartDate', '1', String(Number(month)), year);
    await page.getByLabel('Current supplier name').fill('Old Casework Ltd');
    await fillDate('contractEndDate', '31', String(Number(month)), year);
    await page.getByLabel('Annual value (optional)').fill('45,000');
    expect((await submit('Save need')).status()).toBe(303);
    needPath = new URL(page.url()).pathname;
    expect(needPath).toMatch(/^\/buyer\/needs\/[0-9a-f-]{36}$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(NEED_TITLE);
    await expect(page.getByText('£45,000', { exact: true }).count()).resolves.toBe(1);
    await expectAccessible(page);
  });

  it('lists the need with its CPV code, wanted start, collaboration and status', async () => {
    await page.getByRole('link', { name: 'Your needs' }).click();
    const row = page.locator('#needs .govuk-table__body .govuk-table__row').filter({ hasText: NEED_TITLE });
    await expect(row.count()).resolves.toBe(1);
    const cells = (await row.locator('td').allTextContents()).map((cell) => cell.trim());
    expect(cells[1]).toBe('72260000');
    expect(cells[2]).toMatch(/^1 [A-Z][a-z]+ \d{4}$/);
    expect(cells[3]).toBe('Yes');
    expect(cells[4]).toBe('Open');
    // Bradford's need is another council's: not on this list.
    await expect(page.getByText('Housing casework software').count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'buyer-journey-03-needs');
  });

  it('shows Bradford as a partner council once matching has run, with its reasons, and dismisses it', async () => {
    await page.goto(needPath);
    await expect(page.locator('#partners').count()).resolves.toBe(0);
    // As the worker does after the need.saved job.
    await web.app.get(PartnerMatchingService).recompute(needPath.split('/').pop()!, 1);

    await page.reload();
    const partner = page.locator('#partners > li');
    await expect(partner.count()).resolves.toBe(1);
    await expect(partner.locator('h3').textContent()).resolves.toBe('City of Bradford Metropolitan District Council');
    const reasons = await partner.locator('.govuk-list--bullet li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toMatch(/72260000|CPV/);
    await expectAccessible(page);
    await screenshot(page, 'buyer-journey-04-partners');

    expect((await submit('Dismiss City of Bradford Metropolitan District Council')).status()).toBe(303);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('dismissed');
    await expect(page.locator('#partners').count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('changes the need, keeping what was saved in the form', async () => {
    await page.getByRole('link', { name: 'Change this need' }).click();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe(NEED_TITLE);
    await expect(page.getByLabel('Current supplier name').inputValue()).resolves.toBe('Old Casework Ltd');
    await expect(page.getByLabel('Small and medium-sized enterprises (SMEs)').isChecked()).resolves.toBe(true);
    await page.getByLabel('CPV codes').fill('72260000, 99999999');
    expect((await submit('Save need')).status()).toBe(422);
    expect(await errorSummary()).toEqual(['99999999 is not a CPV code. Check the code and try again']);
    await expectAccessible(page);
    await page.getByLabel('CPV codes').fill('72260000, 48000000');
    expect((await submit('Save need')).status()).toBe(303);
    await expect(page.getByText('72260000, 48000000', { exact: true }).count()).resolves.toBe(1);
  });

  it('shows the renewal pipeline with a recommendation and its reasons', async () => {
    await page.getByRole('link', { name: 'Renewal pipeline' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Renewal pipeline');
    const item = page.locator('#pipeline > li').filter({ hasText: 'Revenues and benefits system' });
    await expect(item.count()).resolves.toBe(1);
    await expect(item.locator('.govuk-tag').textContent()).resolves.toMatch(/Renew|Re-tender|Renegotiate|Joint re-tender/);
    await expect(item.locator('.govuk-list--bullet li').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'buyer-journey-05-pipeline');
  });

  it("answers another council's buyer 'Page not found' for the need and its form", async () => {
    const other = await web.browser.newContext({ baseURL: web.baseUrl });
    try {
      const otherPage = await other.newPage();
      await signIn(otherPage, BRAD.email);
      for (const path of [needPath, `${needPath}/edit`]) {
        const response = await otherPage.goto(path);
        expect(response?.status()).toBe(404);
      }
      // Nor may Bea open Bradford's need, though it is open to collaboration.
      expect((await page.goto(`/buyer/needs/${bradfordNeedId}`))?.status()).toBe(404);
      expect((await page.goto('/buyer/needs/not-a-need'))?.status()).toBe(404);
      await expectAccessible(otherPage);
    } finally {
      await other.close();
    }
  });

  it('shows anyone the public contracts register, filtered by council and end date', async () => {
    const visitor = await web.browser.newContext({ baseURL: web.baseUrl });
    try {
      const publicPage = await visitor.newPage();
      expect((await publicPage.goto('/contracts'))?.status()).toBe(200);
      const row = publicPage.locator('#contracts .govuk-table__body .govuk-table__row').filter({ hasText: 'Revenues and benefits system' });
      await expect(row.count()).resolves.toBe(1);
      await expect(row.textContent()).resolves.toContain('Leeds City Council');
      await expect(row.textContent()).resolves.toContain('£600,000');
      await expectAccessible(publicPage);
      await screenshot(publicPage, 'buyer-journey-06-contracts');

      await publicPage.locator('#council').selectOption(BRADFORD);
      await Promise.all([publicPage.waitForURL(/council=/), publicPage.getByRole('button', { name: 'Apply filters' }).click()]);
      await expect(publicPage.locator('#contracts-total').textContent()).resolves.toBe('0 contracts');
      await expect(publicPage.locator('#council').inputValue()).resolves.toBe(BRADFORD);

      await publicPage.locator('#council').selectOption(LEEDS);
      await publicPage.locator('#endBefore-day').fill('31');
      await publicPage.locator('#endBefore-month').fill('2');
      await publicPage.locator('#endBefore-year').fill('2027');
      await Promise.all([publicPage.waitForURL(/endBefore-day=31/), publicPage.getByRole('button', { name: 'Apply filters' }).click()]);
      await expect(publicPage.locator('.govuk-error-summary__list a').allTextContents()).resolves.toEqual(['Ends on or before must be a real date, like 27 3 2027']);
      await expect(publicPage.locator('#endBefore-day').inputValue()).resolves.toBe('31');
      await expectAccessible(publicPage);
      await screenshot(publicPage, 'buyer-journey-07-contracts-errors');

      const [year, month] = monthsFromNow(9, 1).split('-');
      await publicPage.locator('#endBefore-day').fill('');
      await publicPage.locator('#endBefore-month').fill('');
      await publicPage.locator('#endBefore-year').fill('');
      await publicPage.locator('#endAfter-day').fill('1');
      await publicPage.locator('#endAfter-month').fill(String(Number(month)));
      await publicPage.locator('#endAfter-year').fill(year);
      await Promise.all([publicPage.waitForURL(/endAfter-day=1/), publicPage.getByRole('button', { name: 'Apply filters' }).click()]);
      await expect(publicPage.locator('#contracts-total').textContent()).resolves.toBe('1 contract');
      await expectAccessible(publicPage);
    } finally {
      await visitor.close();
    }
  });
});
