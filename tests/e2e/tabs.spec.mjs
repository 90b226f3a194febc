// Two tabs of the site in step: one polls a job while the other follows it, the other takes
// over when the first closes, a job from a closed tab stays in the history, a token
// forgotten in one is forgotten in both, and a set is sent by one tab only.
import { test, expect, openApp, openSettings, closeSettings, settled, submits, TOKEN } from './support.mjs';

const card = (page, id) => page.locator(`.job-card[data-request-id="${id}"]`);

/** Counts the status and result polls each page sends, by job. */
function countPolls(page) {
  const polls = [];
  page.on('request', (r) => {
    const m = /\/v1\/requests\/([^/]+)\/(status|result)/.exec(r.url());
    if (m) polls.push(m[1]);
  });
  return polls;
}

async function submitHeld(page, fake, prompt) {
  await page.locator('#field-prompt').fill(`${prompt} [hold]`);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).length).toBeGreaterThan(0);
  await expect(page.locator('.job-card').first()).toHaveAttribute('data-request-id', /.+/);
  return page.locator('.job-card').first().getAttribute('data-request-id');
}

test('one tab polls a job while the other follows it; the other takes over when it closes, and keeps it', async ({ page, context, fake }) => {
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  const a = countPolls(page);
  const id = await submitHeld(page, fake, 'Watched once');

  const tabB = await context.newPage();
  const b = countPolls(tabB);
  await tabB.goto('./');
  await expect(card(tabB, id)).toBeVisible();
  await expect(card(tabB, id).getByTestId('job-status')).toHaveText(/Queued/);
  // A few of A's polls later, B has sent none: it follows A through the stored history.
  await expect.poll(() => a.filter((x) => x === id).length, { timeout: 20_000 }).toBeGreaterThan(2);
  expect(b.filter((x) => x === id)).toEqual([]);

  // A job A submits while B is open shows in B at once.
  await page.locator('#field-prompt').fill('A second one [hold]');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(tabB.locator('.job-card')).toHaveCount(2);

  await page.close();
  await fetch(`${fake.url}/__control/release/${id}`, { method: 'POST' });
  await expect(card(tabB, id).getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  expect(b.filter((x) => x === id).length).toBeGreaterThan(0);
  await tabB.reload();
  await expect(card(tabB, id).getByTestId('job-status')).toHaveText('Done');
  await expect(tabB.locator('.job-card')).toHaveCount(2);
});

test('a deletion in one tab holds in the other; a job in each is in both', async ({ page, context, fake }) => {
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  const first = await submitHeld(page, fake, 'To be deleted');
  await fetch(`${fake.url}/__control/complete/${first}`, { method: 'POST' });
  await expect(card(page, first).getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });

  const tabB = await context.newPage();
  await tabB.goto('./');
  await expect(card(tabB, first)).toBeVisible();
  const second = await submitHeld(tabB, fake, 'Made in B');
  await expect(card(page, second)).toBeVisible();

  await card(page, first).getByRole('button', { name: 'Delete' }).click();
  await expect(card(tabB, first)).toHaveCount(0);
  await expect(card(tabB, second)).toBeVisible();
  await tabB.reload();
  await expect(card(tabB, first)).toHaveCount(0);
  await expect(card(tabB, second)).toBeVisible();
});

test('Forget token in one tab holds in the other', async ({ page, context, fake }) => {
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  const tabB = await context.newPage();
  await tabB.goto('./');
  // The token's end, then the balance once RunComfy said it.
  await expect(tabB.getByTestId('token-chip')).toHaveText(new RegExp(`^Token ✓ …${TOKEN.slice(-4)}( · \\$[\\d.]+)?$`));

  const dialog = await openSettings(page);
  await dialog.getByRole('button', { name: 'Forget token' }).click();
  await closeSettings(page);
  await expect(tabB.getByTestId('token-chip')).toHaveCount(0);
  await expect(tabB.locator('#welcome-token')).toBeVisible();
  // B's own writes after that keep it forgotten.
  await tabB.locator('#field-prompt').fill('still typing in B');
  await tabB.reload();
  await expect(tabB.getByTestId('token-chip')).toHaveCount(0);
  expect(await tabB.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN);
});

const storedSets = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('wan-i2v.sets.v1') || '[]'));

async function startSet(page, fake, prompt, count) {
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByLabel('Variations').fill(String(count));
  await page.getByLabel('Variations').press('Tab');
  await page.getByRole('button', { name: 'Generate' }).click();
}

test('a set is sent by one tab: the other, offered to send what is left, sends nothing, then follows it', async ({ page, context, fake }) => {
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  // Each submit is answered after 4 s: B opens while the first is on its way.
  await startSet(page, fake, 'Three slow ones [submit-4s]', 3);
  await expect.poll(() => submits(fake).length).toBe(1);

  const tabB = await context.newPage();
  await tabB.goto('./');
  const send = tabB.getByTestId('job-set').getByRole('button', { name: /^Send the/ });
  await expect(send).toBeVisible();
  tabB.on('dialog', (dialog) => dialog.accept());
  await send.click();
  await expect(tabB.getByTestId('set-note')).toHaveText('Another tab of this site is sending this set: nothing of it was sent from here.');
  // A sends the three, once each, and B shows A's progress.
  await expect.poll(() => submits(fake).length, { timeout: 30_000 }).toBe(3);
  await expect(page.locator('.job-card')).toHaveCount(3);
  await expect(tabB.getByTestId('job-set')).toContainText('3 sent', { timeout: 20_000 });
  await settled(page);
  await settled(tabB);
  expect(submits(fake)).toHaveLength(3);
});

test("two tabs' sets are merged, never overwritten: each keeps the other's", async ({ page, context, fake }) => {
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  await startSet(page, fake, 'Made in A [submit-1s]', 3);
  await expect.poll(() => submits(fake).length).toBe(1);
  // B starts a set of its own while A is still sending; A's later writes do not drop it.
  const tabB = await context.newPage();
  await tabB.goto('./');
  await startSet(tabB, fake, 'Made in B', 2);
  await expect.poll(() => submits(fake).length, { timeout: 30_000 }).toBe(5);
  await settled(page);
  await settled(tabB);
  const sent = (set) => set.items.filter((i) => i.state.Sent).length;
  for (const tab of [page, tabB]) {
    await expect
      .poll(async () => (await storedSets(tab)).map((set) => [set.items[0].body.prompt, sent(set)]))
      .toEqual([
        ['Made in B', 2],
        ['Made in A [submit-1s]', 3],
      ]);
  }
  // And a reload of either keeps both.
  await page.reload();
  await tabB.reload();
  await settled(page);
  expect((await storedSets(page)).map((set) => [set.items[0].body.prompt, sent(set)])).toEqual([
    ['Made in B', 2],
    ['Made in A [submit-1s]', 3],
  ]);
});
