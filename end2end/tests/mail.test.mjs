// "Forgot your password?": the link arrives by email (kept as a file, as
// without a mail server) and works once, with JavaScript off and on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { MODES, logIn, openPage, ready, register, submitAndWait, uniqueEmail } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

// The set-password link of the newest kept message to `email`, read from
// its .eml file as a mail program would (quoted-printable soft breaks
// joined).
async function linkSentTo(email) {
  const folder = path.join(demo.server.dataDir, 'outbox');
  for (let tries = 0; tries < 100; tries += 1) {
    const files = readdirSync(folder).filter((f) => f.endsWith('.eml'))
      .sort((a, b) => parseInt(b, 10) - parseInt(a, 10));
    for (const file of files) {
      const text = readFileSync(path.join(folder, file), 'utf8').replace(/=\r?\n/g, '');
      if (text.includes(`To: ${email}`)) {
        const link = text.match(/https?:\/\/[^\s"<]+\/set-password\/[0-9a-f]+/);
        if (link) return link[0];
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no message to ${email}`);
}

for (const mode of MODES) {
  describe(`mail (${mode.name})`, () => {
    test('a participant who forgot her password gets a link by email and chooses a new one', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      const email = uniqueEmail('ngozi');
      await register(page, mode, demo.server.base, 'Ngozi Eze', email);
      await submitAndWait(page, 'Log out');

      await page.goto(`${demo.server.base}/login`);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { name: 'Forgot your password' }).waitFor();
      await ready(page, mode);
      await page.getByLabel('Email').fill('not-an-address');
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await page.locator('#email-error').waitFor();
      assert.equal(await page.getByLabel('Email').inputValue(), 'not-an-address');

      await page.getByLabel('Email').fill(email.toUpperCase());
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await page.getByRole('status').filter({ hasText: 'on its way' }).waitFor();

      const link = await linkSentTo(email);
      await page.goto(link);
      await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
      await ready(page, mode);
      await page.getByLabel('New password').fill('a password I will remember');
      await Promise.all([page.waitForURL((url) => url.pathname === '/'),
        page.getByRole('button', { name: 'Set password and log in' }).click()]);
      assert.match(await page.locator('main').innerText(), /Your password is set and you are logged in\./);
      await submitAndWait(page, 'Log out');
      await logIn(page, mode, demo.server.base, email, 'a password I will remember');
      await page.getByRole('heading', { name: 'My learning' }).waitFor();

      // The link worked once.
      await page.goto(link);
      await page.getByRole('heading', { name: 'This link does not work' }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

test('the forgotten-password page speaks French and Arabic, right to left', async () => {
  const { context, page } = await openPage(demo.browser, MODES[0]);
  await page.goto(`${demo.server.base}/forgot-password`);
  await page.locator('.language-switch').getByRole('button', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
  await page.locator('.language-switch').getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('heading', { name: 'نسيت كلمة المرور' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await context.close();
});
