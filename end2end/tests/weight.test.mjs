// Page weight: the bytes a lesson page costs over the wire, counted by the
// Chrome DevTools Protocol, against the budgets of issue #8.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, ready, register, submitAndWait, uniqueEmail } from '../support/browser.mjs';
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

test(`a page with an island, first load with JavaScript, stays within ${BUDGETS.firstWithJavaScript / KB} KB`, async () => {
  // The account page's password fields are islands: the wasm comes too.
  const context = await demo.browser.newContext({ javaScriptEnabled: true, storageState: signedIn });
  const page = await context.newPage();
  const first = await bytesOverTheWire(page, async () => {
    await page.goto(`${demo.server.base}/account`);
    await ready(page, { javaScriptEnabled: true });
  });
  assert.ok(first.requests.some((r) => new URL(r.url).pathname.endsWith('.wasm')),
    `the account page loads the wasm for its islands (${describeRequests(first)})`);
  assert.ok(first.total <= BUDGETS.firstWithJavaScript,
    `account page with JavaScript: ${first.total} bytes over the wire, budget ${BUDGETS.firstWithJavaScript} (${describeRequests(first)})`);
  console.log(`account page with JavaScript: first load ${first.total} B (${describeRequests(first)})`);
  await context.close();
});
