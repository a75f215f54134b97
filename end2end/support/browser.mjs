// Debian's Chromium driven by playwright-core; every journey runs in both modes.
import { chromium } from 'playwright-core';

export const MODES = [
  { name: 'JavaScript off', javaScriptEnabled: false },
  { name: 'hydrated', javaScriptEnabled: true },
];

export const DEMO_PASSWORD = 'learn-hrh-2026';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// A fresh browser profile (no cookies) in the given mode. Errors thrown in
// the page, console errors and failed loads of the site's own assets are
// collected so that a test can insist on none. (Pages answering 403 or 404 on
// purpose are checked by status in the tests, not counted here.)
export async function openPage(browser, mode) {
  const context = await browser.newContext({ javaScriptEnabled: mode.javaScriptEnabled });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && (url.pathname.startsWith('/pkg/') || url.pathname.startsWith('/favicon'))) {
      errors.push(`${response.status()} for ${url.pathname}`);
    }
  });
  return { context, page, errors };
}

// Waits until the page is ready in this mode: with JavaScript, until the
// password fields have their show buttons (inline script). The lesson
// editor's island reads its box when asked, so typing may come first.
export async function ready(page, mode) {
  await page.waitForLoadState('load');
  if (mode.javaScriptEnabled && (await page.locator('.password-input').count()) > 0) {
    await page.locator('.password-input .reveal').first().waitFor();
  }
}

export async function logIn(page, mode, base, email, password) {
  await page.goto(`${base}/login`);
  await ready(page, mode);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')),
    page.getByRole('button', { name: 'Log in' }).click()]);
  await inEnglish(page);
}

// Signing in applies the profile's language (the demo administrator's is
// French); the suite reads English, so it switches back as a person would.
export async function inEnglish(page) {
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    await Promise.all([page.waitForNavigation(),
      page.locator('.language-switch').getByRole('button', { name: 'English' }).click()]);
  }
}

// Registers a participant from Nigeria; the page is then logged in.
export async function register(page, mode, base, name, email) {
  await page.goto(`${base}/register`);
  await ready(page, mode);
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Country').selectOption('NG');
  await page.getByLabel('Profession or cadre').selectOption('health-manager');
  await page.getByLabel('Password', { exact: true }).fill('district health 2027');
  await Promise.all([page.waitForURL(`${base}/`), page.getByRole('button', { name: 'Create account' }).click()]);
}

// Clicks a form's button and waits for the page it leads to.
export async function submitAndWait(page, name, scope = page) {
  await Promise.all([page.waitForNavigation(), scope.getByRole('button', { name, exact: true }).click()]);
}

let counter = 0;
export function uniqueEmail(prefix) {
  counter += 1;
  return `${prefix}.${Date.now()}.${counter}@example.org`;
}
