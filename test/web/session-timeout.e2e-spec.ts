import { AuthService } from '@app/identity';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { describeDuration } from '../../apps/web/src/session/session-timeout';
import { expectAccessible, screenshot, startWeb, submitForm, WebHarness } from './web-harness';

const PASSWORD = 'correct horse battery staple';
const SUPPLIER = { email: 'tia.timeout@acme-cloud.example', fullName: 'Tia Timeout' };
// Short enough to watch a session expire: the warning opens 10 seconds after the last request.
const IDLE_MINUTES = '0.5';
const WARNING_SECONDS = '20';
const DIALOG_NAME = 'You’re about to be signed out';
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|$)/;

// Each test waits out (part of) a real idle timeout in a real browser.
jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

describe('web: the idle-timeout warning and the service stylesheet in Chromium', () => {
  let web: WebHarness;
  let idleMs: number;
  let warningMs: number;
  let inactivityMessage: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    web = await startWeb({ SESSION_IDLE_MINUTES: IDLE_MINUTES, SESSION_WARNING_SECONDS: WARNING_SECONDS });
    await web.app.get(AuthService).register({ ...SUPPLIER, password: PASSWORD, role: 'supplier' }, '127.0.0.1');
    idleMs = web.config.session.idleSeconds * 1000;
    warningMs = web.config.session.warningSeconds * 1000;
    inactivityMessage = `You were signed out because you were inactive for ${describeDuration(web.config.session.idleSeconds)}`;
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(() => web?.stop());

  async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: web.baseUrl, ...options });
    contexts.push(context);
    return context.newPage();
  }

  /** Signs in and lands on `path`; answers when that page's request renewed the session. */
  async function signIn(page: Page, path = '/account'): Promise<number> {
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    await page.getByLabel('Email address').fill(SUPPLIER.email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    const renewedAt = Date.now();
    await submitForm(page, 'Sign in');
    expect(pathAndQuery(page)).toBe(path);
    return renewedAt;
  }

  const pathAndQuery = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;
  const dialog = (page: Page) => page.getByRole('dialog', { name: DIALOG_NAME });

  it('styles pages with its own build of govuk-frontend: Arial, and no font file requested', async () => {
    const page = await newPage(web.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const stylesheet = page.waitForResponse((response) => new URL(response.url()).pathname === '/static/application.css');
    await page.goto('/');
    await signIn(page);

    const css = await stylesheet;
    expect(css.status()).toBe(200);
    expect(css.headers()['content-type']).toMatch(/^text\/css/);
    // govuk-frontend's styles applied, in Arial rather than GDS Transport.
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('h1')).fontFamily")).toBe('arial, sans-serif');
    // govuk-template__body has no margin; a browser's own stylesheet gives the body 8px.
    expect(await page.evaluate<string>('getComputedStyle(document.body).margin')).toBe('0px');
    await expect((await page.request.get(css.url())).text()).resolves.not.toContain('@font-face');
    expect(requested.filter((url) => FONT_FILE.test(url))).toEqual([]);
    // Neither the precompiled stylesheet (it names GDS Transport) nor the font files are served.
    expect((await page.request.get('/assets/govuk-frontend.min.css')).status()).toBe(404);
    expect((await page.request.get('/assets/fonts/bold-b542beb274-v2.woff2')).status()).toBe(404);
    expect((await page.request.get('/static/session-timeout.js')).status()).toBe(200);
  });

  it('warns before the idle timeout; "Stay signed in" and Escape both keep the user signed in', async () => {
    const page = await newPage(web.browser);
    const renewedAt = await signIn(page);
    await expect(dialog(page).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Your account' }).getAttribute('aria-current')).resolves.toBe('page');

    await dialog(page).waitFor({ state: 'visible', timeout: idleMs });
    // Not at once: only once the warning time before the timeout has come.
    expect(Date.now() - renewedAt).toBeGreaterThanOrEqual(idleMs - warningMs - 1_000);
    // Focus moved into the dialog, which counts down.
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('session-timeout');
    const countdown = page.locator('[data-countdown]');
    const before = Number.parseInt(await countdown.innerText(), 10);
    await sleep(2_000);
    expect(Number.parseInt(await countdown.innerText(), 10)).toBeLessThan(before);
    await expect(page.locator('#session-timeout-message').textContent()).resolves.toMatch(/^For your security, we will sign you out in \d+ seconds?\.$/);
    await expectAccessible(page);
    await screenshot(page, 'session-timeout-warning');

    const [keptAlive] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/session/keep-alive'),
      dialog(page).getByRole('button', { name: 'Stay signed in' }).click(),
    ]);
    expect(keptAlive.status()).toBe(204);
    await dialog(page).waitFor({ state: 'hidden' });

    // Past the time the session would have ended without "Stay signed in": still signed in.
    await sleep(renewedAt + idleMs + 2_000 - Date.now());
    await page.goto('/account');
    expect(pathAndQuery(page)).toBe('/account');
    await expect(page.locator('h1').textContent()).resolves.toBe('Your account');

    // The keyboard way out of the dialog extends the session too.
    await dialog(page).waitFor({ state: 'visible', timeout: idleMs });
    const [escaped] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/session/keep-alive'),
      page.keyboard.press('Escape'),
    ]);
    expect(escaped.status()).toBe(204);
    await dialog(page).waitFor({ state: 'hidden' });
  });

  it('without extending, ends on sign-in saying why, with or without JavaScript', async () => {
    async function withScript(): Promise<void> {
      const page = await newPage(web.browser);
      await signIn(page, '/account?from=timeout');
      await dialog(page).waitFor({ state: 'visible', timeout: idleMs });
      // The dialog's script goes to sign-in once the time is up, remembering the page.
      await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: warningMs + 10_000 });
      expect(pathAndQuery(page)).toBe('/sign-in?returnTo=%2Faccount%3Ffrom%3Dtimeout');
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(inactivityMessage);
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await expectAccessible(page);
      await screenshot(page, 'session-timeout-signed-out');

      // Signing in again goes back to where the user was.
      await page.getByLabel('Email address').fill(SUPPLIER.email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await submitForm(page, 'Sign in');
      expect(pathAndQuery(page)).toBe('/account?from=timeout');
    }

    async function withoutScript(): Promise<void> {
      const page = await newPage(web.browser, { javaScriptEnabled: false });
      const renewedAt = await signIn(page);
      await sleep(renewedAt + idleMs + 2_000 - Date.now());
      // The next request, whatever the page, lands on sign-in with the reason.
      await page.goto('/catalogue');
      expect(pathAndQuery(page)).toBe('/sign-in?returnTo=%2Fcatalogue');
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(inactivityMessage);
      // Said once: the sign-in page opened again later is the plain one.
      await page.goto('/sign-in');
      await expect(page.locator('.govuk-notification-banner').count()).resolves.toBe(0);
      await page.goto('/catalogue');
      expect(new URL(page.url()).pathname).toBe('/catalogue');
    }

    await Promise.all([withScript(), withoutScript()]);
  });

  it('never calls a sign-out, from the dialog or the menu, a timeout', async () => {
    const page = await newPage(web.browser);
    await signIn(page);
    await dialog(page).waitFor({ state: 'visible', timeout: idleMs });
    await Promise.all([page.waitForURL('**/signed-out'), dialog(page).getByRole('button', { name: 'Sign out' }).click()]);
    await expect(page.locator('.govuk-panel__title').textContent()).resolves.toContain('You have signed out');
    await page.goto('/account');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.locator('.govuk-notification-banner').count()).resolves.toBe(0);

    await signIn(page);
    await page.getByRole('link', { name: 'Sign out' }).click();
    await submitForm(page, 'Sign out');
    await page.goto('/account');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.locator('.govuk-notification-banner').count()).resolves.toBe(0);
  });

  it('keeps a session alive only for a signed-in user sending the CSRF token', async () => {
    const page = await newPage(web.browser);
    await signIn(page);
    const forged = await page.request.post('/session/keep-alive', { form: {}, maxRedirects: 0 });
    expect(forged.status()).toBe(403);

    const signedOut = await newPage(web.browser);
    await signedOut.goto('/sign-in');
    const token = await signedOut.locator('input[name="_csrf"]').inputValue();
    const refused = await signedOut.request.post('/session/keep-alive', { form: { _csrf: token }, maxRedirects: 0 });
    expect(refused.status()).toBe(303);
    expect(refused.headers()['location']).toBe('/sign-in');
  });
});
