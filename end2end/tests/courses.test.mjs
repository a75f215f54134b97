// Participant reading journey and administrator authoring journey.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEMO_PASSWORD, MODES, logIn, openPage, ready, register, submitAndWait, uniqueEmail,
} from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

for (const mode of MODES) {
  describe(`courses (${mode.name})`, () => {
    test('a participant enrols, reads and completes lessons, and continues where they left off', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      await register(page, mode, demo.server.base, 'Ibrahim Sesay', uniqueEmail('ibrahim'));

      await page.getByRole('link', { name: 'Find a course' }).click();
      await page.getByRole('link', { name: 'Human Resources for Health: planning and management' }).click();
      await page.getByRole('heading', { name: 'Join this course' }).waitFor();
      await submitAndWait(page, 'Enrol');
      await page.getByText('You are enrolled. Welcome to the course!').waitFor();

      await page.getByRole('link', { name: /^Continue: Why a situation analysis/ }).click();
      await page.getByRole('heading', { level: 1, name: /^Why a situation analysis/ }).waitFor();
      assert.ok((await page.locator('.lesson-body').innerText()).length > 1000, 'the lesson text is shown');
      assert.match(await page.locator('.lesson-footer').innerText(), /0 of 3 done/);
      await submitAndWait(page, 'Mark as complete');
      await page.getByText('You have completed this lesson.').waitFor();
      assert.match(await page.locator('.lesson-footer').innerText(), /1 of 3 done \(33%\)/);
      assert.match(await page.locator('.lesson-footer').innerText(), /1 of 13 done \(7%\)/);

      await page.locator('a[rel="next"]').click();
      await page.getByRole('heading', { level: 1, name: 'Data sources and their pitfalls' }).waitFor();
      await submitAndWait(page, 'Mark as complete');
      await page.getByText('You have completed this lesson.').waitFor();

      await page.getByRole('link', { name: 'My learning' }).click();
      await page.getByText('2 of 13 done (15%)').waitFor();
      await page.getByRole('link', { name: /^Continue where you left off: Key workforce indicators/ }).click();
      await page.getByRole('heading', { level: 1, name: /Key workforce indicators/ }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('an administrator creates a course, writes a lesson with a preview and publishes it', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      const title = `Supportive supervision ${mode.javaScriptEnabled ? 'hydrated' : 'plain'}`;
      await logIn(page, mode, demo.server.base, 'admin@example.org', DEMO_PASSWORD);
      await page.getByRole('link', { name: 'Authoring' }).click();
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Summary').fill('Supervision that helps health workers grow.');
      await page.getByLabel('Estimated hours').fill('6');
      await submitAndWait(page, 'Create course');
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      await page.getByLabel('Module title').fill('Planning a supervision visit');
      await submitAndWait(page, 'Add module');
      await page.getByLabel('Lesson title').fill('Before the visit');
      await submitAndWait(page, 'Add lesson');
      await page.getByRole('heading', { level: 1, name: 'Before the visit' }).waitFor();
      await ready(page, mode);

      const body = '## A checklist\n\n| Step | Who |\n|---|---|\n| Agree the date | Supervisor |\n\n<script>window.hacked = 1</script>';
      await page.getByLabel('Lesson text (Markdown)').fill(body);
      if (mode.javaScriptEnabled) {
        await page.getByRole('button', { name: 'Preview' }).click();
        const preview = page.locator('section[aria-live] .preview');
        await preview.locator('h2', { hasText: 'A checklist' }).waitFor();
        assert.equal(await preview.locator('td', { hasText: 'Supervisor' }).count(), 1);
        assert.equal(await preview.locator('script').count(), 0);
      }
      await submitAndWait(page, 'Save lesson');
      await page.getByText('Saved. Participants see the new version').waitFor();

      await page.getByRole('link', { name: title }).click();
      await submitAndWait(page, 'Publish');
      await page.getByText('Published: listed in the catalogue.').waitFor();

      await page.getByRole('link', { name: 'Courses', exact: true }).click();
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('link', { name: 'Before the visit' }).click();
      await page.getByRole('heading', { level: 2, name: 'A checklist' }).waitFor();
      assert.equal(await page.locator('.lesson-body script').count(), 0);
      assert.equal(await page.evaluate(() => window.hacked), undefined);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
