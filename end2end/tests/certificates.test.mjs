// Certificates: an administrator issues one by hand, its holder downloads
// the PDF (a real PDF with their name and the code in it), and a visitor
// without an account verifies it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, MODES, logIn, openPage, ready, submitAndWait } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

// Each mode certifies a different participant of the demo cohort.
const HOLDERS = {
  'JavaScript off': { name: 'Layla Haddad', email: 'layla.haddad@example.org' },
  hydrated: { name: 'Chinedu Okafor', email: 'chinedu.okafor@example.org' },
};

for (const mode of MODES) {
  describe(`certificates (${mode.name})`, () => {
    test('issued by hand, downloaded as a PDF by its holder, verified by a visitor', async () => {
      const holder = HOLDERS[mode.name];
      const admin = await openPage(demo.browser, mode);
      await logIn(admin.page, mode, demo.server.base, 'admin@example.org', DEMO_PASSWORD);
      await admin.page.goto(`${demo.server.base}/admin/courses`);
      await admin.page.getByRole('link', { name: 'Human Resources for Health: planning and management' }).first().click();
      await admin.page.locator('.editor-list a[href^="/admin/cohorts/"]').first().click();
      await admin.page.getByRole('link', { name: 'Certificates' }).click();
      await admin.page.getByRole('heading', { level: 1, name: /^Certificates: / }).waitFor();
      const row = admin.page.locator('tr', { hasText: holder.name });
      await row.getByText('Issue by hand').click();
      // A note is required; the page says so and nothing is issued.
      await submitAndWait(admin.page, `Issue a certificate to ${holder.name}`, row);
      await admin.page.getByRole('alert').filter({ hasText: 'reason' }).waitFor();
      const retry = admin.page.locator('tr', { hasText: holder.name });
      await retry.getByText('Issue by hand').click();
      await retry.getByLabel('Note for the record').fill('Completed on paper during the network outage');
      await submitAndWait(admin.page, `Issue a certificate to ${holder.name}`, retry);
      await admin.page.getByRole('status').filter({ hasText: 'The certificate has been issued.' }).waitFor();
      assert.deepEqual(admin.errors, []);

      const participant = await openPage(demo.browser, mode);
      await logIn(participant.page, mode, demo.server.base, holder.email, DEMO_PASSWORD);
      await participant.page.goto(`${demo.server.base}/courses/hrh-planning-management`);
      await participant.page.getByRole('link', { name: 'Open your certificate' }).click();
      await participant.page.getByRole('heading', { level: 1, name: 'Certificate of completion' }).waitFor();
      await ready(participant.page, mode);
      const code = (await participant.page.locator('.certificate .code').textContent()).trim();
      assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

      const [download] = await Promise.all([
        participant.page.waitForEvent('download'),
        participant.page.getByRole('link', { name: 'Download the certificate (PDF)' }).click(),
      ]);
      const file = await download.path();
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      assert.ok(text.includes(holder.name), `the PDF names ${holder.name}: ${text}`);
      assert.ok(text.includes(code), `the PDF carries ${code}`);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      assert.match(info, /Pages:\s+1/);
      assert.deepEqual(participant.errors, []);

      const visitor = await openPage(demo.browser, mode);
      await visitor.page.goto(`${demo.server.base}/`);
      await visitor.page.getByRole('link', { name: 'Verify a certificate' }).click();
      await visitor.page.getByLabel('Verification code').fill(code.toLowerCase().replaceAll('-', ' '));
      await submitAndWait(visitor.page, 'Check the certificate');
      const verdict = visitor.page.getByRole('status');
      await verdict.getByRole('heading', { name: 'Valid certificate' }).waitFor();
      assert.ok((await verdict.textContent()).includes(holder.name));
      assert.deepEqual(visitor.errors, []);
      await Promise.all([admin.context.close(), participant.context.close(), visitor.context.close()]);
    });
  });
}
