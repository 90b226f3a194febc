// Money and time: the account's balance in the token chip (refreshed after each job and on
// demand; a browser that cannot reach it is told once), a spending limit that asks before
// a press would pass it and stops a set at it, a warning when a press costs more than the
// balance, completion seen at once once a model's run time is known, and a finished job in
// a hidden tab notifies.
import { test, expect, openApp, openSettings, closeSettings, settled, submits, TOKEN } from './support.mjs';

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const cards = (page) => page.locator('.job-card');
const chipBalance = (page) => page.getByTestId('token-chip').getByTestId('balance');

async function fillForm(page, fake, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(generate(page)).toBeEnabled();
}

async function setVariations(page, n) {
  await page.getByLabel('Variations').fill(String(n));
  await page.getByLabel('Variations').press('Tab');
}

function control(fake, path, body) {
  return fetch(`${fake.url}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) });
}

const balanceCalls = (fake) => fake.requests.filter((r) => r.method === 'GET' && r.path === '/prod/v2/balance');

async function setLimit(page, usd, per = 'day') {
  const dialog = await openSettings(page);
  await dialog.locator('#budget-per').selectOption(per);
  await dialog.locator('#budget-limit').fill(usd);
  await dialog.locator('#budget-limit').press('Tab');
  await closeSettings(page);
}

test.describe('with a fast fake', () => {
  test.use({ fakeSpeed: 4 });

  test('the balance shows in the token chip, drops by what a job cost, and refreshes on demand', async ({ page, fake }) => {
    await control(fake, 'balance', { usd: 12.34 });
    await openApp(page, fake);
    await expect(chipBalance(page)).toHaveText('· $12.34');
    // Asked with the token, in the Authorization header only.
    const [call] = balanceCalls(fake);
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call.query).toBe('');

    await fillForm(page, fake, 'A paid heron');
    await generate(page).click();
    await expect(cards(page).first().getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
    // The Wan job cost $0.40 (5 s at $0.08): the balance is asked again once it ends.
    await expect(chipBalance(page)).toHaveText('· $11.94');
    // The spend view counts what the fake billed.
    const id = await cards(page).first().getAttribute('data-request-id');
    const result = await (await fetch(`${fake.url}/v1/requests/${id}/result?include_cost=true`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
    expect(result.cost).toBe(0.4);
    await expect(page.getByTestId('spend').getByTestId('spend-today')).toHaveText('$0.40');

    // On demand: the settings' Refresh asks again and shows the answer.
    await control(fake, 'balance', { usd: 50 });
    const dialog = await openSettings(page);
    await expect(dialog.getByTestId('balance-field')).toHaveText('$11.94');
    const asked = balanceCalls(fake).length;
    await dialog.getByRole('button', { name: 'Refresh' }).click();
    await expect(dialog.getByTestId('balance-field')).toHaveText('$49.60');
    expect(balanceCalls(fake).length).toBe(asked + 1);
    await closeSettings(page);
    await expect(chipBalance(page)).toHaveText('· $49.60');
  });

  test('a balance the browser may not read (no CORS) is said once, with the proxy offered, and jobs go on', async ({ page, fake }) => {
    await control(fake, 'balance', { cors: false });
    await openApp(page, fake);
    const note = page.getByTestId('balance-note');
    await expect(note).toContainText('This page cannot read your RunComfy balance: the browser blocked the call (CORS).');
    await expect(note.getByRole('link', { name: 'How to host a proxy (README, Hosting)' })).toBeVisible();
    await expect(chipBalance(page)).toHaveCount(0);
    const dialog = await openSettings(page);
    await expect(dialog.getByTestId('balance-field')).toContainText('the browser blocked the call (CORS)');
    await closeSettings(page);
    // Jobs are not affected.
    await fillForm(page, fake, 'Still working');
    await generate(page).click();
    await expect(cards(page).first().getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
    // Dismissed: not said again, not even after a reload.
    await note.getByRole('button', { name: 'Close' }).click();
    await expect(note).toHaveCount(0);
    // (Each question is a CORS preflight the fake refuses: the browser sends no GET.)
    const asked = () => fake.requests.filter((r) => r.path === '/prod/v2/balance').length;
    const before = asked();
    await page.reload();
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    await page.locator('#welcome-token').fill(TOKEN);
    await expect.poll(asked).toBeGreaterThan(before);
    await settled(page);
    await expect(note).toHaveCount(0);
  });

  test('a press over the spending limit asks first: nothing, what fits, or all; a set stops at the limit and says so', async ({ page, fake }) => {
    await openApp(page, fake);
    await setLimit(page, '1.00');
    await fillForm(page, fake, 'Within means');
    await setVariations(page, 3);
    await expect(page.getByTestId('price')).toContainText('× 3 jobs = $1.20');
    await generate(page).click();
    const question = page.getByTestId('budget-question');
    await expect(question).toContainText('Spent today $0.00 + this press $1.20 = $1.20: over your limit of $1.00 a day.');
    // The question takes the focus; "Don't send" (here by Escape) sends nothing and gives it
    // back to Generate.
    await expect(question.getByRole('button', { name: "Don't send" })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    await expect(generate(page)).toBeFocused();
    await settled(page);
    expect(submits(fake)).toHaveLength(0);

    // What fits: two jobs at $0.40, then the set stops and says why.
    await generate(page).click();
    await question.getByRole('button', { name: 'Send 2 jobs, within the limit' }).click();
    await expect(page.getByTestId('set-note')).toHaveText('Stopped at your spending limit ($0.80 of $1.00): 1 job not sent.');
    await expect.poll(() => submits(fake).length).toBe(2);
    await expect(page.getByTestId('job-set')).toContainText('3 variations: 2 sent, 1 not sent');

    // One more job passes the limit (0.80 + 0.40): asked; "Send anyway" sends it.
    await setVariations(page, 1);
    await generate(page).click();
    await expect(question).toContainText('Spent today $0.80 + this press $0.40 = $1.20: over your limit of $1.00 a day.');
    await expect(question.getByRole('button', { name: /within the limit/ })).toHaveCount(0);
    await question.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => submits(fake).length).toBe(3);

    // The limit is kept with the settings.
    await page.reload();
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    const dialog = await openSettings(page);
    await expect(dialog.locator('#budget-limit')).toHaveValue('1');
    await expect(dialog.locator('#budget-per')).toHaveValue('day');
  });

  test('a set sent within the limit stops when the limit is reached meanwhile, and says so', async ({ page, fake }) => {
    // The page's clock: the set's pause after a rate limit lasts until the test lets it pass.
    await page.clock.install();
    await openApp(page, fake);
    await setLimit(page, '2', 'month');
    // Three jobs at $0.40 fit in $2.00. The second submit is refused by a rate limit, so
    // the set waits; meanwhile the limit is lowered to what the first job is expected to
    // cost: the set stops instead of sending on.
    await fillForm(page, fake, 'A pair and one more [429-second]');
    await setVariations(page, 3);
    await generate(page).click();
    await expect(page.getByTestId('set-note')).toContainText('RunComfy asked to slow down');
    await setLimit(page, '0.40', 'month');
    await page.clock.runFor(3_000);
    await expect(page.getByTestId('set-note')).toHaveText('Stopped at your spending limit ($0.40 of $0.40): 1 job not sent.');
    await settled(page);
    // The set's first job and its refused second: nothing after the stop.
    expect(submits(fake)).toHaveLength(2);
    await expect(page.getByTestId('job-set')).toContainText('3 variations: 1 sent, 2 not sent');
  });

  test('a press that costs more than the balance is warned about', async ({ page, fake }) => {
    await control(fake, 'balance', { usd: 0.5 });
    await openApp(page, fake);
    await fillForm(page, fake, 'Dear');
    await expect(chipBalance(page)).toHaveText('· $0.50');
    await expect(page.getByTestId('balance-over')).toHaveCount(0);
    await setVariations(page, 2);
    await expect(page.getByTestId('balance-over')).toHaveText(
      'This press (≈ $0.80) costs more than your balance ($0.50): RunComfy refuses what the account cannot cover.',
    );
  });
});

test('once a model\'s run time is known, its job\'s end is seen within a second and a half, with few polls', async ({ page, fake }) => {
  test.setTimeout(60_000);
  await openApp(page, fake);
  // Two runs of 6 s teach the model's run time.
  await fillForm(page, fake, 'Learning [run-6s]');
  await setVariations(page, 2);
  await generate(page).click();
  await expect(cards(page)).toHaveCount(2);
  for (const card of await cards(page).all()) await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  await setVariations(page, 1);
  await page.locator('#field-prompt').fill('Measured [run-6s]');
  await generate(page).click();
  await expect(cards(page)).toHaveCount(3);
  const card = cards(page).first();
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  const id = await card.getAttribute('data-request-id');
  const job = (await (await fetch(`${fake.url}/__control/jobs`)).json()).find((j) => j.request_id === id);
  const polls = fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/v1/requests/${id}/`));
  const seen = polls.find((r) => r.time >= job.final_at);
  expect(seen.time - job.final_at).toBeLessThanOrEqual(1500);
  // The backoff alone would ask 6 times before 6 s (at 1, 2.5, 4.75 s …) and see the end up
  // to 3.4 s late; the plan asks at 1 s, then around the end.
  expect(polls.length).toBeLessThanOrEqual(6);
});

