// What every browser test file starts with: the release server on a fresh
// demo database and one Chromium, up before the file's tests and stopped
// after them. Their `server` and `browser` are set once both are up.
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';

export function serverAndBrowser() {
  const demo = { server: undefined, browser: undefined };
  before(async () => {
    demo.server = await startServer();
    demo.browser = await launch();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.stop();
  });
  return demo;
}
