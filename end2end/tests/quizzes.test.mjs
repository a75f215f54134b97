// A participant takes the WISN quiz, corrects a typo the server refused, and passes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, MODES, logIn, openPage } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

// Answers by the start of each question's prompt: every one right but the
// last, which is answered wrongly on purpose.
const NUMERIC = [
  ['Bakoro Health Centre: a year has 260 working days', '1,760'],
  ['With an AWT of 1,760 hours and an activity standard', '3520'],
  ['The centre provides 7,040 antenatal visits', '2.0'],
  ['Every midwife spends 20 %', '1,25'],
  ['One midwife spends 176 hours', '0.1'],
  ['Required staff for health services is 2.0', '2.6'],
  ['Bakoro Health Centre has 2 midwives in post and needs 2.6. What is its WISN ratio', '0.77'],
  ['With 2 midwives in post and 2.6 required', '-0.6'],
];

for (const [mode, who] of [[MODES[0], 'chinedu.okafor@example.org'], [MODES[1], 'layla.haddad@example.org']]) {
  describe(`quizzes (${mode.name})`, () => {
    test('a participant takes the WISN quiz, fixes an unreadable answer and passes', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      await logIn(page, mode, demo.server.base, who, DEMO_PASSWORD);
      await page.goto(`${demo.server.base}/courses/hrh-planning-management`);
      await page.getByRole('link', { name: /^Quiz: WISN calculations/ }).click();
      await page.getByText('9 questions · pass mark 70% · 3 attempts').waitFor();
      await Promise.all([page.waitForURL(/\/attempts\/\d+$/), page.getByRole('button', { name: 'Start an attempt' }).click()]);

      const question = (prompt) => page.locator('fieldset.question', { hasText: prompt });
      for (const [prompt, answer] of NUMERIC) {
        await question(prompt).getByLabel('Your answer').fill(answer);
      }
      await question('A WISN ratio of 0.77 means').getByLabel('77 % of antenatal visits are done on time').check();
      await question('Every midwife spends 20 %').getByLabel('Your answer').fill('one and a quarter');
      await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Submit answers' }).click()]);

      await page.getByRole('alert').waitFor();
      const refused = question('Every midwife spends 20 %');
      assert.match(await refused.locator('.field-error').innerText(), /is not a number/);
      assert.equal(await refused.getByLabel('Your answer').inputValue(), 'one and a quarter');
      assert.equal(await question('One midwife spends 176 hours').getByLabel('Your answer').inputValue(), '0.1',
        'what was typed is kept');
      await refused.getByLabel('Your answer').fill('1,25');
      await question('A WISN ratio of 0.77 means').getByLabel('77 % of antenatal visits are done on time').check();
      await Promise.all([page.waitForURL(/\/attempts\/\d+\/result$/), page.getByRole('button', { name: 'Submit answers' }).click()]);

      await page.getByText('You passed with 88% (pass mark 70%).').waitFor();
      const last = page.locator('.review .question', { hasText: 'A WISN ratio of 0.77 means' });
      assert.match(await last.innerText(), /Not right/);
      assert.match(await last.innerText(), /No: the ratio compares staff, not visits\./, 'the option feedback');
      assert.match(await page.locator('.review').innerText(), /Correct answer: 1760 hours/, 'answers once passed');

      await page.goto(`${demo.server.base}/courses/hrh-planning-management`);
      await page.getByText('✓ Passed (88%)').waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
