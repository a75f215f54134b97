// Reach (issue #8): three interface languages with Arabic right to left,
// light mode, the offline module, keyboard-only use and axe-core on every
// kind of page in every language.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DEMO_PASSWORD, MODES, logIn, openPage } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const COURSE = '/courses/hrh-planning-management';
const LESSON = `${COURSE}/hrh-situation-analysis/why-a-situation-analysis`;

const demo = serverAndBrowser();

async function switchTo(page, language) {
  await Promise.all([page.waitForNavigation(),
    page.locator('.language-switch').getByRole('button', { name: language }).click()]);
}

for (const mode of MODES) {
  describe(`reach (${mode.name})`, () => {
    test('a visitor switches the interface to French and to Arabic, right to left', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      await page.goto(`${demo.server.base}/courses?language=en`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await switchTo(page, 'Français');
      assert.equal(new URL(page.url()).search, '?language=en', 'back on the same page');
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
      await page.getByRole('heading', { level: 1, name: 'Cours' }).waitFor();
      await page.getByRole('link', { name: 'Se connecter' }).waitFor();

      await switchTo(page, 'العربية');
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      await page.getByRole('heading', { level: 1, name: 'الدورات' }).waitFor();
      // Logical properties mirror the header: the brand starts on the right.
      const brand = await page.locator('.brand').boundingBox();
      const viewport = page.viewportSize();
      assert.ok(brand.x > viewport.width / 2, `the brand is on the right in Arabic (x=${brand.x})`);

      await page.goto(`${demo.server.base}/login`);
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', 'the choice is kept');
      await switchTo(page, 'English');
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

test('light mode loads no script or wasm, and everything still works', async () => {
  const { context, page, errors } = await openPage(demo.browser, MODES[1]);
  const scripts = [];
  page.on('request', (request) => {
    if (/\.(js|wasm)$/.test(new URL(request.url()).pathname)) scripts.push(request.url());
  });
  await logIn(page, MODES[1], demo.server.base, 'chinedu.okafor@example.org', DEMO_PASSWORD);
  await page.goto(`${demo.server.base}/account`);
  await page.locator('.password-input .reveal').first().waitFor();
  assert.ok(await page.locator('script[type=module]').count() > 0, 'full mode has the island loader');

  // The account's setting; the same switch is at the foot of every page.
  await Promise.all([page.waitForNavigation(),
    page.locator('main').getByRole('button', { name: 'Light mode (no JavaScript)' }).click()]);
  scripts.length = 0;
  await page.goto(`${demo.server.base}/account`);
  assert.equal(await page.locator('script[type=module], script[src]').count(), 0, 'no loader, no script file');
  assert.equal(await page.locator('.password-input .reveal').count(), 0, 'plain password fields');
  await page.goto(`${demo.server.base}${LESSON}`);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Mark as complete' }).click()]);
  await page.getByText('You have completed this lesson.').waitFor();
  assert.deepEqual(scripts, [], 'nothing to run was fetched in light mode');

  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Full mode' }).click()]);
  await page.goto(`${demo.server.base}/account`);
  await page.locator('.password-input .reveal').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a participant downloads a module and reads it without a connection', async () => {
  const { context, page, errors } = await openPage(demo.browser, MODES[0]);
  await logIn(page, MODES[0], demo.server.base, 'chinedu.okafor@example.org', DEMO_PASSWORD);
  await page.goto(`${demo.server.base}${LESSON}`);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download this module' }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hrh-offline-')), download.suggestedFilename());
  await download.saveAs(file);
  await context.close();

  const offline = await demo.browser.newContext({ offline: true });
  const reader = await offline.newPage();
  const requests = [];
  reader.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await reader.goto(pathToFileURL(file).href);
  await reader.getByRole('heading', { level: 1, name: 'HRH situation analysis' }).waitFor();
  await reader.getByRole('heading', { level: 2, name: 'Why a situation analysis' }).waitFor();
  assert.ok(await reader.locator('article').count() >= 2, 'every lesson of the module');
  const background = await reader.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
  assert.match(background, /system-ui/, 'the stylesheet is inline');
  assert.deepEqual(requests, [], 'the file asks the network for nothing');
  assert.deepEqual(errors, []);
  await offline.close();
});

test('keyboard only: a participant completes a lesson and a quiz', async () => {
  const { context, page, errors } = await openPage(demo.browser, MODES[1]);
  await logIn(page, MODES[1], demo.server.base, 'priya.sharma@example.org', DEMO_PASSWORD);
  await page.goto(`${demo.server.base}${COURSE}`);

  // Tabs until the focused element matches, then returns its description.
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return { tag: e.tagName, type: e.type ?? '', text: (e.innerText || e.value || '').trim(), name: e.name ?? '' };
  });
  async function tabTo(matches, limit = 150) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const element = await focused();
      if (matches(element)) return element;
    }
    throw new Error(`never reached by Tab on ${page.url()}`);
  }

  await tabTo((e) => e.tag === 'BUTTON' && e.text === 'Enrol');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await tabTo((e) => e.tag === 'A' && e.text.startsWith('Why a situation analysis'));
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await tabTo((e) => e.tag === 'BUTTON' && e.text === 'Mark as complete');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await page.getByText('You have completed this lesson.').waitFor();

  await page.goto(`${demo.server.base}${COURSE}`);
  await tabTo((e) => e.tag === 'A' && e.text.startsWith('Quiz: WISN calculations'));
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await tabTo((e) => e.tag === 'BUTTON' && e.text === 'Start an attempt');
  await Promise.all([page.waitForURL(/\/attempts\/\d+$/), page.keyboard.press('Enter')]);
  // Every answer by keyboard: a number typed, or the first choice taken
  // with the space bar; then the submit button.
  const answered = new Set();
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    const element = await focused();
    if (element.tag === 'BUTTON' && element.text === 'Submit answers') break;
    if (element.tag === 'INPUT' && !answered.has(element.name)) {
      answered.add(element.name);
      await page.keyboard.press(['radio', 'checkbox'].includes(element.type) ? 'Space' : '1');
    }
  }
  assert.ok(answered.size >= 9, `every question answered (${answered.size})`);
  await Promise.all([page.waitForURL(/\/attempts\/\d+\/result$/), page.keyboard.press('Enter')]);
  await page.getByText(/^You (passed with|scored) \d+%/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// Every kind of page, as the person who sees it: a path; or [a page ('.':
// the one just checked), a selector of the link on it to follow]; or
// { submit: a form's selector } to send that form from the page just
// checked and check the page it leads to.
const link = (prefix) => `a[href^="${prefix}"]`;
const PAGES = [
  { who: null, paths: ['/', '/courses', COURSE, '/login', '/register', '/verify', '/verify/ABCD-EFGH-JKLM', '/no-such-page'] },
  {
    who: 'chinedu.okafor@example.org',
    paths: ['/', LESSON, COURSE, '/account', ['/', link('/sets/')], ['.', link('/rounds/')],
      [COURSE, link('/quizzes/')], { submit: 'form[action="/api/start_attempt"]' },
      { submit: 'form[action="/api/submit_attempt"]' }],
  },
  {
    who: 'kwame.asante@example.org',
    paths: ['/', '/moderation', ['/', link('/cohorts/')], ['/', `${link('/cohorts/')}[href$="/sets"]`],
      ['/', `${link('/cohorts/')}[href$="/certificates"]`]],
  },
  {
    who: 'admin@example.org',
    paths: ['/admin/users', '/admin/audit', '/admin/name-corrections', '/admin/courses',
      ['/admin/courses', link('/admin/courses/')], ['.', link('/admin/modules/')], ['.', link('/admin/lessons/')],
      ['/admin/courses', link('/admin/courses/')], ['.', `${link('/admin/modules/')}`],
      ['.', `${link('/admin/modules/')}[href$="/quiz"]`],
      ['/admin/courses', link('/admin/courses/')], ['.', link('/admin/cohorts/')],
      ['.', `${link('/admin/cohorts/')}[href$="/participants"]`], '/set-password/not-a-real-token'],
  },
];

async function axeViolations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const language of ['en', 'fr', 'ar']) {
  test(`axe-core finds no serious or critical violation on any kind of page (${language})`, async () => {
    const found = [];
    const checked = [];
    for (const { who, paths } of PAGES) {
      const context = await demo.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      if (who) await logIn(page, MODES[1], demo.server.base, who, DEMO_PASSWORD);
      await context.addCookies([{ name: 'lang', value: language, url: demo.server.base }]);
      for (const entry of paths) {
        if (entry.submit) {
          await Promise.all([page.waitForNavigation(), page.locator(`${entry.submit} button[type=submit]`).first().click()]);
        } else {
          let url = entry;
          if (Array.isArray(entry)) {
            const [from, selector] = entry;
            if (from !== '.') await page.goto(`${demo.server.base}${from}`);
            url = await page.locator(selector).first().getAttribute('href', { timeout: 5000 });
          }
          await page.goto(`${demo.server.base}${url}`);
        }
        const where = new URL(page.url()).pathname;
        checked.push(where);
        assert.equal(await page.locator('html').getAttribute('lang'), language, where);
        for (const violation of await axeViolations(page)) found.push(`${where} [${who ?? 'visitor'}]: ${violation}`);
      }
      await context.close();
    }
    assert.deepEqual(found, [], `axe-core in ${language}:\n${found.join('\n')}`);
    for (const kind of [/^\/attempts\/\d+$/, /^\/attempts\/\d+\/result$/, /^\/rounds\//, /^\/admin\/modules\/\d+\/quiz$/, /\/participants$/]) {
      assert.ok(checked.some((path) => kind.test(path)), `a page like ${kind} was checked: ${checked.join(' ')}`);
    }
  });
}
