import { AdminBootstrapService, AuthService, UserAdminService } from '@app/identity';
import { CouncilReferenceLoader } from '@app/organisations';
import type { Actor } from '@app/shared';
import { BrowserContext, Page, Response } from 'playwright-core';
import { expectAccessible, screenshot, startWeb, WebHarness, submitForm } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const SUPPLIER = { email: 'sam.supplier@acme-cloud.example', fullName: 'Sam Supplier' };
const BUYER = { email: 'bea.buyer@example.org', fullName: 'Bea Buyer', councilCode: 'E10000016' };
const SUSPENDED = { email: 'sid.supplier@acme-cloud.example', fullName: 'Sid Supplier' };
const MAX_FAILURES = 3;

// A real browser and argon2 hashing: well past jest's 5 s default.
jest.setTimeout(60_000);

describe('web: start page, sign-in, account and sign-out in Chromium', () => {
  let web: WebHarness;
  let suspendedUserId: string;
  let admin: Actor;

  beforeAll(async () => {
    web = await startWeb({ LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_LOCK_MINUTES: '15' });
    await web.app.get(CouncilReferenceLoader).load();
    const auth = web.app.get(AuthService);
    await auth.register({ ...SUPPLIER, password: PASSWORD, role: 'supplier' }, '127.0.0.1');
    await auth.register({ ...SUSPENDED, password: PASSWORD, role: 'supplier' }, '127.0.0.1');
    // Not on Kent's email domain, so the account waits for an administrator.
    await auth.register({ ...BUYER, password: PASSWORD, role: 'buyer' }, '127.0.0.1');
    const created = await web.app.get(AdminBootstrapService).createAdmin('ada.admin@example.org', PASSWORD, 'Ada Admin');
    admin = { userId: created.id, role: 'admin', status: 'active', supplierId: null, councilCode: null };
    suspendedUserId = (await auth.authenticate(SUSPENDED.email, PASSWORD, '127.0.0.1')).userId;
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

  async function signIn(email: string, password = PASSWORD): Promise<Response> {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    return submit('Sign in');
  }

  async function sessionCookie() {
    return (await context.cookies()).find((cookie) => cookie.name === 'pc_session');
  }

  it('serves the start page styled by govuk-frontend, its scripts running under the CSP nonce', async () => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const stylesheet = page.waitForResponse((response) => new URL(response.url()).pathname === '/static/application.css');
    const response = await page.goto('/');

    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect((await stylesheet).status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Buy and sell council IT services together');
    // Built from govuk-frontend's Sass in Arial: GDS Transport is for services on service.gov.uk only.
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('h1')).fontFamily")).toBe('arial, sans-serif');
    // The inline `js-enabled` script and the module initialiser both ran, so the nonce matched.
    expect(await page.locator('body').getAttribute('class')).toContain('js-enabled govuk-frontend-supported');
    await expect(page.getByRole('button', { name: 'Start now' }).getAttribute('href')).resolves.toBe('/sign-in');
    await expect(page.getByRole('main').getByRole('link', { name: 'sign in', exact: true }).getAttribute('href')).resolves.toBe('/sign-in');
    // A visitor who only reads the start page gets no cookie at all.
    expect(await sessionCookie()).toBeUndefined();
    expect(problems).toEqual([]);
    await expectAccessible(page);
    await screenshot(page, 'start');
  });

  it('names each missing field in an error summary', async () => {
    await page.goto('/sign-in');
    // govuk-frontend's module initialiser ran (allowed by the nonce): the password input gained its toggle.
    await expect(page.getByRole('button', { name: 'Show password' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'sign-in');
    const response = await submit('Sign in');

    expect(response.status()).toBe(422);
    await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.locator('h2').textContent()).resolves.toContain('There is a problem');
    await expect(summary.locator('a').allTextContents()).resolves.toEqual(['Enter your email address', 'Enter your password']);
    await expect(page.locator('#email-error').textContent()).resolves.toContain('Enter your email address');
    await expectAccessible(page);
    await screenshot(page, 'sign-in-missing-fields');
  });

  it('answers a wrong password and an unknown email alike, keeping the email typed', async () => {
    for (const email of [SUPPLIER.email, 'nobody@example.org']) {
      const response = await signIn(email, 'not the right password');

      expect(response.status()).toBe(422);
      await expect(page.locator('.govuk-error-summary a').allTextContents()).resolves.toEqual(['Email or password is incorrect']);
      await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(email);
      await expect(page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('');
      await expectAccessible(page);
    }
    await screenshot(page, 'sign-in-incorrect');
  });

  it('signs in under a new session id, shows who is signed in, and signs out', async () => {
    await page.goto('/sign-in');
    const before = await sessionCookie();
    expect(before).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const response = await signIn(SUPPLIER.email);
    expect(response.status()).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/account');
    const after = await sessionCookie();
    expect(after?.value).toBeDefined();
    expect(after?.value).not.toBe(before?.value);
    // Idle timeout: the cookie (and the Redis key) live 30 minutes from the last request.
    const idleSeconds = (after?.expires ?? 0) - Date.now() / 1000;
    expect(idleSeconds).toBeGreaterThan(29 * 60);
    expect(idleSeconds).toBeLessThan(30 * 60 + 2);

    await expect(page.locator('h1').textContent()).resolves.toBe('Your account');
    const summary = (await page.locator('.govuk-summary-list').innerText()).replace(/\s+/g, ' ');
    expect(summary).toContain(`Name ${SUPPLIER.fullName}`);
    expect(summary).toContain(`Email address ${SUPPLIER.email}`);
    expect(summary).toContain('Account type Supplier user');
    expect(summary).toContain('Status Active');
    await expectAccessible(page);
    await screenshot(page, 'account');

    await page.getByRole('link', { name: 'Sign out' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign out');
    await expectAccessible(page);
    await screenshot(page, 'sign-out');
    await submit('Sign out');

    expect(new URL(page.url()).pathname).toBe('/signed-out');
    await expect(page.locator('.govuk-panel__title').textContent()).resolves.toContain('You have signed out');
    expect(await sessionCookie()).toBeUndefined();
    await expectAccessible(page);
    await screenshot(page, 'signed-out');

    // The old session is gone from the server too: replaying its cookie gets the sign-in page.
    await context.addCookies([{ ...after!, expires: -1 }]);
    await page.goto('/account');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/sign-in?returnTo=%2Faccount');
  });

  it('goes back to the page asked for after signing in', async () => {
    await page.goto('/account?from=email');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email address').fill(SUPPLIER.email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await submit('Sign in');
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe('/account?from=email');
  });

  it('refuses a form posted without its CSRF token, or with a wrong one, with a GOV.UK 403 page', async () => {
    await signIn(SUPPLIER.email);
    for (const token of [null, 'not-the-token']) {
      await page.goto('/account');
      await page.getByRole('main').locator('form[action="/sign-out"] input[name="_csrf"]').evaluate((input, value) => {
        if (value === null) input.remove();
        else input.setAttribute('value', value);
      }, token);
      const response = await submit('Sign out');

      expect(response.status()).toBe(403);
      await expect(page.locator('h1').textContent()).resolves.toBe('You cannot do this');
      await expect(page.locator('main').textContent()).resolves.toContain('This form has expired or was not sent from this service');
      await expectAccessible(page);
    }
    await screenshot(page, 'csrf-refused');
    // Neither post signed the user out.
    await page.goto('/account');
    await expect(page.locator('h1').textContent()).resolves.toBe('Your account');
    // Nor does a post forged from elsewhere, which carries the cookie but cannot know the token.
    const forged = await context.request.post('/sign-out', { form: {}, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
  });

  it('tells a throttled user how many minutes to wait', async () => {
    const email = 'guesser-target@example.org';
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
      expect((await signIn(email, 'wrong password guess')).status()).toBe(422);
    }
    const response = await signIn(email, 'wrong password guess');

    expect(response.status()).toBe(429);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Too many attempts, try again in 15 minutes');
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(email);
    await expectAccessible(page);
    await screenshot(page, 'sign-in-throttled');
  });

  it('tells a pending buyer that an administrator must approve them', async () => {
    await signIn(BUYER.email);

    const summary = (await page.locator('.govuk-summary-list').innerText()).replace(/\s+/g, ' ');
    expect(summary).toContain('Account type Council buyer');
    expect(summary).toContain('Status Waiting for approval');
    expect(summary).toContain('Council Kent County Council');
    await expect(page.locator('.govuk-inset-text').textContent()).resolves.toContain('An administrator must approve your account');
    await expectAccessible(page);
    await screenshot(page, 'account-pending-buyer');
  });

  it('signs a suspended user out at once and says why at the next sign-in', async () => {
    await signIn(SUSPENDED.email);
    expect(new URL(page.url()).pathname).toBe('/account');

    await web.app.get(UserAdminService).suspend(admin, suspendedUserId);
    await page.goto('/account');
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await signIn(SUSPENDED.email);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Your account is suspended');
    await expectAccessible(page);
  });

  it('works with JavaScript turned off', async () => {
    const noScript = await web.browser.newContext({ baseURL: web.baseUrl, javaScriptEnabled: false });
    try {
      page = await noScript.newPage();
      await signIn(SUPPLIER.email);
      expect(new URL(page.url()).pathname).toBe('/account');
      await expect(page.locator('.govuk-summary-list').innerText()).resolves.toContain(SUPPLIER.fullName);
    } finally {
      await noScript.close();
    }
  });
});
