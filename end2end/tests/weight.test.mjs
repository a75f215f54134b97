// Page weight: the bytes a lesson page costs over the wire, counted by the
// Chrome DevTools Protocol, against the budgets of issue #8.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, logIn, openPage, ready, register, submitAndWait, uniqueEmail } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const KB = 1024;
const BUDGETS = {
  firstWithoutJavaScript: 40 * KB,
  firstWithJavaScript: 350 * KB,
  nextLesson: 15 * KB,
};

let signedIn;
let lessonUrl;
const demo = serverAndBrowser(async () => {
  const { context, page } = await openPage(demo.browser, { javaScriptEnabled: false });
  await register(page, { javaScriptEnabled: false }, demo.server.base, 'Adjoa Mensah', uniqueEmail('adjoa'));
  await page.getByRole('link', { name: 'Find a course' }).click();
  await page.getByRole('link', { name: 'Human Resources for Health: planning and management' }).click();
  await submitAndWait(page, 'Enrol');
  await page.getByRole('link', { name: /^Continue: Why a situation analysis/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Why a situation analysis/ }).waitFor();
  lessonUrl = page.url();
  signedIn = await context.storageState();
  await context.close();
});

// Counts the bytes received (headers and bodies as sent, compressed) for
// every request the page makes while `action` runs and the network settles.
async function bytesOverTheWire(page, action) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const received = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    received.set(requestId, { url: response.url, fromCache: response.fromDiskCache || response.fromMemoryCache, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = received.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  await action();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  const requests = [...received.values()].filter((r) => !r.fromCache);
  return { total: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
}

function describeRequests({ requests }) {
  return requests.map((r) => `${new URL(r.url).pathname} ${r.bytes} B`).join(', ');
}

for (const [mode, budget] of [
  [{ name: 'without JavaScript', javaScriptEnabled: false }, BUDGETS.firstWithoutJavaScript],
  [{ name: 'with JavaScript', javaScriptEnabled: true }, BUDGETS.firstWithJavaScript],
]) {
  test(`a lesson page's first load ${mode.name} stays within ${budget / KB} KB`, async () => {
    // A fresh context: the cookie of a signed-in participant, an empty cache.
    const context = await demo.browser.newContext({ javaScriptEnabled: mode.javaScriptEnabled, storageState: signedIn });
    const page = await context.newPage();
    const first = await bytesOverTheWire(page, () => page.goto(lessonUrl));
    await ready(page, mode);
    await page.getByRole('heading', { level: 1, name: /^Why a situation analysis/ }).waitFor();
    assert.ok(first.total <= budget,
      `lesson page ${mode.name}: ${first.total} bytes over the wire, budget ${budget} (${describeRequests(first)})`);
    // The lesson page has no island, so not even a browser with JavaScript
    // needs the script or the wasm.
    assert.ok(!first.requests.some((r) => /\.(js|wasm)$/.test(new URL(r.url).pathname)),
      `lesson page ${mode.name}: no script or wasm is fetched (${describeRequests(first)})`);

    const next = await bytesOverTheWire(page, () => page.locator('a[rel="next"]').click());
    await page.getByRole('heading', { level: 1, name: 'Data sources and their pitfalls' }).waitFor();
    assert.ok(next.total <= BUDGETS.nextLesson,
      `next lesson ${mode.name}: ${next.total} bytes over the wire, budget ${BUDGETS.nextLesson} (${describeRequests(next)})`);
    console.log(`lesson page ${mode.name}: first load ${first.total} B (${describeRequests(first)}); next lesson ${next.total} B`);
    await context.close();
  });
}

test('the login and register pages cost their HTML and stylesheet only, even with JavaScript', async () => {
  for (const path of ['/login', '/register']) {
    const context = await demo.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const first = await bytesOverTheWire(page, async () => {
      await page.goto(`${demo.server.base}${path}`);
      await ready(page, { javaScriptEnabled: true });
    });
    const fetched = first.requests.map((r) => new URL(r.url).pathname);
    assert.ok(!fetched.some((p) => /\.(js|wasm)$/.test(p)),
      `${path}: no script or wasm is fetched (${describeRequests(first)})`);
    // The show-password button is a few lines of inline script.
    const password = page.locator('#password');
    await page.getByRole('button', { name: 'Show' }).click();
    assert.equal(await password.getAttribute('type'), 'text');
    console.log(`${path} with JavaScript: first load ${first.total} B (${describeRequests(first)})`);
    await context.close();
  }
});

test(`a page with an island, first load with JavaScript, stays within ${BUDGETS.firstWithJavaScript / KB} KB`, async () => {
  // The lesson editor's live preview is an island: the wasm comes too.
  const { context, page } = await openPage(demo.browser, { javaScriptEnabled: true });
  await logIn(page, { javaScriptEnabled: true }, demo.server.base, 'admin@example.org', DEMO_PASSWORD);
  await page.goto(`${demo.server.base}/admin/courses`);
  await page.locator('main a[href^="/admin/courses/"]').first().click();
  await page.locator('main a[href^="/admin/modules/"]').first().click();
  const editor = await page.locator('main a[href^="/admin/lessons/"]').first().getAttribute('href');
  const fresh = await demo.browser.newContext({ javaScriptEnabled: true, storageState: await context.storageState() });
  const editorPage = await fresh.newPage();
  const first = await bytesOverTheWire(editorPage, () => editorPage.goto(`${demo.server.base}${editor}`));
  assert.ok(first.requests.some((r) => new URL(r.url).pathname.endsWith('.wasm')),
    `the lesson editor loads the wasm for its island (${describeRequests(first)})`);
  assert.ok(first.total <= BUDGETS.firstWithJavaScript,
    `lesson editor with JavaScript: ${first.total} bytes over the wire, budget ${BUDGETS.firstWithJavaScript} (${describeRequests(first)})`);
  console.log(`lesson editor with JavaScript: first load ${first.total} B (${describeRequests(first)})`);
  await fresh.close();
  await context.close();
});
