// The release build in two wasm modules (src/split.rs): the form works on the first one
// alone; the second (the result, the history, the settings, Generate, sending jobs,
// checking files) follows once the app has mounted; and when it cannot be fetched, the
// app says so and loses nothing.
import { test, expect, setApiBase, settled, submits, TOKEN } from './support.mjs';

// scripts/env.sh: off with WAN_SPLIT=off and on the Debian fallback toolchain, whose release
// is one module; on (or unset, outside the Makefile) the release must be two.
test.skip(process.env.WAN_SPLIT_BUILD === 'off', 'this release build is one wasm module (WAN_SPLIT_BUILD=off)');

const LATER = '**/later-*.wasm';
const prompt = (page) => page.locator('#field-prompt');
const history = (page) => page.getByRole('heading', { name: 'History' });

test('the form takes input before the second module has arrived, then the rest of the app follows', async ({ page, fake, requestedUrls, consoleErrors }) => {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  let asked = 0;
  await page.route(LATER, async (route) => {
    asked += 1;
    await gate;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  // The app asks for the second module by itself, once it has mounted.
  await expect.poll(() => asked).toBe(1);
  await prompt(page).fill('A lighthouse at dusk, waves rolling in');
  // Generate is in its place, not yet to be pressed: its bar comes with the second module.
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled();
  await expect(history(page)).toHaveCount(0);
  const [first] = requestedUrls.filter((url) => url.endsWith('.wasm'));
  expect(first).toMatch(/\/wan-i2v-[0-9a-f]+_bg\.wasm$/);

  release();
  await expect(history(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
  // Nothing typed was lost, and the second module's parts work: settings, a job sent.
  await expect(prompt(page)).toHaveValue('A lighthouse at dusk, waves rolling in');
  // (The API base first: a token with RunComfy's own base would ask it for prices.)
  await setApiBase(page, fake.url);
  await page.locator('#welcome-token').fill(TOKEN);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).length).toBe(1);
  expect(JSON.parse(submits(fake)[0].body).prompt).toBe('A lighthouse at dusk, waves rolling in');
  expect(requestedUrls.filter((url) => /\/later-[0-9a-f]+\.wasm$/.test(url))).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

test('the page asks for the second module\'s loader at once, beside the script that imports it', async ({ page, requestedUrls, consoleErrors }) => {
  // The script is held back: a loader discovered only in it would not be asked for yet.
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(/\/wan-i2v-[0-9a-f]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'commit' });
  await expect.poll(() => requestedUrls.some((url) => /\/split-[0-9a-f]+\.js$/.test(url))).toBe(true);
  // Still held: the wasm's preload goes out beside it (its request event may come a moment later).
  await expect.poll(() => requestedUrls.some((url) => /_bg\.wasm$/.test(url))).toBe(true);
  release();
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  // Each was fetched once: the script's import took the preloaded loader.
  expect(requestedUrls.filter((url) => /\/split-[0-9a-f]+\.js$/.test(url))).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

test('when the second module cannot be fetched, the app says so, sends nothing and keeps the inputs', async ({ page, fake }) => {
  // The page's clock, so the image field's wait after typing can be let pass at once.
  await page.clock.install();
  await page.route(LATER, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  const notice = page.getByTestId('not-loaded');
  await expect(notice).toHaveText(
    'A part of the app could not be loaded. Check your connection, then reload the page: your inputs and jobs are kept.',
  );
  await expect(notice).toHaveCount(1);
  await prompt(page).fill('Kept across the reload');
  await page.locator('#welcome-token').fill(TOKEN);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  // Checking the image needs the second module: the URL stays, the field is not left
  // "Checking the image…" for ever, and Generate stays in its place, not to be pressed.
  await expect(page.locator('#field-img_url')).toHaveValue(`${fake.url}/images/sample.png`);
  // The URL settles (600 ms), then its check is asked for and cannot run.
  await page.clock.runFor(1_000);
  await settled(page);
  await expect(page.locator('.media-field')).not.toContainText('Checking');
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled();
  // Ctrl+Enter sends what can be sent: here nothing, and the notice stays the one line.
  await prompt(page).press('Control+Enter');
  // What the keys set off has run, and every request the page made has ended.
  await settled(page);
  expect(submits(fake)).toHaveLength(0);
  await expect(notice).toHaveCount(1);

  await page.unroute(LATER);
  await page.reload();
  await expect(history(page)).toBeVisible();
  await expect(page.getByTestId('not-loaded')).toHaveCount(0);
  await expect(prompt(page)).toHaveValue('Kept across the reload');
});
