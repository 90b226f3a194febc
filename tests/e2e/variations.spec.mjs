// Many submits, safely: N variations with N seeds side by side, a slip of the finger that
// starts nothing, a rate limit in the middle of a set, a reload in the middle of a set,
// and "Cancel all queued".
import { test, expect, openApp, settled, submits } from './support.mjs';

test.use({ fakeSpeed: 4 });

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const cards = (page) => page.locator('.current .job-card');
const setPanel = (page) => page.getByTestId('job-set');

/** Fills the Wan form with the fake's sample image. */
async function fillForm(page, fake, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(generate(page)).toBeEnabled();
}

test('a double Ctrl+Enter or double click starts one job, however fast the API answers; a deliberate repeat works', async ({ page, fake }) => {
  // The page's clock, so the repeat guard's two seconds can be let pass at once (time
  // flows as usual otherwise).
  await page.clock.install();
  await openApp(page, fake);
  await fillForm(page, fake, 'Once is enough');
  const prompt = page.locator('#field-prompt');
  await prompt.press('Control+Enter');
  // The API has answered (the job is listed) before the second press.
  await expect(cards(page)).toHaveCount(1);
  await prompt.press('Control+Enter');
  // The guard's note: the second press was refused, not sent.
  await expect(page.getByTestId('set-note')).toContainText('Not sent again: these exact inputs were sent a moment ago');
  await settled(page);
  expect(submits(fake)).toHaveLength(1);

  // Other inputs go at once; a double click sends them once.
  await prompt.fill('Twice is a slip');
  await generate(page).dblclick();
  await expect.poll(() => submits(fake).length).toBe(2);
  // Its job listed and Generate back: both clicks have been dealt with.
  await expect(page.locator('.job-card')).toHaveCount(2);
  await expect(generate(page)).toBeEnabled();
  await settled(page);
  expect(submits(fake)).toHaveLength(2);

  // The same inputs after the two seconds: a deliberate repeat.
  await page.clock.runFor(2_000);
  await prompt.press('Control+Enter');
  await expect.poll(() => submits(fake).length).toBe(3);
  await expect(page.getByTestId('set-note')).toHaveCount(0);
});

test('N variations: N jobs with N distinct seeds, priced together, shown side by side; Keep this seed', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'A heron in three takes');
  await page.getByLabel('Variations').fill('3');
  await page.getByLabel('Variations').press('Tab');
  await expect(page.getByTestId('price')).toContainText('≈ $0.40 for 5 s × 3 jobs = $1.20');
  await generate(page).click();
  await expect.poll(() => submits(fake).length).toBe(3);
  const seeds = submits(fake).map((s) => JSON.parse(s.body).seed);
  expect(new Set(seeds).size).toBe(3);
  for (const seed of seeds) expect(Number.isInteger(seed)).toBe(true);
  for (const s of submits(fake)) expect(JSON.parse(s.body).prompt).toBe('A heron in three takes');

  await expect(cards(page)).toHaveCount(3);
  await expect(page.locator('.current .job-grid')).toBeVisible();
  await expect(setPanel(page)).toContainText('3 variations: 3 sent');
  for (const seed of seeds) await expect(page.locator('.current')).toContainText(`seed: ${seed}`);
  // Side by side on a laptop: the first two cards share a row.
  const rowGap = async () => Math.abs((await cards(page).nth(0).boundingBox()).y - (await cards(page).nth(1).boundingBox()).y);
  await expect.poll(rowGap).toBeLessThan(2);
  await expect(cards(page).getByTestId('job-status')).toHaveText(['Done', 'Done', 'Done'], { timeout: 30_000 });

  const second = cards(page).filter({ hasText: `seed: ${seeds[1]}` });
  // Side by side a card keeps what comparing needs in view; its other actions wait behind
  // "More", and the shared prompt is in the form, not repeated on every card.
  await expect(second.getByRole('button', { name: 'Run again with new seed' })).toBeHidden();
  await expect(second.getByText('A heron in three takes')).toBeHidden();
  await second.getByText('More', { exact: true }).press('Enter');
  await expect(second.getByRole('button', { name: 'Run again with new seed' })).toBeVisible();
  await second.getByRole('button', { name: 'Keep this seed' }).click();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(String(seeds[1]));
});

test('a 429 in the middle of a set pauses the rest as RunComfy asks, sends nothing twice, and the turned-away one can be sent', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Slow down [429-second]');
  await page.getByLabel('Variations').fill('3');
  await page.getByLabel('Variations').press('Tab');
  await generate(page).click();
  await expect(page.getByTestId('set-note')).toHaveText('RunComfy asked to slow down: the rest of the set waits 2 s.');
  await expect(page.locator('.submit-error')).toContainText('Too many requests');
  expect(submits(fake)).toHaveLength(2);
  await expect.poll(() => submits(fake).length, { timeout: 10_000 }).toBe(3);
  const gap = submits(fake)[2].time - submits(fake)[1].time;
  expect(gap).toBeGreaterThanOrEqual(1_900);
  await expect(setPanel(page)).toContainText('3 variations: 2 sent, 1 not sent');
  await expect(cards(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Send the one not sent' }).click();
  await expect.poll(() => submits(fake).length).toBe(4);
  await expect(setPanel(page)).toContainText('3 variations: 3 sent');
  await expect(cards(page)).toHaveCount(3);
  // Generate back: the set's sending is over, anything more would have gone by now.
  await expect(generate(page)).toBeEnabled();
  await settled(page);
  expect(submits(fake)).toHaveLength(4);
});

test('a reload in the middle of a set sends nothing by itself and lists what was not sent', async ({ page, fake }) => {
  await page.clock.install();
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  await fillForm(page, fake, 'Interrupted [submit-4s]');
  await page.getByLabel('Variations').fill('3');
  await page.getByLabel('Variations').press('Tab');
  await generate(page).click();
  await expect(cards(page)).toHaveCount(1, { timeout: 10_000 });
  // The second submit is on its way (answered after 4 s, time enough for a reload on a busy machine): reload now.
  await expect.poll(() => submits(fake).length).toBe(2);
  await page.reload();
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await expect(setPanel(page)).toContainText('3 variations: 1 sent, 2 not sent');
  // The reloaded app's first 2.5 s, at once: whatever it would start by itself has started.
  await page.clock.runFor(2_500);
  await settled(page);
  expect(submits(fake)).toHaveLength(2);

  // The one on its way may have started: sending asks first.
  const asked = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    dialog.accept();
  });
  await page.getByRole('button', { name: 'Send the 2 not sent' }).click();
  await expect.poll(() => submits(fake).length).toBe(4);
  expect(asked.join('\n')).toContain('RunComfy may have started it');
  await expect(setPanel(page)).toContainText('3 variations: 3 sent');
});

test('"Cancel all queued" cancels every queued job of the set', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Never mind [hold]');
  await page.getByLabel('Variations').fill('2');
  await page.getByLabel('Variations').press('Tab');
  await generate(page).click();
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).getByTestId('job-status')).toHaveText([/Queued/, /Queued/]);
  await setPanel(page).getByRole('button', { name: 'Cancel all queued' }).click();
  await expect(cards(page).getByTestId('job-status')).toHaveText(['Cancelled', 'Cancelled']);
  const cancels = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cancel'));
  expect(cancels).toHaveLength(2);
  await expect(setPanel(page).getByRole('button', { name: 'Cancel all queued' })).toHaveCount(0);
});
