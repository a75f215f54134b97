// What every browser test file starts with: the release server on a fresh
// demo database and one Chromium, up before the file's tests and stopped
// after them. Their `server` and `browser` are set once both are up;
// `prepare`, if given, runs next with them (node:test does not order a
// file's own top-level `before` after this one).
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';

export function serverAndBrowser(prepare) {
  const demo = { server: undefined, browser: undefined };
  before(async () => {
    demo.server = await startServer();
    demo.browser = await launch();
    await prepare?.(demo);
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.stop();
  });
  return demo;
}
