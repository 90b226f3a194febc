// The form rendered from the schema, and the image checks in the browser.
import { test, expect, openApp, putFile, settled } from './support.mjs';
import { png, gif, bmp, file } from './lib/images.mjs';

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const imageStatus = (page) => page.locator('#status-img_url');

test('every schema field is there by its label, with its default', async ({ page }) => {
  await openApp(page, null, { token: '' });
  await expect(page.getByLabel('Prompt', { exact: false }).first()).toBeVisible();
  await expect(page.locator('#field-prompt')).toHaveValue('');
  await expect(page.getByLabel('Negative Prompt')).toHaveValue('');
  await expect(page.locator('#field-img_url')).toBeVisible();
  await expect(page.getByLabel('Image', { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel('Template')).toHaveValue('');
  await expect(page.getByRole('radiogroup', { name: 'Resolution' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '480P' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '1080P' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: '5' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Magic Prompt' })).toBeChecked();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('');
  // Labels are the schema's titles, tied to their controls.
  for (const [id, title] of [
    ['field-prompt', 'Prompt'],
    ['field-negative_prompt', 'Negative Prompt'],
    ['field-img_url', 'Image'],
    ['field-template', 'Template'],
    ['field-prompt_extend', 'Magic Prompt'],
    ['field-seed', 'Seed'],
  ]) {
    await expect(page.locator(`label[for="${id}"]`)).toContainText(title);
  }
  // The image's help text is the schema's description.
  await expect(page.locator('#help-img_url')).toContainText('Width and height between 360~2000 px');
  // Invalid while empty: Generate disabled, reasons listed.
  await expect(generate(page)).toBeDisabled();
  await expect(page.locator('#generate-reasons')).toContainText('Prompt is required');
  await expect(page.locator('#generate-reasons')).toContainText('API token');
});

test('the prompt counter warns near the limit and blocks past it', async ({ page }) => {
  await openApp(page, null);
  const counter = page.locator('#field-prompt + .counter');
  await page.locator('#field-prompt').fill('a'.repeat(750));
  await expect(counter).toHaveText('750 / 800');
  await expect(counter).toHaveClass(/warn/);
  await page.locator('#field-prompt').fill('a'.repeat(801));
  await expect(counter).toHaveClass(/over/);
  await expect(page.locator('#error-prompt')).toContainText('801');
  await expect(generate(page)).toBeDisabled();
});

test('the dice fills a random 32-bit seed', async ({ page }) => {
  await openApp(page, null);
  const field = page.getByLabel('Seed', { exact: true });
  const dice = page.getByRole('button', { name: 'Random seed' });
  // Empty before (an empty field would read as 0, a seed in range).
  await expect(field).toHaveValue('');
  /** Presses the dice and returns the seed it wrote: digits only, below 2^32. */
  const roll = async (previous) => {
    await dice.click();
    // The value changes from what it was (the chance of the same seed twice is 1 in 2^32).
    await expect(field).not.toHaveValue(previous);
    const text = await field.inputValue();
    expect(text).toMatch(/^\d+$/);
    expect(Number(text)).toBeLessThan(2 ** 32);
    return text;
  };
  const first = await roll('');
  const second = await roll(first);
  expect(second).not.toBe(first);
});

const badImages = [
  ['too small', () => file('small.png', 'image/png', png(359, 600)), 'must be at least 360 pixels'],
  ['too large', () => file('large.png', 'image/png', png(2001, 800)), 'must not exceed 2000 pixels'],
  ['too heavy', () => file('heavy.png', 'image/png', png(2000, 1800, { noise: true })), 'less than 10 MB'],
  ['alpha PNG', () => file('alpha.png', 'image/png', png(800, 600, { alpha: true })), 'transparency'],
  ['tRNS PNG', () => file('trns.png', 'image/png', png(800, 600, { trns: true })), 'transparency'],
  ['GIF', () => file('anim.gif', 'image/gif', gif(800, 600)), 'GIF images are not supported'],
  ['not an image', () => file('notes.png', 'image/png', Buffer.from('just some text, not pixels')), 'not an image'],
];

for (const [name, make, message] of badImages) {
  test(`a ${name} image shows its message and keeps Generate disabled`, async ({ page }) => {
    await openApp(page, null);
    await page.locator('#field-prompt').fill('A cat walks');
    await page.locator('#file-img_url').setInputFiles(make());
    await expect(imageStatus(page)).toContainText(message, { timeout: 20_000 });
    await expect(generate(page)).toBeDisabled();
  });
}

test('a valid local image shows its preview and measurements and enables Generate', async ({ page }) => {
  await openApp(page, null);
  await page.locator('#field-prompt').fill('A cat walks');
  await page.locator('#file-img_url').setInputFiles(file('ok.bmp', 'image/bmp', bmp(640, 360)));
  await expect(page.getByTestId('image-facts')).toHaveText(/640 × 360 px · \d+ KB · BMP/);
  await expect(page.getByRole('img', { name: 'Preview of the input image' })).toBeVisible();
  await expect(imageStatus(page)).toContainText('Within the model');
  await expect(generate(page)).toBeEnabled();
});

test('both bounds are allowed: 360 and 2000 pass', async ({ page }) => {
  await openApp(page, null);
  await page.locator('#file-img_url').setInputFiles(file('edge.png', 'image/png', png(360, 2000)));
  await expect(page.getByTestId('image-facts')).toHaveText(/360 × 2000 px/);
  await expect(imageStatus(page)).toContainText('Within the model');
});

test('Fit to limits turns 2400×1200 into 2000×1000 and passes', async ({ page }) => {
  await openApp(page, null);
  await page.locator('#field-prompt').fill('A cat walks');
  await page.locator('#file-img_url').setInputFiles(file('wide.png', 'image/png', png(2400, 1200)));
  await expect(imageStatus(page)).toContainText('must not exceed 2000 pixels');
  await page.getByRole('button', { name: 'Fit to limits' }).click();
  await expect(page.getByTestId('image-facts')).toHaveText(/2000 × 1000 px · .* · JPEG/);
  await expect(imageStatus(page)).toContainText('Within the model');
  await expect(generate(page)).toBeEnabled();
});

test('Fit to limits flattens an alpha PNG on white', async ({ page }) => {
  await openApp(page, null);
  await page.locator('#file-img_url').setInputFiles(file('alpha.png', 'image/png', png(800, 600, { alpha: true })));
  await expect(imageStatus(page)).toContainText('transparency');
  await page.getByRole('button', { name: 'Fit to limits' }).click();
  await expect(page.getByTestId('image-facts')).toHaveText(/800 × 600 px · .* · JPEG/);
  await expect(imageStatus(page)).toContainText('Within the model');
});

test('a too-small image cannot be fitted, and the page says so', async ({ page }) => {
  await openApp(page, null);
  await page.locator('#file-img_url').setInputFiles(file('small.png', 'image/png', png(300, 300)));
  await expect(imageStatus(page)).toContainText('cannot be fixed here');
  await expect(page.getByRole('button', { name: 'Fit to limits' })).toHaveCount(0);
});

test('image URLs: not https, unreachable and not-an-image each get their own message', async ({ page, fake }) => {
  await openApp(page, fake);
  const url = page.locator('#field-img_url');
  await url.fill('http://example.com/cat.jpg');
  await expect(imageStatus(page)).toContainText('must start with https://');
  await url.fill('http://127.0.0.1:9/nothing-listens-here.png');
  await expect(imageStatus(page)).toContainText('could not be loaded', { timeout: 20_000 });
  await url.fill(`${fake.url}/images/missing.png`);
  await expect(imageStatus(page)).toContainText('HTTP 404');
  await url.fill(`${fake.url}/__control/jobs`);
  await expect(imageStatus(page)).toContainText('not an image');
  await expect(generate(page)).toBeDisabled();
});

test('an image URL whose host allows it is measured fully', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('A cat walks');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toHaveText(/640 × 360 px · \d+ KB · PNG/);
  await expect(imageStatus(page)).toContainText('RunComfy cannot fetch it');
  await expect(generate(page)).toBeEnabled();
});

test('a file dropped or pasted onto the image field is checked', async ({ page }) => {
  await openApp(page, null);
  const put = (kind, name, type, bytes) =>
    putFile(page, kind, kind === 'drop' ? '.image-field' : '#field-img_url', name, type, bytes);
  await put('drop', 'dropped.bmp', 'image/bmp', bmp(400, 380));
  await expect(page.getByTestId('image-facts')).toHaveText(/400 × 380 px · \d+ KB · BMP/);
  await expect(page.locator('.image-label')).toHaveText('dropped.bmp');
  await put('paste', 'pasted.png', 'image/png', png(500, 420));
  await expect(page.getByTestId('image-facts')).toHaveText(/500 × 420 px · \d+ KB · PNG/);
  await expect(page.locator('.image-label')).toHaveText('pasted.png');
});

test('a local image survives a reload (kept on the device)', async ({ page }) => {
  await openApp(page, null);
  await page.locator('#field-prompt').fill('Keep my picture');
  await page.locator('#file-img_url').setInputFiles(file('keep.png', 'image/png', png(640, 480)));
  await expect(page.getByTestId('image-facts')).toHaveText(/640 × 480 px/);
  await page.reload();
  await expect(page.locator('#field-prompt')).toHaveValue('Keep my picture');
  await expect(page.getByTestId('image-facts')).toHaveText(/640 × 480 px · \d+ KB · PNG/);
});

test('the address of the image already checked, pasted again, keeps its result: no second fetch', async ({ page, fake }) => {
  // The page's clock, so the field's wait after typing can be let pass at once.
  await page.clock.install();
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('A heron waits');
  const url = `${fake.url}/images/sample.png`;
  await page.locator('#field-img_url').fill(url);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(generate(page)).toBeEnabled();
  const fetches = () => fake.requests.filter((r) => r.path === '/images/sample.png').length;
  const before = fetches();
  expect(before).toBeGreaterThan(0);
  await page.locator('#field-img_url').fill(url);
  // Past the 600 ms the field waits after typing before it checks: a check it would start
  // has started, and its fetch has ended.
  await page.clock.runFor(1_000);
  await settled(page);
  await expect(imageStatus(page)).not.toContainText('Checking');
  await expect(generate(page)).toBeEnabled();
  expect(fetches()).toBe(before);
  // Another address is checked as usual.
  await page.locator('#field-img_url').fill(`${url}?v=2`);
  await expect.poll(fetches).toBeGreaterThan(before);
});