test('a job that ends in a hidden tab raises a notification where they are allowed', async ({ page, context, fake }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install();
  await page.addInitScript(() => {
    window.__hidden = false;
    Object.defineProperty(document, 'visibilityState', { get: () => (window.__hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { get: () => window.__hidden });
    // The notifications raised, as the page asked for them.
    window.__notifications = [];
    const Real = window.Notification;
    window.Notification = class extends Real {
      constructor(title, options) {
        super(title, options);
        window.__notifications.push({ title, body: options?.body ?? '' });
      }
    };
  });
  await openApp(page, fake);
  await fillForm(page, fake, 'Behind your back [hold]');
  await generate(page).click();
  await expect(cards(page)).toHaveCount(1);
  await page.evaluate(() => {
    window.__hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.runFor(11_000);
  await settled(page);
  const id = await cards(page).first().getAttribute('data-request-id');
  await control(fake, `complete/${id}`, {});
  await page.clock.runFor(67_000);
  await expect(page).toHaveTitle('✓ Done — Wan 2.2 Image-to-Video');
  const raised = await page.evaluate(() => window.__notifications);
  expect(raised).toEqual([{ title: '✓ Done: Wan 2.2 Image-to-Video', body: `Job ${id.slice(0, 8)}: Done` }]);
});
