// RunComfy's catalog: a model found by name or category in the picker, its form, its price
// before the run and its cost after, its output in the right player; every catalog failure
// with its own message and nothing lost. The fake serves real published schemas
// (tests/fixtures/catalog/).
import { test, expect, openApp, seriousViolations, settled, submits, TOKEN } from './support.mjs';

test.use({ fakeSpeed: 4 });

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const combobox = (page) => page.getByRole('combobox', { name: 'Model' });
const current = (page) => page.locator('.current .job-card');
const price = (page) => page.getByTestId('price');
/** The models listed (the listbox's options, not the category select's). */
const options = (page) => page.getByRole('listbox').getByRole('option');

/** Opens the model panel from the picker line. */
async function openModels(page) {
  const picker = page.locator('.model-current');
  if ((await picker.getAttribute('aria-expanded')) !== 'true') await picker.click();
  await expect(page.locator('#model-panel')).toBeVisible();
}

/** Searches the catalog and chooses the option named `name` by keyboard, once the
 *  answer to this very search is listed. */
async function chooseByKeyboard(page, fake, search, name) {
  await openModels(page);
  await combobox(page).fill(search);
  await expect
    .poll(() => fake.requests.some((r) => r.path === '/v1/models' && new URLSearchParams(r.query).get('search') === search))
    .toBe(true);
  await expect(page.locator('#model-search-status')).not.toContainText('Loading');
  await expect(options(page).filter({ hasText: name })).toHaveCount(1);
  const index = await options(page).evaluateAll(
    (all, wanted) => all.findIndex((o) => o.textContent.includes(wanted)),
    name,
  );
  for (let i = 0; i <= index; i++) await combobox(page).press('ArrowDown');
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', `model-option-${index}`);
  await combobox(page).press('Enter');
  await expect(page.locator('.model-current')).toContainText(name);
}

