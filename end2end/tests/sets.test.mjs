// Action-learning sets: a participant's round and a tutor's moderation, on
// the demo's Set A (Aminata presents; Chinedu and Layla are members; Kwame
// tutors).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, MODES, logIn, openPage, submitAndWait } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

const ROUND = 'Round 1: Keeping midwives in rural posts';

function inDays(days) {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

// "2026-03-02" as English pages write it: "2 March 2026".
function longDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

async function openSet(page) {
  await page.goto(`${demo.server.base}/`);
  // Set A is linked from the list of sets and from each open commitment;
  // notices that merely mention it in a sentence are not these links.
  await page.getByRole('link', { name: 'Set A', exact: true }).first().click();
}

async function openRound(page) {
  await openSet(page);
  await page.getByRole('link', { name: ROUND }).click();
  await page.getByRole('heading', { level: 1, name: ROUND }).waitFor();
}

for (const mode of MODES) {
  describe(`sets (${mode.name})`, () => {
    test('members question a challenge, the presenter answers and commits to an action', async () => {
      const question = `Which posts lose most midwives? (${mode.name})`;
      const member = await openPage(demo.browser, mode);
      await logIn(member.page, mode, demo.server.base, mode.javaScriptEnabled ? 'layla.haddad@example.org' : 'chinedu.okafor@example.org', DEMO_PASSWORD);
      await openRound(member.page);
      await member.page.getByText('a third of newly posted midwives leave within a year').waitFor();

      // An empty question is refused with a message; then a real one.
      await submitAndWait(member.page, 'Ask question');
      await member.page.getByRole('alert').filter({ hasText: 'Write something before posting.' }).waitFor();
      await member.page.getByLabel('Ask Aminata Diallo an open question (not advice)').fill(question);
      await submitAndWait(member.page, 'Ask question');
      await member.page.getByText(question).waitFor();

      const presenter = await openPage(demo.browser, mode);
      await logIn(presenter.page, mode, demo.server.base, 'aminata.diallo@example.org', DEMO_PASSWORD);
      await openRound(presenter.page);
      const thread = presenter.page.locator('.question-thread', { hasText: question });
      await thread.getByLabel('Your answer').fill('The health centres more than a day from the regional capital.');
      await Promise.all([presenter.page.waitForNavigation(), thread.getByRole('button', { name: 'Post answer' }).click()]);
      await presenter.page.getByText('The health centres more than a day from the regional capital.').first().waitFor();

      const action = `Interview five midwives who left (${mode.name})`;
      await presenter.page.getByLabel('I will…').fill(action);
      await presenter.page.getByLabel('By (date)').fill(inDays(10));
      await submitAndWait(presenter.page, 'Add commitment');
      await presenter.page.getByText(`${action} (due ${longDate(inDays(10))}) · Open`).waitFor();
      await presenter.page.goto(`${demo.server.base}/`);
      await presenter.page.getByText(action).waitFor();

      for (const { context, errors } of [member, presenter]) {
        assert.deepEqual(errors, []);
        await context.close();
      }
    });

    test('an administrator forms a set and opens rounds; the presenter posts a challenge, commits and reports back', async () => {
      const [email, name] = mode.javaScriptEnabled
        ? ['priya.sharma@example.org', 'Priya Sharma']
        : ['omar.almasri@example.org', 'Omar Al-Masri'];
      const admin = await openPage(demo.browser, mode);
      await logIn(admin.page, mode, demo.server.base, 'admin@example.org', DEMO_PASSWORD);
      await admin.page.goto(`${demo.server.base}/admin/cohorts/1/participants`);
      await admin.page.getByLabel('Email of their account').fill(email);
      await submitAndWait(admin.page, 'Enrol');
      await admin.page.getByText('Enrolled.', { exact: true }).waitFor();

      await admin.page.goto(`${demo.server.base}/cohorts/1/sets`);
      await submitAndWait(admin.page, 'Propose sets');
      await admin.page.getByRole('heading', { level: 1, name: 'Proposed sets' }).waitFor();
      const proposed = admin.page.locator('section', { hasText: name });
      const setName = (await proposed.getByRole('heading', { level: 2 }).innerText()).trim();
      await submitAndWait(admin.page, 'Confirm these sets');
      await admin.page.getByText('1 sets formed.').waitFor();

      await admin.page.getByRole('link', { name: setName, exact: true }).click();
      const setUrl = admin.page.url();
      await admin.page.getByLabel('Round title').fill('Absenteeism in district hospitals');
      await admin.page.getByLabel('Opens on').fill(inDays(0));
      await admin.page.getByLabel('Closes on').fill(inDays(7));
      await admin.page.getByLabel(name).check();
      await submitAndWait(admin.page, 'Open round');
      await admin.page.getByRole('heading', { level: 1, name: 'Round 1: Absenteeism in district hospitals' }).waitFor();
      const roundUrl = admin.page.url();

      const presenter = await openPage(demo.browser, mode);
      await logIn(presenter.page, mode, demo.server.base, email, DEMO_PASSWORD);
      await presenter.page.goto(roundUrl);
      await presenter.page.getByLabel(/^Your challenge/).fill('Nurses in two district hospitals miss one shift in five.');
      await submitAndWait(presenter.page, 'Post challenge');
      await presenter.page.getByText('Nurses in two district hospitals miss one shift in five.').waitFor();
      const action = 'Agree a shift-swap rule with both matrons';
      await presenter.page.getByLabel('I will…').fill(action);
      await presenter.page.getByLabel('By (date)').fill(inDays(0));
      await submitAndWait(presenter.page, 'Add commitment');
      const later = 'Ask the director for a rota budget';
      await presenter.page.getByLabel('I will…').fill(later);
      await presenter.page.getByLabel('By (date)').fill(inDays(20));
      await submitAndWait(presenter.page, 'Add commitment');

      // The next round at round 1's dates: the tutor is told, keeps what
      // was typed, and opens it anyway.
      await admin.page.goto(setUrl);
      await admin.page.getByLabel('Round title').fill('Absenteeism: what changed');
      await admin.page.getByLabel('Opens on').fill(inDays(0));
      await admin.page.getByLabel('Closes on').fill(inDays(7));
      await admin.page.getByLabel(name).check();
      await submitAndWait(admin.page, 'Open round');
      await admin.page.getByRole('alert').filter({ hasText: 'Round 1 is still open at these dates' }).waitFor();
      assert.equal(await admin.page.getByLabel('Round title').inputValue(), 'Absenteeism: what changed');
      await admin.page.getByLabel(name).check();
      await admin.page.getByLabel('Open it anyway, even if another round is open at these dates').check();
      await submitAndWait(admin.page, 'Open round');
      await admin.page.getByRole('heading', { level: 1, name: 'Round 2: Absenteeism: what changed' }).waitFor();
      // The presenter reports back on what is due, not on what is due later.
      await presenter.page.goto(admin.page.url());
      const owed = await presenter.page.locator('main').innerText();
      assert.ok(owed.includes(action), 'due today: asked for');
      assert.ok(!owed.includes(later), 'due in 20 days: not yet');
      const report = presenter.page.locator('form', { hasText: 'Did you do it?' });
      await report.getByLabel('Did you do it?').selectOption('partly');
      await report.getByLabel('What happened, and what did you learn?').fill('One matron agreed; the other wants the director to decide.');
      await submitAndWait(presenter.page, 'Post report-back', report);
      const reported = presenter.page.locator('.report-back', { hasText: action });
      await reported.getByText('One matron agreed; the other wants the director to decide.').waitFor();
      assert.match(await reported.innerText(), /Partly done/);

      for (const { context, errors } of [admin, presenter]) {
        assert.deepEqual(errors, []);
        await context.close();
      }
    });

    test('the tutor hides and restores a post, locks a thread, and sees what needs attention', async () => {
      const member = await openPage(demo.browser, mode);
      await logIn(member.page, mode, demo.server.base, 'chinedu.okafor@example.org', DEMO_PASSWORD);
      await openSet(member.page);
      const title = `Useful WHO documents (${mode.name})`;
      await member.page.getByLabel('Title').fill(title);
      await member.page.getByLabel('Your message').fill('The WISN user manual (2010) is worth reading.');
      await submitAndWait(member.page, 'Start thread');
      await member.page.getByRole('heading', { level: 1, name: title }).waitFor();
      const threadUrl = member.page.url();

      const tutor = await openPage(demo.browser, mode);
      await logIn(tutor.page, mode, demo.server.base, 'kwame.asante@example.org', DEMO_PASSWORD);
      await tutor.page.getByRole('link', { name: 'Moderation' }).click();
      await tutor.page.getByRole('heading', { name: /Members who have not posted in the current round/ }).waitFor();
      // The demo's question on Aminata's challenge still waits for her answer.
      await tutor.page.getByRole('heading', { name: /Questions and threads waiting for an answer/ }).waitFor();
      await tutor.page.getByText('Question from Chinedu Okafor in round 1 has no answer yet').first().waitFor();
      await tutor.page.goto(threadUrl);
      const post = tutor.page.locator('.post', { hasText: 'The WISN user manual' });
      await post.locator('summary', { hasText: 'Moderate' }).click();
      await post.getByLabel('Reason for hiding').fill('Please post the link, not the title');
      await Promise.all([tutor.page.waitForNavigation(), post.getByRole('button', { name: 'Hide' }).click()]);
      await tutor.page.getByText('Hidden from members by Kwame Asante: Please post the link, not the title').waitFor();

      await member.page.reload();
      await member.page.getByText('Hidden by the tutor: Please post the link, not the title').waitFor();
      assert.equal(await member.page.getByText('The WISN user manual').count(), 0, 'the text is hidden from members');

      const hidden = tutor.page.locator('.post', { hasText: 'Please post the link' });
      await hidden.locator('summary', { hasText: 'Moderate' }).click();
      await Promise.all([tutor.page.waitForNavigation(), hidden.getByRole('button', { name: 'Restore' }).click()]);
      await submitAndWait(tutor.page, 'Lock');
      await tutor.page.getByRole('button', { name: 'Unlock' }).waitFor();

      await member.page.reload();
      await member.page.getByText('The WISN user manual').waitFor();
      await member.page.getByText('This thread is locked: no more replies.').waitFor();

      for (const { context, errors } of [member, tutor]) {
        assert.deepEqual(errors, []);
        await context.close();
      }
    });
  });
}
