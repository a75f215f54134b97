// Cohort management: setting up a cohort, enrolling from a spreadsheet,
// set-password links, keys and waiting lists, and the tutor's progress report.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import {
  DEMO_PASSWORD, MODES, logIn, openPage, ready, register, submitAndWait, uniqueEmail,
} from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

const COURSE = 'Human Resources for Health: planning and management';

// As an administrator, adds a cohort to the demo course; returns its page's path.
async function createCohort(page, name, places, key) {
  await page.goto(`${demo.server.base}/admin/courses`);
  await page.getByRole('link', { name: COURSE }).click();
  await page.getByLabel('Cohort name').fill(name);
  await page.getByLabel('Starts on').fill('2027-09-01');
  await page.getByLabel('Ends on').fill('2027-11-30');
  await page.getByLabel('Places (optional)').fill(String(places));
  await page.getByLabel('Enrolment key (optional)').fill(key);
  await submitAndWait(page, 'Add cohort');
  await page.getByText('The cohort has been created.').waitFor();
  return new URL(page.url()).pathname;
}

// Clicks a button that answers with a file; returns the file's text.
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await file.path(), 'utf8');
}

for (const mode of MODES) {
  describe(`cohorts (${mode.name})`, () => {
    test('an administrator sets up a cohort, enrols a spreadsheet and hands out set-password links', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      await logIn(page, mode, demo.server.base, 'admin@example.org', DEMO_PASSWORD);
      const cohortName = `Roster cohort, ${mode.name}`;
      await createCohort(page, cohortName, 10, '');

      await page.getByLabel('Add a tutor').selectOption({ label: 'Kwame Asante (kwame.asante@example.org)' });
      await submitAndWait(page, 'Add tutor');
      await page.getByRole('button', { name: 'Remove Kwame Asante' }).waitFor();

      await page.getByRole('link', { name: 'Participants and enrolment' }).click();
      const first = uniqueEmail('awa');
      const second = uniqueEmail('yousef');
      const csv = `\ufeffNom complet;Courriel;Pays;Profession;Langue;Groupe\r\n`
        + `Awa Ndiaye;${first};SN;Nurse;fr;Set A\r\n`
        + `يوسف الحسن;${second};Jordan;planner;ar;Set B\r\n`
        + `Sans Courriel;;SN;nurse;fr;\r\n`;
      await page.getByLabel('CSV file').setInputFiles({
        name: 'nominations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
      });
      await submitAndWait(page, 'Upload and preview');
      await page.getByText('3 rows: 2 new accounts, 0 existing accounts to enrol, 0 unchanged, 1 with errors.').waitFor();
      assert.equal(await page.getByText('New account, will be enrolled').count(), 2);
      await page.getByRole('cell', { name: 'يوسف الحسن' }).waitFor();
      await page.getByText('Error: Email: Enter your email address.').waitFor();

      await submitAndWait(page, 'Confirm: enrol 2');
      await page.getByText('Confirmed: the accounts were created and the participants enrolled.').waitFor();
      const links = await download(page, () => page.getByRole('button', { name: 'Download set-password links (CSV)' }).click());
      const line = links.split('\n').find((l) => l.includes(first));
      assert.ok(line, `the links name ${first}: ${links}`);
      const link = line.slice(line.indexOf('http')).trim();

      // The new participant sets their password from the link and is signed in.
      const newcomer = await openPage(demo.browser, mode);
      await newcomer.page.goto(link.replace(/^https?:\/\/[^/]+/, demo.server.base));
      await ready(newcomer.page, mode);
      await newcomer.page.getByText('Welcome, Awa Ndiaye.').waitFor();
      await newcomer.page.getByLabel('New password', { exact: true }).fill('saint-louis district 2027');
      await submitAndWait(newcomer.page, 'Set password and log in');
      await newcomer.page.getByText('Your password is set and you are logged in.').waitFor();
      await newcomer.page.getByText(`Cohort: ${cohortName}`).waitFor();
      assert.deepEqual(newcomer.errors, []);
      await newcomer.context.close();

      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a participant needs the enrolment key, and a full cohort keeps a waiting list', async () => {
      const admin = await openPage(demo.browser, mode);
      await logIn(admin.page, mode, demo.server.base, 'admin@example.org', DEMO_PASSWORD);
      const cohortName = `One place, ${mode.name}`;
      const cohortPath = await createCohort(admin.page, cohortName, 1, 'Wisn-2027');

      const enrolIn = async (page, key) => {
        await page.goto(`${demo.server.base}/courses/hrh-planning-management`);
        const cohort = page.locator('.cohorts li', { hasText: cohortName });
        await cohort.getByLabel('Enrolment key').fill(key);
        await Promise.all([page.waitForNavigation(), cohort.getByRole('button').click()]);
      };
      const first = await openPage(demo.browser, mode);
      const firstName = `Esi Owusu ${mode.javaScriptEnabled ? 'B' : 'A'}`;
      await register(first.page, mode, demo.server.base, firstName, uniqueEmail('esi'));
      await enrolIn(first.page, 'guess');
      await first.page.getByText('That enrolment key is not right.').first().waitFor();
      await enrolIn(first.page, 'wisn-2027');
      await first.page.getByText('You are enrolled. Welcome to the course!').waitFor();

      const second = await openPage(demo.browser, mode);
      await register(second.page, mode, demo.server.base, 'Tunde Bakare', uniqueEmail('tunde'));
      const full = second.page.locator('.cohorts li', { hasText: cohortName });
      await second.page.goto(`${demo.server.base}/courses/hrh-planning-management`);
      assert.match(await full.innerText(), /full: you can join the waiting list/);
      await enrolIn(second.page, 'WISN-2027');
      await second.page.getByText('you are on its waiting list, number 1').waitFor();
      await second.page.goto(`${demo.server.base}/`);
      await second.page.getByText(`${cohortName}: you are number 1 on the waiting list.`).waitFor();

      // The administrator withdraws the first participant: the place passes on.
      await admin.page.goto(`${demo.server.base}${cohortPath}/participants`);
      await submitAndWait(admin.page, `Withdraw ${firstName}`);
      await admin.page.getByText('Withdrawn. Their progress is kept if they are reinstated.').waitFor();
      await admin.page.getByRole('button', { name: `Reinstate ${firstName}` }).waitFor();
      await second.page.goto(`${demo.server.base}/`);
      await second.page.getByText('A place opened up: you were enrolled from the waiting list.').waitFor();

      for (const { context, errors } of [admin, first, second]) {
        assert.deepEqual(errors, []);
        await context.close();
      }
    });

    test("a tutor follows their cohort's progress, filters it and downloads it", async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      await logIn(page, mode, demo.server.base, 'kwame.asante@example.org', DEMO_PASSWORD);
      await page.getByRole('link', { name: `${COURSE}: 2027 spring cohort` }).click();
      await page.getByRole('heading', { name: 'Progress report' }).waitFor();
      await page.getByRole('rowheader', { name: /Aminata Diallo/ }).waitFor();
      await page.getByRole('img', { name: /Participants who completed each module/ }).waitFor();

      await page.getByLabel('Country').selectOption({ label: 'Jordan' });
      await page.getByLabel('Sort by').selectOption({ label: 'Least progress first' });
      await submitAndWait(page, 'Show');
      await page.getByRole('rowheader', { name: /Layla Haddad/ }).waitFor();
      assert.equal(await page.getByRole('rowheader', { name: /Aminata Diallo/ }).count(), 0);

      const csv = await download(page, () => page.getByRole('link', { name: 'Download CSV' }).click());
      assert.match(csv, /^Full name,Email,Country,Progress %/);
      assert.match(csv, /Layla Haddad/);
      assert.doesNotMatch(csv, /Aminata Diallo/);

      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
