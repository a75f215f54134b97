// Participant and administrator journeys through accounts, sessions and roles.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, MODES, inEnglish, logIn, openPage, ready, register, uniqueEmail } from '../support/browser.mjs';
import { serverAndBrowser } from '../support/suite.mjs';

const demo = serverAndBrowser();

for (const mode of MODES) {
  describe(`accounts (${mode.name})`, () => {
    test('a participant registers, uses a page that needs login, logs out and back in', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      const email = uniqueEmail('aminata');

      await page.goto(`${demo.server.base}/register`);
      await ready(page, mode);
      assert.equal(await page.title(), 'Create your account');
      if (mode.javaScriptEnabled) {
        // The inline script gave the password field its show button.
        const password = page.locator('#password');
        await page.getByRole('button', { name: 'Show' }).click();
        assert.equal(await password.getAttribute('type'), 'text');
        await page.getByRole('button', { name: 'Hide' }).click();
        assert.equal(await password.getAttribute('type'), 'password');
      } else {
        assert.equal(await page.locator('.reveal').count(), 0);
      }

      // Bad input: errors next to the fields, what was typed kept.
      await page.getByLabel('Full name').fill('Aminata Diallo');
      await page.getByLabel('Email').fill('aminata-at-example');
      await page.getByLabel('Country').selectOption('SN');
      await page.getByLabel('Profession or cadre').selectOption('midwife');
      await page.getByLabel('Preferred language').selectOption('fr');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.locator('#email-error').waitFor();
      assert.match(await page.locator('#email-error').innerText(), /valid email address/);
      assert.match(await page.locator('#password-error').innerText(), /at least 8 characters/);
      assert.equal(await page.getByLabel('Full name').inputValue(), 'Aminata Diallo');
      assert.equal(await page.getByLabel('Email').inputValue(), 'aminata-at-example');
      assert.equal(await page.getByLabel('Country').inputValue(), 'SN');
      assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '');

      await ready(page, mode);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill('midwives retain 2026');
      await Promise.all([page.waitForURL(`${demo.server.base}/`), page.getByRole('button', { name: 'Create account' }).click()]);
      // She registered with French as her language: the platform speaks it.
      await page.getByRole('heading', { name: 'Mon apprentissage' }).waitFor();
      assert.match(await page.locator('main').innerText(), /Bienvenue, Aminata\./);
      await inEnglish(page);
      await page.getByRole('heading', { name: 'My learning' }).waitFor();

      await page.getByRole('link', { name: 'Account' }).click();
      await page.getByRole('heading', { name: 'Your account' }).waitFor();
      assert.match(await page.locator('main').innerText(), new RegExp(email.replace(/\./g, '\\.')));

      await Promise.all([page.waitForURL(`${demo.server.base}/`), page.getByRole('button', { name: 'Log out' }).click()]);
      await page.goto(`${demo.server.base}/account`);
      await page.waitForURL(/\/login\?next=%2Faccount$/);
      await ready(page, mode);

      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill('not the password');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('alert').waitFor();
      assert.equal(await page.getByRole('alert').innerText(), 'The email or password is wrong.');
      assert.equal(await page.getByLabel('Email').inputValue(), email);

      await ready(page, mode);
      await page.getByLabel('Password', { exact: true }).fill('midwives retain 2026');
      await Promise.all([page.waitForURL(`${demo.server.base}/account`), page.getByRole('button', { name: 'Log in' }).click()]);
      await page.getByRole('heading', { name: 'Your account' }).waitFor();

      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a participant changes their profile and password', async () => {
      const { context, page, errors } = await openPage(demo.browser, mode);
      await logIn(page, mode, demo.server.base, 'kofi.mensah@example.org', DEMO_PASSWORD);
      await page.goto(`${demo.server.base}/account`);
      await ready(page, mode);
      await page.getByLabel('Full name').fill('Kofi A. Mensah');
      await page.getByLabel('Preferred language').selectOption('fr');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByRole('status').waitFor();
      // The new language applies at once.
      assert.equal(await page.getByRole('status').innerText(), 'Votre profil a été enregistré.');
      assert.equal(await page.getByLabel('Nom complet').inputValue(), 'Kofi A. Mensah');
      assert.equal(await page.getByLabel('Langue préférée').inputValue(), 'fr');
      await inEnglish(page);

      await ready(page, mode);
      await page.getByLabel('Current password').fill(DEMO_PASSWORD);
      await page.getByLabel('New password', { exact: true }).fill('a new passphrase');
      await page.getByLabel('New password again').fill('a different one');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.locator('#confirm_password-error').waitFor();

      await ready(page, mode);
      await page.getByLabel('Current password').fill(DEMO_PASSWORD);
      await page.getByLabel('New password', { exact: true }).fill('a new passphrase');
      await page.getByLabel('New password again').fill('a new passphrase');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Your password has been changed.').waitFor();

      // Put the demo password back for the other mode's run.
      await ready(page, mode);
      await page.getByLabel('Current password').fill('a new passphrase');
      await page.getByLabel('New password', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByLabel('New password again').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Your password has been changed.').waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('an administrator gives a participant a new role, which takes effect at once', async () => {
      const participant = await openPage(demo.browser, mode);
      const email = uniqueEmail('layla');
      await participant.page.goto(`${demo.server.base}/register`);
      await ready(participant.page, mode);
      await participant.page.getByLabel('Full name').fill('Layla Haddad');
      await participant.page.getByLabel('Email').fill(email);
      await participant.page.getByLabel('Country').selectOption('JO');
      await participant.page.getByLabel('Profession or cadre').selectOption('hr-officer');
      await participant.page.getByLabel('Preferred language').selectOption('ar');
      await participant.page.getByLabel('Password', { exact: true }).fill('amman workforce plan');
      await Promise.all([participant.page.waitForURL(`${demo.server.base}/`),
        participant.page.getByRole('button', { name: 'Create account' }).click()]);
      assert.equal(await participant.page.locator('html').getAttribute('dir'), 'rtl', 'Arabic, as she chose');
      await inEnglish(participant.page);
      assert.equal(await participant.page.getByRole('link', { name: 'Users', exact: true }).count(), 0);
      const forbidden = await participant.page.goto(`${demo.server.base}/admin/users`);
      assert.equal(forbidden.status(), 403);

      const admin = await openPage(demo.browser, mode);
      await logIn(admin.page, mode, demo.server.base, 'admin@example.org', DEMO_PASSWORD);
      await admin.page.getByRole('link', { name: 'Users', exact: true }).click();
      await admin.page.getByRole('heading', { name: 'Users' }).waitFor();
      await admin.page.getByLabel('Search by name or email').fill(email);
      await admin.page.getByRole('button', { name: 'Search' }).click();
      await admin.page.waitForURL(/q=/);
      const row = admin.page.locator('tbody tr', { hasText: email });
      assert.equal(await row.count(), 1);
      await row.getByLabel('Role of Layla Haddad').selectOption('administrator');
      await row.getByRole('button', { name: 'Save role' }).click();
      await admin.page.waitForLoadState('load');
      assert.equal(await admin.page.locator('tbody tr', { hasText: email }).getByLabel('Role of Layla Haddad').inputValue(), 'administrator');

      const allowed = await participant.page.goto(`${demo.server.base}/admin/users`);
      assert.equal(allowed.status(), 200);
      await participant.page.getByRole('link', { name: 'Users', exact: true }).waitFor();

      assert.deepEqual([...participant.errors, ...admin.errors], []);
      await participant.context.close();
      await admin.context.close();
    });

    test('a participant sees where she is signed in and signs another browser out', async () => {
      const email = uniqueEmail('hana');
      const phone = await openPage(demo.browser, mode);
      await register(phone.page, mode, demo.server.base, 'Hana Yusuf', email);
      const laptop = await openPage(demo.browser, mode);
      await logIn(laptop.page, mode, demo.server.base, email, 'district health 2027');
      await laptop.page.goto(`${demo.server.base}/account`);
      await ready(laptop.page, mode);
      const sessions = laptop.page.locator('table.sign-ins tbody tr');
      assert.equal(await sessions.count(), 2);
      assert.equal(await laptop.page.getByText('This browser').count(), 1);
      await Promise.all([laptop.page.waitForURL(/saved=sessions/),
        laptop.page.getByRole('button', { name: 'End this session' }).click()]);
      await laptop.page.getByText('The session has been ended: that browser is signed out.').waitFor();

      // The phone is signed out on its next request; the laptop is not.
      await phone.page.goto(`${demo.server.base}/account`);
      await phone.page.waitForURL(/\/login\?next=%2Faccount$/);
      await laptop.page.goto(`${demo.server.base}/account`);
      await laptop.page.getByRole('heading', { name: 'Your account' }).waitFor();
      assert.equal(await sessions.count(), 1);
      assert.deepEqual([...phone.errors, ...laptop.errors], []);
      await phone.context.close();
      await laptop.context.close();
    });

    test('unknown pages show a 404 page', async () => {
      const { context, page } = await openPage(demo.browser, mode);
      const response = await page.goto(`${demo.server.base}/no-such-page`);
      assert.equal(response.status(), 404);
      assert.equal(await page.title(), 'Page not found');
      await context.close();
    });
  });
}

test('hashed static files are compressed and cached for a year', async () => {
  const page = await (await fetch(`${demo.server.base}/login`)).text();
  // The stylesheet's link, and the script and wasm named in the island loader.
  const assets = [...page.matchAll(/"(\/pkg\/[^"]+)"/g)].map((m) => m[1]);
  assert.ok(assets.some((a) => a.endsWith('.css')), `no stylesheet in ${assets}`);
  assert.ok(assets.some((a) => a.endsWith('.js')), `no script in ${assets}`);
  assert.ok(assets.some((a) => a.endsWith('.wasm')), `no wasm in ${assets}`);
  for (const asset of assets) {
    assert.match(asset, /\.[A-Za-z0-9_-]{22}\.(css|js|wasm)$/, `${asset} has no content hash`);
    const response = await fetch(`${demo.server.base}${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(response.status, 200, asset);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', asset);
    assert.match(response.headers.get('content-encoding') ?? '', /^(br|gzip)$/, asset);
  }
});