test('an image model found by name: options with price, chosen by keyboard, its form, exact body, the image, the cost', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('A lighthouse at dusk');
  await openModels(page);
  await combobox(page).fill('klein');
  const option = options(page);
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('FLUX 2 Klein 4B | Text to Image');
  await expect(option).toContainText('blackforestlabs/flux-2-klein/4b/text-to-image');
  await expect(option).toContainText('text-to-image · $0.009/run');
  await chooseByKeyboard(page, fake, 'klein', 'FLUX 2 Klein 4B');

  // The form follows the schema; what was typed stays.
  await expect(page.locator('#field-prompt')).toHaveValue('A lighthouse at dusk');
  await expect(page.locator('#field-width')).toHaveValue('1024');
  await expect(page.locator('#field-img_url')).toHaveCount(0);
  await expect(price(page)).toContainText('$0.009 per run');
  await expect(price(page)).toContainText("RunComfy's base rate");

  await page.locator('#field-width').fill('768');
  await generate(page).click();
  await expect(current(page).getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  const [submit] = submits(fake);
  expect(submit.path).toBe('/v1/models/blackforestlabs/flux-2-klein/4b/text-to-image');
  expect(JSON.parse(submit.body)).toEqual({ prompt: 'A lighthouse at dusk', width: 768, height: 1024 });
  const image = current(page).locator('img.player');
  await expect.poll(() => image.evaluate((i) => i.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(current(page).getByRole('link', { name: 'Download' })).toHaveAttribute('download', /^flux-2-klein-.{8}\.png$/);
  await expect(current(page).getByTestId('job-cost')).toHaveText('Cost $0.009');
  await expect(page.getByTestId('total-cost')).toHaveText('Cost of the jobs listed: $0.009');
  // The result was asked for with its cost; the token never in a URL.
  const results = fake.requests.filter((r) => r.path.endsWith('/result'));
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) expect(r.query).toMatch(/^include_cost=true&?$/);
  for (const r of fake.requests) expect(`${r.path}?${r.query}`).not.toContain(TOKEN);

  // Remembered with its name and price over a reload.
  await page.reload();
  await expect(page.locator('.model-current')).toContainText('FLUX 2 Klein 4B | Text to Image');
  await page.locator('#welcome-token').fill(TOKEN);
  await expect(price(page)).toContainText('$0.009 per run');
  await expect(page.getByTestId('total-cost')).toHaveText('Cost of the jobs listed: $0.009');
});

test('the same search typed again asks nothing more and keeps the option the arrows reached', async ({ page, fake }) => {
  // The page's clock, so the pause after typing can be let pass at once.
  await page.clock.install();
  await openApp(page, fake);
  await openModels(page);
  await combobox(page).fill('klein');
  await expect(options(page)).toHaveCount(1);
  const asked = () =>
    fake.requests.filter((r) => r.method === 'GET' && r.path === '/v1/models' && new URLSearchParams(r.query).get('search') === 'klein').length;
  await expect.poll(asked).toBe(1);
  await combobox(page).press('ArrowDown');
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', 'model-option-0');
  await combobox(page).fill('klein');
  // Past the pause after typing (300 ms): a search it would start has started and ended.
  await page.clock.runFor(1_000);
  await settled(page);
  expect(asked()).toBe(1);
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', 'model-option-0');
});

test('an audio model found by category: the prompt goes out, the audio plays', async ({ page, fake }) => {
  await openApp(page, fake);
  await openModels(page);
  await page.getByLabel('Category').selectOption('text-to-audio');
  // Only models of that category are listed once the filter has been applied.
  await expect
    .poll(async () => (await options(page).allTextContents()).map((o) => o.includes('text-to-audio')))
    .toEqual([true, true]);
  await expect(options(page).filter({ hasText: 'Seed Audio 1.0' })).toBeVisible();
  await options(page).filter({ hasText: 'Seed Audio 1.0' }).click();
  await expect(page.locator('.model-current')).toContainText('Seed Audio 1.0 | Text to Audio');
  await page.locator('#field-prompt').fill('Hello from the workbench');
  await expect(price(page)).toContainText('$0.01 per run');
  await generate(page).click();
  await expect(current(page).getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  const body = JSON.parse(submits(fake)[0].body);
  expect(body.prompt).toBe('Hello from the workbench');
  expect(submits(fake)[0].path).toBe('/v1/models/bytedance/seed-audio-1.0/text-to-audio');
  const audio = current(page).locator('audio');
  await expect(audio).toBeVisible();
  await expect.poll(() => audio.evaluate((a) => a.duration), { timeout: 10_000 }).toBeGreaterThan(1);
  await audio.evaluate((a) => a.play());
  await expect.poll(() => audio.evaluate((a) => a.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.1);
  await expect(current(page).getByRole('link', { name: 'Download' })).toHaveAttribute('download', /\.wav$/);
});

test("Wan 2.2's price before and its cost after; a per-second model with duration auto shows its rate", async ({ page, fake }) => {
  await openApp(page, fake);
  await expect(price(page)).toContainText('≈ $0.40 for 5 s');
  await page.locator('#field-prompt').fill('A fox in the snow');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await generate(page).click();
  await expect(current(page).getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  await expect(current(page).getByTestId('job-cost')).toHaveText('Cost $0.40');

  await chooseByKeyboard(page, fake, 'flux 3 video', 'FLUX 3 | Text to Video');
  // Switching: the prompt is kept, untouched fields take the new model's defaults.
  await expect(page.locator('#field-prompt')).toHaveValue('A fox in the snow');
  await expect(page.getByLabel('duration', { exact: true })).toHaveValue('auto');
  await expect(price(page)).toContainText('$0.10/s (duration auto)');
  await page.getByLabel('duration', { exact: true }).selectOption('10');
  await expect(price(page)).toContainText('≈ $1.00 for 10 s');

  // The video model runs: its exact body, its video, what it cost. (Until its submit is
  // out, the card in view is still the first job's, which is done too.)
  await generate(page).click();
  await expect.poll(() => submits(fake).length).toBe(2);
  await expect(current(page).getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  const [, submit] = submits(fake);
  expect(submit.path).toBe('/v1/models/blackforestlabs/flux-3/text-to-video');
  expect(JSON.parse(submit.body)).toEqual({
    prompt: 'A fox in the snow',
    aspect_ratio: 'auto',
    resolution: '720p',
    duration: '10',
    generate_audio: true,
    safety_tolerance: 2,
  });
  const video = current(page).locator('video');
  await expect.poll(() => video.evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(current(page).getByTestId('job-cost')).toHaveText('Cost $1.00');
  await expect(page.getByTestId('total-cost')).toHaveText('Cost of the jobs listed: $1.40');
});

test('without a token the picker says one is needed and asks nothing; the built-in model works', async ({ page, fake }) => {
  await page.clock.install();
  await openApp(page, fake, { token: '' });
  await openModels(page);
  await expect(combobox(page)).toBeDisabled();
  await expect(page.locator('#model-panel')).toContainText("Paste your API token to browse RunComfy's models");
  await expect(page.getByRole('button', { name: 'wan-ai/wan-2-2/image-to-video (built in)' })).toBeVisible();
  // Past the catalog's own waits (300 ms after typing, 700 ms after the token): whatever it
  // would ask has been asked.
  await page.clock.runFor(1_000);
  await settled(page);
  expect(fake.requests.filter((r) => r.path.startsWith('/v1/'))).toEqual([]);
  await expect(price(page)).toHaveCount(0);
});

for (const [keyword, expected] of [
  ['[catalog-401]', 'did not accept the API token'],
  ['[catalog-403]', 'not allowed'],
  ['[catalog-500]', 'unavailable right now (HTTP 500)'],
  ['[catalog-malformed]', 'not the expected JSON'],
  ['[catalog-shape]', 'not the expected JSON'],
  ['[catalog-200-error]', 'Model catalog unavailable'],
]) {
  test(`a catalog failure ${keyword} gets its message and changes nothing else`, async ({ page, fake }) => {
    await openApp(page, fake);
    await page.locator('#field-prompt').fill('Kept as typed');
    await openModels(page);
    await combobox(page).fill(`video ${keyword}`);
    const alert = page.locator('#model-search-status [role="alert"]');
    await expect(alert).toContainText("RunComfy's models could not be loaded.");
    await expect(alert).toContainText(expected);
    await expect(options(page)).toHaveCount(0);
    await expect(page.locator('.model-current')).toContainText('Wan 2.2 Image-to-Video');
    await expect(page.locator('#field-prompt')).toHaveValue('Kept as typed');
    // The next search works again.
    await combobox(page).fill('klein');
    await expect(options(page)).toHaveCount(1);
    await expect(alert).toHaveCount(0);
  });
}

test('a catalog the browser may not reach (CORS) says so', async ({ page, fake }) => {
  await openApp(page, fake);
  await openModels(page);
  await expect(options(page).first()).toBeVisible();
  fake.setCors(false);
  await combobox(page).fill('wan');
  await expect(page.locator('#model-search-status [role="alert"]')).toContainText('Could not reach the API');
  await expect(page.locator('#field-img_url')).toBeVisible();
});

test('"More models" pages through the whole catalog', async ({ page, fake }) => {
  await openApp(page, fake);
  await openModels(page);
  const listed = options(page);
  await expect(listed).toHaveCount(8);
  await page.getByRole('button', { name: 'More models (8 of 24 shown)' }).click();
  await expect(listed).toHaveCount(16);
  await page.getByRole('button', { name: 'More models (16 of 24 shown)' }).click();
  await expect(listed).toHaveCount(24);
  await expect(page.getByRole('button', { name: /More models/ })).toHaveCount(0);
  const ids = await page.locator('.model-option code').allTextContents();
  expect(new Set(ids).size).toBe(24);
  await combobox(page).fill('no such model anywhere');
  await expect(page.locator('#model-search-status')).toContainText('No RunComfy model matches this search.');
  expect(await seriousViolations(page)).toEqual([]);
});
