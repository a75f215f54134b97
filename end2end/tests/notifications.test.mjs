// Notifications: choosing how news arrives, "What's new" with its count in
// the header, a tutor's reminder from the progress report, and the page an
// email's unsubscribe link opens, with JavaScript off and on, in English,
// French and Arabic.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, MODES, logIn, openPage, submitAndWait } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

// A member of Set A per mode, so that each finds unread notices of its own.
const MEMBER = { 'JavaScript off': 'chinedu.okafor@example.org', hydrated: 'layla.haddad@example.org' };

async function unreadInHeader(page) {
  const text = await page.locator('.site-header').getByRole('link', { name: /^What’s new/ }).innerText();
  const count = text.match(/\((\d+)\)/);
  return count ? Number(count[1]) : 0;
}

// The unsubscribe link of the newest kept message to `email` about
// `topic`, read from its .eml file as a mail program would
// (quoted-printable soft breaks joined).
async function unsubscribeLinkSentTo(email, topic) {
  const folder = path.join(demo.server.dataDir, 'outbox');
  for (let tries = 0; tries < 100; tries += 1) {
    const files = readdirSync(folder).filter((f) => f.endsWith('.eml'))
      .sort((a, b) => parseInt(b, 10) - parseInt(a, 10));
    for (const file of files) {
      const text = readFileSync(path.join(folder, file), 'utf8').replace(/=\r?\n/g, '');
      if (text.includes(`To: ${email}`)) {
        const link = text.match(/List-Unsubscribe: <https?:\/\/[^/]+(\/unsubscribe\/[^>]+)>/);
        if (link && link[1].includes(`.${topic}.`)) return link[1];
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no notification to ${email}`);
}

for (const mode of MODES) {
  describe(`notifications (${mode.name})`, () => {
    test('a member chooses how news reaches her and reads what is new', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      await logIn(page, mode, demo.server.base, MEMBER[mode.name], DEMO_PASSWORD);
      await page.goto(`${demo.server.base}/account`);
      await page.getByRole('heading', { name: 'Notifications' }).waitFor();
      const setActivity = page.getByLabel('Activity in your action-learning sets');
      assert.equal(await setActivity.inputValue(), 'daily', 'a daily digest by default');
      await setActivity.selectOption('immediate');
      await page.getByLabel('Messages from your tutors').selectOption('weekly');
      await submitAndWait(page, 'Save notification settings');
      await page.getByRole('status').filter({ hasText: 'Your notification settings have been saved.' }).waitFor();
      assert.equal(await page.getByLabel('Activity in your action-learning sets').inputValue(), 'immediate');
      assert.equal(await page.getByLabel('Messages from your tutors').inputValue(), 'weekly');
      assert.match(await page.locator('#calendar').innerText(), /\/calendar\/.+\.ics/);

      await page.goto(`${demo.server.base}/`);
      const panel = page.locator('#whats-new');
      await panel.getByRole('heading', { name: 'What’s new' }).waitFor();
      const before = await unreadInHeader(page);
      assert.ok(before > 0, 'the demo enrolment is news');
      await Promise.all([page.waitForNavigation(), panel.locator('li.unread a').first().click()]);
      await page.goto(`${demo.server.base}/`);
      assert.equal(await unreadInHeader(page), before - 1, 'opened, it is read');
      if (before > 1) {
        await submitAndWait(page, 'Mark all as read');
        assert.equal(await unreadInHeader(page), 0);
        assert.equal(await page.locator('#whats-new li.unread').count(), 0);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a tutor reminds a participant, who finds it in What’s new', async () => {
      const tutor = await openPage(demo.browser, mode);
      await logIn(tutor.page, mode, demo.server.base, 'kwame.asante@example.org', DEMO_PASSWORD);
      await tutor.page.goto(`${demo.server.base}/cohorts/1/progress`);
      const reminder = tutor.page.locator('#reminder');
      await reminder.getByRole('heading', { name: 'Send a reminder' }).waitFor();
      for (const box of await tutor.page.locator('input[name^="participants["]').all()) {
        await box.uncheck();
      }
      const message = `Module 2 closes on Friday (${mode.name}).`;
      await reminder.getByLabel('Message').fill(message);
      await submitAndWait(tutor.page, 'Send to the selected participants');
      await tutor.page.getByText('Select at least one participant of this cohort.').waitFor();
      assert.equal(await tutor.page.locator('#reminder').getByLabel('Message').inputValue(), message, 'kept');
      await tutor.page.getByLabel('Send the reminder to Aminata Diallo').check();
      await submitAndWait(tutor.page, 'Send to the selected participants');
      await tutor.page.getByRole('status').filter({ hasText: 'The reminder was sent to one participant.' }).waitFor();
      assert.deepEqual(tutor.errors, []);
      await tutor.context.close();

      const participant = await openPage(demo.browser, mode);
      await logIn(participant.page, mode, demo.server.base, 'aminata.diallo@example.org', DEMO_PASSWORD);
      const panel = participant.page.locator('#whats-new');
      await panel.getByText('Your tutor Kwame Asante sent you a message about').first().waitFor();
      await panel.getByText(message).waitFor();
      await participant.context.close();
    });
  });
}

test('an email’s unsubscribe link asks first, then stops those emails, in French and Arabic', async () => {
  const link = await unsubscribeLinkSentTo('aminata.diallo@example.org', 'tutor-messages');
  for (const mode of MODES) {
    const { context, page, errors } = await openPage(demo.browser, mode);
    await page.goto(`${demo.server.base}${link}`);
    await page.getByRole('heading', { name: 'Stop emails' }).waitFor();
    await Promise.all([page.waitForNavigation(),
      page.locator('.language-switch').getByRole('button', { name: 'Français' }).click()]);
    await page.getByText('Ne plus recevoir de courriels sur : Les messages de vos tuteurs.').waitFor();
    if (mode === MODES[0]) {
      await submitAndWait(page, 'Ne plus recevoir ces courriels');
    }
    await page.getByRole('status').filter({ hasText: 'C’est fait' }).waitFor();
    await Promise.all([page.waitForNavigation(),
      page.locator('.language-switch').getByRole('button', { name: 'العربية' }).click()]);
    await page.getByRole('heading', { name: 'إيقاف الرسائل' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the notification settings speak Arabic, right to left', async () => {
  const { context, page } = await openPage(demo.browser, MODES[1]);
  await logIn(page, MODES[1], demo.server.base, 'layla.haddad@example.org', DEMO_PASSWORD);
  await page.goto(`${demo.server.base}/account`);
  await Promise.all([page.waitForNavigation(),
    page.locator('.language-switch').getByRole('button', { name: 'العربية' }).click()]);
  await page.getByRole('heading', { name: 'الإشعارات' }).waitFor();
  await page.getByRole('heading', { name: 'تقويمك' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.getByLabel('النشاط في مجموعات التعلم بالعمل').inputValue(), 'immediate');
  await context.close();
});
