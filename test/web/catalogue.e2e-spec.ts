import { FrameworkService, ListingModerationService, ListingService, ListingSupplierFactsService, NewListing } from '@app/catalogue';
import { AdminBootstrapService, AuthService } from '@app/identity';
import { SupplierInput, SupplierService } from '@app/organisations';
import type { Actor } from '@app/shared';
import { BrowserContext, Page, Response } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const FRAMEWORK = 'web-test-cloud';
const MAIDSTONE = 'E07000110';
const LEEDS = 'E08000035';
const KENT = 'E10000016';
const SCRIPT_NAME = '<script>window.pwned = true</script> Planner';
const ARCHIVES = 21;

// Three suppliers: small and local to Kent; large in Leeds; a small charity in Leeds.
const WEALD: SupplierInput = {
  name: 'Weald Digital Ltd',
  companyNumber: '09100001',
  staffCount: 25,
  turnover: '2500000.00',
  balanceSheetTotal: '800000.00',
  isVcse: false,
  offices: [{ councilCode: MAIDSTONE, postcode: 'ME14 1XQ' }],
};
const NORTHERN: SupplierInput = {
  name: 'Northern Civic Systems plc',
  companyNumber: '09100002',
  staffCount: 900,
  turnover: '90000000.00',
  balanceSheetTotal: '60000000.00',
  isVcse: false,
  offices: [{ councilCode: LEEDS, postcode: 'LS1 1UR' }],
};
const COMMUNITY: SupplierInput = {
  name: 'Community Code CIC',
  companyNumber: '09100003',
  staffCount: 12,
  turnover: '400000.00',
  balanceSheetTotal: '100000.00',
  isVcse: true,
  offices: [{ councilCode: LEEDS, postcode: 'LS2 7HY' }],
};
const GONE: SupplierInput = { ...WEALD, name: 'Suspended Software Ltd', companyNumber: '09100004' };
const BUYER = { email: 'kim.buyer@example.org', fullName: 'Kim Buyer', councilCode: KENT };

// A real browser, argon2 hashing and some 75 service calls to seed: well past jest's 5 s default.
jest.setTimeout(120_000);

function listing(lot: 'software' | 'hosting', overrides: Partial<NewListing> & { name: string }): NewListing {
  return {
    framework: FRAMEWORK,
    lot,
    summary: 'A service for councils',
    description: 'What the service does and how councils use it.',
    features: ['Works in any modern browser'],
    categories: [lot === 'software' ? 'case-management' : 'data-storage'],
    cpvCodes: [lot === 'software' ? '72260000' : '72317000'],
    pricing: { min: '100.00', max: '200.00', unit: 'per month' },
    ...overrides,
  };
}

describe('web: catalogue search, listing and supplier pages in Chromium', () => {
  let web: WebHarness;
  let context: BrowserContext;
  let page: Page;
  let admin: Actor;
  let goneSupplierId: string;
  let wealdSupplierId: string;
  let caseworkId: string;
  let registrations = 0;

  /** A supplier user, their supplier, and the actor that can list services for it. */
  async function supplier(input: SupplierInput): Promise<Actor> {
    const auth = web.app.get(AuthService);
    const email = `user@${input.companyNumber}.example`;
    // The registration throttle counts per address: each seeded account comes from its own.
    await auth.register({ email, fullName: 'Sam Supplier', password: PASSWORD, role: 'supplier' }, `10.0.9.${++registrations}`);
    const user = await auth.authenticate(email, PASSWORD, '127.0.0.1');
    await web.app.get(SupplierService).create(user, input);
    return (await auth.actorForUser(user.userId))!;
  }

  /** Created, submitted and approved through the same services suppliers and administrators use. */
  async function publish(owner: Actor, input: NewListing): Promise<string> {
    const listings = web.app.get(ListingService);
    const { id } = await listings.create(owner, input);
    await listings.submit(owner, id);
    await web.app.get(ListingModerationService).approve(admin, id);
    return id;
  }

  beforeAll(async () => {
    web = await startWeb({ SEED_DEMO: 'false' });
    const created = await web.app.get(AdminBootstrapService).createAdmin('ada.admin@example.org', PASSWORD, 'Ada Admin');
    admin = { userId: created.id, role: 'admin', status: 'active', supplierId: null, councilCode: null };

    const frameworks = web.app.get(FrameworkService);
    await frameworks.create(admin, {
      slug: FRAMEWORK,
      name: 'Web Test Cloud',
      lots: [
        { slug: 'software', name: 'Software', maxCategoriesPerService: 5, categories: [{ name: 'Case management' }, { name: 'Payroll' }] },
        { slug: 'hosting', name: 'Hosting', maxCategoriesPerService: 5, categories: [{ name: 'Data storage' }] },
      ],
    });
    await frameworks.update(admin, FRAMEWORK, { status: 'open' });

    const weald = await supplier(WEALD);
    const northern = await supplier(NORTHERN);
    const community = await supplier(COMMUNITY);
    const gone = await supplier(GONE);
    wealdSupplierId = weald.supplierId!;
    goneSupplierId = gone.supplierId!;

    caseworkId = await publish(
      weald,
      listing('software', {
        name: 'Casework Hub',
        summary: 'Case management for council housing teams',
        description: 'Track every tenancy case from the first contact to its resolution, with reminders for each visit.',
        pricing: { min: '1200.00', max: '5000.00', unit: 'per year' },
        standards: { openSource: true, accessibilityStatementUrl: 'https://weald.example/accessibility' },
      }),
    );
    await publish(
      northern,
      listing('software', {
        name: SCRIPT_NAME,
        summary: 'Schedules tenancy inspections. <b>Bold</b> claims & "quotes" stay as text.',
        pricing: { min: '300.00', max: '900.00', unit: 'per user per year' },
      }),
    );
    await publish(
      northern,
      listing('software', { name: 'Payroll Online', categories: ['payroll'], cpvCodes: ['79211110'], pricing: { min: '20000.00', max: '60000.00', unit: 'per year' } }),
    );
    await publish(
      community,
      listing('hosting', { name: 'Community Data Store', pricing: { min: '50.00', max: '500.00', unit: 'per month' }, standards: { ukHosting: true, openApi: true } }),
    );
    for (let index = 1; index <= ARCHIVES; index += 1) {
      await publish(
        northern,
        listing('hosting', { name: `Records archive ${index}`, description: 'Long-term archive storage for council records.', standards: { ukHosting: true } }),
      );
    }
    // Not shown to anyone outside the supplier: a listing of a supplier that is then suspended.
    await publish(gone, listing('software', { name: 'Tenancy tracker from a suspended supplier', summary: 'Tracks tenancy cases' }));
    await web.app.get(SupplierService).suspend(admin, goneSupplierId, 'Test suspension');
    // What the worker does for the 'supplier.changed' job the suspension queued; no worker runs here.
    await web.app.get(ListingSupplierFactsService).refresh(goneSupplierId);
    await frameworks.update(admin, FRAMEWORK, { status: 'live' });

    await web.app.get(AuthService).register({ ...BUYER, password: PASSWORD, role: 'buyer' }, '10.0.9.200');
  });

  afterAll(() => web?.stop());

  beforeEach(async () => {
    context = await web.browser.newContext({ baseURL: web.baseUrl });
    page = await context.newPage();
  });

  afterEach(() => context.close());

  const resultNames = () => page.locator('#results h3').allTextContents();
  const resultCount = async () => (await page.locator('#result-count').textContent())?.trim();
  const labelOf = (id: string) => page.locator(`label[for="${id}"]`).textContent().then((text) => text?.trim());

  /** Clicks a button or link and waits for the page it leads to. */
  async function follow(click: Promise<void>): Promise<Response | null> {
    const [response] = await Promise.all([page.waitForNavigation(), click]);
    return response;
  }

  it('finds a listing by a word, highlights the word, and shows a "<script>" name as text', async () => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto('/');
    await follow(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Catalogue' }).click());
    expect(new URL(page.url()).pathname).toBe('/catalogue');
    await expect(resultCount()).resolves.toBe(`${ARCHIVES + 4} services`);
    await expectAccessible(page);
    await screenshot(page, 'catalogue-search');

    await page.getByLabel('Search the catalogue').fill('tenancy');
    await follow(page.getByRole('button', { name: 'Search', exact: true }).click());

    expect(new URL(page.url()).searchParams.get('q')).toBe('tenancy');
    await expect(page.title()).resolves.toMatch(/^Search results for ‘tenancy’/);
    await expect(resultCount()).resolves.toBe('2 services');
    expect((await resultNames()).sort()).toEqual(['Casework Hub', SCRIPT_NAME].sort());
    const marks = await page.locator('#results mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(marks.every((mark) => mark.toLowerCase() === 'tenancy')).toBe(true);
    // The supplier's markup is never markup: no script ran or was added, and <b> was not applied
    // (the snippet drops tags; the listing page below shows them as text).
    await expect(page.locator('#results').textContent()).resolves.toContain('claims & "quotes" stay as text.');
    expect(await page.locator('#results script, #results b').count()).toBe(0);
    expect(await page.evaluate<unknown>('window.pwned')).toBeUndefined();
    expect(dialogs).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'catalogue-search-results');
  });

  it('narrows the results with filters, showing how many services each option has', async () => {
    await page.goto('/catalogue');
    await expect(labelOf('sme')).resolves.toBe('SME suppliers only (2)');
    await expect(labelOf('vcse')).resolves.toBe('VCSE suppliers only (1)');
    await expect(labelOf('openSource')).resolves.toBe('Open source (1)');
    await expect(labelOf('ukHosting')).resolves.toBe(`Hosted in the UK (${ARCHIVES + 1})`);
    await expect(page.getByRole('group', { name: 'Lot' }).locator('label').allTextContents()).resolves.toEqual(
      ['Any lot', `Hosting (${ARCHIVES + 1})`, 'Software (3)'].map((text) => expect.stringContaining(text)),
    );
    await expect(page.getByRole('group', { name: 'Category' }).locator('label').allTextContents()).resolves.toEqual(
      ['Any category', `Data storage (${ARCHIVES + 1})`, 'Case management (2)', 'Payroll (1)'].map((text) => expect.stringContaining(text)),
    );

    await page.getByLabel('SME suppliers only').check();
    await follow(page.getByRole('button', { name: 'Apply filters' }).click());
    expect(new URL(page.url()).searchParams.get('sme')).toBe('true');
    await expect(resultCount()).resolves.toBe('2 services');
    expect((await resultNames()).sort()).toEqual(['Casework Hub', 'Community Data Store']);
    expect(await page.getByLabel('SME suppliers only').isChecked()).toBe(true);
    await expect(labelOf('lot-2')).resolves.toMatch(/\(1\)$/);
    await expect(page.locator('#results .govuk-tag').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('SME'), expect.stringContaining('VCSE'), expect.stringContaining('Open source')]),
    );

    await page.getByRole('group', { name: 'Lot' }).getByLabel('Software (1)').check();
    await follow(page.getByRole('button', { name: 'Apply filters' }).click());
    expect(await resultNames()).toEqual(['Casework Hub']);
    await expect(page.locator('#results').textContent()).resolves.toContain('£1,200 to £5,000 per year');
    await expectAccessible(page);
    await screenshot(page, 'catalogue-filtered');

    // A maximum price below its lowest price leaves nothing, with help to widen the search.
    await page.getByLabel('Maximum price').fill('£1,000');
    await follow(page.getByRole('button', { name: 'Apply filters' }).click());
    await expect(resultCount()).resolves.toBe('0 services');
    await expect(page.getByRole('main').textContent()).resolves.toContain('There are no matching services.');
    expect(await page.getByRole('group', { name: 'Lot' }).getByLabel('Software (0)').isChecked()).toBe(true);
    await expect(page.getByLabel('Maximum price').inputValue()).resolves.toBe('1000');
    await expectAccessible(page);
    await screenshot(page, 'catalogue-no-results');

    await follow(page.getByRole('link', { name: 'Clear filters' }).click());
    await expect(resultCount()).resolves.toBe(`${ARCHIVES + 4} services`);
  });

  it('finds suppliers local to a council chosen from the list', async () => {
    await page.goto('/catalogue?q=tenancy');
    await page.getByLabel('Local to a council').selectOption({ label: 'Leeds City Council' });
    await follow(page.getByRole('button', { name: 'Apply filters' }).click());

    expect(new URL(page.url()).searchParams.get('localTo')).toBe(LEEDS);
    expect(await resultNames()).toEqual([SCRIPT_NAME]);
    await expectAccessible(page);
  });

  it("offers a signed-in buyer suppliers local to their own council with one tick box", async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(BUYER.email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await follow(page.getByRole('button', { name: 'Sign in', exact: true }).click());
    await page.goto('/catalogue?q=tenancy');

    expect(await page.getByLabel('Local to a council').count()).toBe(0);
    await page.getByLabel('Local to Kent County Council').check();
    await follow(page.getByRole('button', { name: 'Apply filters' }).click());

    expect(new URL(page.url()).searchParams.get('localTo')).toBe(KENT);
    expect(await resultNames()).toEqual(['Casework Hub']);
    await expectAccessible(page);
    await screenshot(page, 'catalogue-buyer-local');
  });

  it('pages through the results, keeping the search', async () => {
    await page.goto('/catalogue?q=archive&ukHosting=true');
    await expect(resultCount()).resolves.toBe(`${ARCHIVES} services`);
    expect(await resultNames()).toHaveLength(20);
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.locator('[aria-current="page"]').textContent()).resolves.toContain('1');
    await expectAccessible(page);

    await follow(pagination.getByRole('link', { name: /Next/ }).click());
    const url = new URL(page.url());
    expect([url.searchParams.get('q'), url.searchParams.get('ukHosting'), url.searchParams.get('page')]).toEqual(['archive', 'true', '2']);
    await expect(page.title()).resolves.toMatch(/\(page 2 of 2\)/);
    expect(await resultNames()).toHaveLength(1);
    const names = new Set(await resultNames());
    await follow(pagination.getByRole('link', { name: /Previous/ }).click());
    // No listing appears on both pages.
    expect((await resultNames()).some((name) => names.has(name))).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'catalogue-page-1');

    // Past the last page: no error, a way back to the results.
    await page.goto('/catalogue?q=archive&page=9');
    await follow(page.getByRole('link', { name: 'Go to the first page of results' }).click());
    expect(await resultNames()).toHaveLength(20);
  });

  it('answers bad parameters with the page and an error summary, not a 500', async () => {
    const response = await page.goto('/catalogue?q=casework&lot=Not%20a%20lot&maxPrice=lots&sme=yes&page=0');

    expect(response?.status()).toBe(400);
    await expect(page.title()).resolves.toMatch(/^Error: Search results for ‘casework’/);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.locator('li').allTextContents()).resolves.toEqual(
      [
        'Select a lot from the list',
        'Maximum price must be an amount in pounds, like 5000 or 5000.50',
        'SME suppliers only must be ticked or left unticked',
        'Page must be a whole number from 1 to 100,000',
      ].map((text) => expect.stringContaining(text)),
    );
    await expect(page.locator('#maxPrice-error').textContent()).resolves.toContain('Maximum price must be an amount in pounds');
    await expect(page.getByLabel('Maximum price').inputValue()).resolves.toBe('lots');
    await expect(page.getByLabel('Search the catalogue').inputValue()).resolves.toBe('casework');
    expect(await page.locator('#results').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'catalogue-bad-parameters');

    // Each linked message leads to its field.
    await summary.getByRole('link', { name: /Maximum price/ }).click();
    await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe('maxPrice');
    // Correcting the field searches again.
    await page.getByLabel('Maximum price').fill('10000');
    // The refused lot is not offered back: "Any lot" is chosen instead.
    expect(await page.getByRole('group', { name: 'Lot' }).getByLabel('Any lot').isChecked()).toBe(true);
    await follow(page.getByRole('button', { name: 'Apply filters' }).click());
    expect(await resultNames()).toEqual(['Casework Hub']);
  });

  it('shows a listing with its supplier, price and standards', async () => {
    await page.goto('/catalogue?q=tenancy');
    await follow(page.getByRole('link', { name: SCRIPT_NAME }).click());

    await expect(page.locator('h1').textContent()).resolves.toBe(SCRIPT_NAME);
    await expect(page.locator('.govuk-body-l').textContent()).resolves.toBe('Schedules tenancy inspections. <b>Bold</b> claims & "quotes" stay as text.');
    expect(await page.locator('main script, main b').count()).toBe(0);
    expect(await page.evaluate<unknown>('window.pwned')).toBeUndefined();

    await page.goto(`/catalogue/${caseworkId}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Casework Hub');
    const details = (await page.locator('.govuk-summary-list').first().innerText()).replace(/\s+/g, ' ');
    expect(details).toContain('Framework Web Test Cloud');
    expect(details).toContain('Lot Software');
    expect(details).toContain('Price £1,200 to £5,000 per year');
    const standards = (await page.locator('.govuk-summary-list').nth(1).innerText()).replace(/\s+/g, ' ');
    expect(standards).toContain('Open source Yes');
    await expect(page.getByRole('link', { name: 'Accessibility statement for Casework Hub' }).getAttribute('href')).resolves.toBe(
      'https://weald.example/accessibility',
    );
    await expectAccessible(page);
    await screenshot(page, 'catalogue-listing');

    for (const missing of ['/catalogue/00000000-0000-4000-8000-000000000000', '/catalogue/not-an-id']) {
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    }
    await expectAccessible(page);
  });

  it('shows the public supplier profile, explaining SME, VCSE and local, and links to its services', async () => {
    await page.goto(`/catalogue/${caseworkId}`);
    await follow(page.getByRole('main').getByRole('link', { name: WEALD.name, exact: true }).click());

    expect(new URL(page.url()).pathname).toBe(`/suppliers/${wealdSupplierId}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(WEALD.name);
    const facts = (await page.locator('.govuk-summary-list').innerText()).replace(/\s+/g, ' ');
    expect(facts).toContain('Companies House number 09100001');
    expect(facts).toContain('Small or medium-sized enterprise (SME) Yes. It has fewer than 250 staff');
    expect(facts).toContain('Voluntary, community or social enterprise (VCSE) No.');
    expect(facts).toMatch(/Local supplier Local to \d+ councils\./);
    await expect(page.getByRole('main').textContent()).resolves.toContain('Maidstone');
    // The private figures never reach the public page.
    await expect(page.content()).resolves.not.toContain('ME14');
    await page.getByText(`Councils ${WEALD.name} is local to`).click();
    await expect(page.locator('.govuk-details').textContent()).resolves.toContain('Kent County Council');
    await expectAccessible(page);
    await screenshot(page, 'supplier');

    await follow(page.getByRole('link', { name: `Search for services from ${WEALD.name}` }).click());
    expect(await resultNames()).toEqual(['Casework Hub']);

    for (const missing of [`/suppliers/${goneSupplierId}`, '/suppliers/00000000-0000-4000-8000-000000000000', '/suppliers/nope']) {
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    }
    await expectAccessible(page);
  });

  it('can be used with the keyboard alone: search, filter and open a result', async () => {
    await page.goto('/catalogue');
    const focused = () => page.evaluate<{ id: string; text: string }>('({ id: document.activeElement.id, text: document.activeElement.textContent.trim() })');
    async function tabTo(wanted: (element: { id: string; text: string }) => boolean): Promise<void> {
      for (let presses = 0; presses < 120; presses += 1) {
        await page.keyboard.press('Tab');
        if (wanted(await focused())) return;
      }
      throw new Error('Tab never reached the element');
    }

    await tabTo((element) => element.id === 'q');
    await page.keyboard.type('tenancy');
    await follow(page.keyboard.press('Enter'));
    await expect(resultCount()).resolves.toBe('2 services');

    await tabTo((element) => element.id === 'sme');
    await page.keyboard.press('Space');
    await tabTo((element) => element.text === 'Apply filters');
    await follow(page.keyboard.press('Enter'));
    expect(await resultNames()).toEqual(['Casework Hub']);

    await tabTo((element) => element.text === 'Casework Hub');
    await follow(page.keyboard.press('Enter'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Casework Hub');
    await screenshot(page, 'catalogue-keyboard');
  });

  it('works with JavaScript turned off', async () => {
    const noScript = await web.browser.newContext({ baseURL: web.baseUrl, javaScriptEnabled: false });
    try {
      page = await noScript.newPage();
      await page.goto('/catalogue');
      await page.getByLabel('Search the catalogue').fill('tenancy');
      await page.getByLabel('Open source').check();
      await follow(page.getByRole('button', { name: 'Search', exact: true }).click());
      expect(await resultNames()).toEqual(['Casework Hub']);
    } finally {
      await noScript.close();
    }
  });
});
