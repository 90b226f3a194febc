// Another RunComfy model: its id and schema pasted, its form rendered, its job run.
import { test, expect, openApp, openModels, submits } from './support.mjs';

const FLUX_LITE = JSON.stringify({
  type: 'object',
  required: ['prompt'],
  properties: {
    prompt: { title: 'Prompt', type: 'string', maxLength: 1000 },
    guidance: { title: 'Guidance', type: 'number', minimum: 1, maximum: 10, default: 3.5 },
    steps: { title: 'Steps', type: 'integer', enum: [20, 30, 50], default: 30 },
  },
});

test.use({ fakeSpeed: 4 });

test('switch model by pasting its schema, run it, and come back to Wan 2.2', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('A lighthouse at dusk');
  await openModels(page);
  await page.getByText('Use another RunComfy model').click();
  await page.getByLabel('Model id').fill('acme/flux-lite/text-to-image');

  // A broken schema is refused with a pointer to the problem; Wan 2.2 stays.
  await page.getByLabel('Input schema (JSON)').fill('{"properties": {"prompt": {"type": "string"},}}');
  await page.getByRole('button', { name: 'Use this model' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be used' })).toContainText('line 1');
  await expect(page.getByTestId('model-id')).toHaveText('wan-ai/wan-2-2/image-to-video');

  await page.getByLabel('Input schema (JSON)').fill(FLUX_LITE);
  await page.getByRole('button', { name: 'Use this model' }).click();
  await expect(page.getByTestId('model-id')).toHaveText('acme/flux-lite/text-to-image');
  await expect(page.locator('#field-img_url')).toHaveCount(0);
  await expect(page.getByLabel('Guidance', { exact: true })).toHaveValue('3.5');
  await expect(page.getByRole('radio', { name: '30' })).toBeChecked();
  await expect(page.locator('#field-prompt')).toHaveValue('A lighthouse at dusk'); // shared field kept

  // A bounded number has a slider bound to the same value.
  const slider = page.getByRole('slider', { name: 'Guidance slider' });
  await expect(slider).toHaveValue('3.5');
  await slider.fill('7.3');
  await expect(page.getByLabel('Guidance', { exact: true })).toHaveValue('7.3');
  await page.getByLabel('Guidance', { exact: true }).fill('3.5');
  await expect(slider).toHaveValue('3.5');
  await page.getByRole('radio', { name: '50' }).check();
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.job-card').first();
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  await expect.poll(() => card.locator('video').evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  // Saved under the model's own name.
  await expect(card.getByRole('link', { name: 'Download' })).toHaveAttribute('download', /^flux-lite-.{8}\.webm$/);
  const sent = submits(fake);
  expect(sent).toHaveLength(1);
  expect(sent[0].path).toBe('/v1/models/acme/flux-lite/text-to-image');
  expect(JSON.parse(sent[0].body)).toEqual({ prompt: 'A lighthouse at dusk', guidance: 3.5, steps: 50 });

  // Remembered across a reload; one click goes back to the built-in model.
  await page.reload();
  await expect(page.getByTestId('model-id')).toHaveText('acme/flux-lite/text-to-image');
  await expect(page.getByLabel('Guidance', { exact: true })).toBeVisible();
  await expect(page.locator('.model-current')).toContainText('flux-lite · text-to-image');
  await openModels(page);
  await page.getByRole('button', { name: 'wan-ai/wan-2-2/image-to-video (built in)' }).click();
  await expect(page.locator('.model-current')).toContainText('Wan 2.2 Image-to-Video');
  await expect(page.getByTestId('model-id')).toHaveText('wan-ai/wan-2-2/image-to-video');
  await expect(page.locator('#field-img_url')).toBeVisible();
  await expect(page.getByLabel('Guidance', { exact: true })).toHaveCount(0);
  await openModels(page);
  await expect(page.getByRole('button', { name: 'acme/flux-lite/text-to-image' })).toBeVisible();

  // Running the old job again goes to its own model, not the one the form shows now.
  // The token was not remembered: the button waits for it.
  const againButton = page.locator('.job-card').first().getByRole('button', { name: 'Run again with same seed' });
  await expect(againButton).toBeDisabled();
  await page.locator('#welcome-token').fill('rc-test-token-7f3a9c');
  page.on('dialog', (dialog) => dialog.accept());
  await againButton.click();
  await expect(page.locator('.job-card')).toHaveCount(2);
  const again = submits(fake);
  expect(again).toHaveLength(2);
  expect(again[1].path).toBe('/v1/models/acme/flux-lite/text-to-image');
  expect(JSON.parse(again[1].body)).toEqual(JSON.parse(again[0].body));
});

test('models an earlier release kept in the settings move to a key of their own, and the chosen one opens at once', async ({ page }) => {
  const flux = { id: 'acme/flux-lite/text-to-image', schema_json: FLUX_LITE, entry: null };
  await page.addInitScript((models) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'wan-i2v.settings.v1',
      JSON.stringify({ api_base: '/runcomfy', remember_token: false, model_id: models[0].id, custom_models: models, lang: null, variations: 2 }),
    );
    localStorage.setItem('wan-i2v.form.v1', JSON.stringify({ prompt: 'kept across the update', steps: '50' }));
  }, [flux]);
  await page.goto('./');
  // The first screen is the chosen model's form, with what was typed.
  await expect(page.getByTestId('model-id')).toHaveText(flux.id);
  await expect(page.locator('#field-prompt')).toHaveValue('kept across the update');
  await expect(page.getByRole('radio', { name: '50' })).toBeChecked();
  await expect(page.getByLabel('Guidance', { exact: true })).toHaveValue('3.5');
  await expect(page.locator('#field-img_url')).toHaveCount(0);
  // Once the rest of the app is there, the model is among those used.
  await openModels(page);
  await expect(page.locator('#model-panel').getByRole('button', { name: flux.id, exact: true })).toHaveAttribute('aria-pressed', 'true');
  const kept = await page.evaluate(() => ({
    settings: JSON.parse(localStorage.getItem('wan-i2v.settings.v1')),
    models: JSON.parse(localStorage.getItem('wan-i2v.models.v1')),
  }));
  expect(kept.settings).toEqual({ api_base: '/runcomfy', remember_token: false, model_id: flux.id, lang: null, variations: 2 });
  expect(kept.models).toEqual([flux]);

  // And a reload finds them where they are now.
  await page.reload();
  await expect(page.getByTestId('model-id')).toHaveText(flux.id);
  await expect(page.getByLabel('Guidance', { exact: true })).toBeVisible();
  await openModels(page);
  await expect(page.locator('#model-panel').getByRole('button', { name: flux.id, exact: true })).toHaveAttribute('aria-pressed', 'true');
});

const PIXELS = [
  { validation_rule: 'width_pixels>', validation_value: 360, validation_error: 'At least 360 px wide.' },
  { validation_rule: 'height_pixels>', validation_value: 360, validation_error: 'At least 360 px high.' },
];
const FIRST_LAST = JSON.stringify({
  required: ['prompt', 'start_image_url'],
  properties: {
    prompt: { title: 'Prompt', type: 'string' },
    start_image_url: { title: 'First frame', type: 'string', validations: PIXELS },
    end_image_url: { title: 'Last frame', type: 'string', validations: PIXELS },
    reference_image_urls: { title: 'References', type: 'array', items: { type: 'string', format: 'uri', validations: PIXELS } },
  },
});

test('several image fields and an image array are each checked and sent', async ({ page, fake }) => {
  await openApp(page, fake);
  await openModels(page);
  await page.getByText('Use another RunComfy model').click();
  await page.getByLabel('Model id').fill('acme/first-last/image-to-video');
  await page.getByLabel('Input schema (JSON)').fill(FIRST_LAST);
  await page.getByRole('button', { name: 'Use this model' }).click();
  await expect(page.getByTestId('model-id')).toHaveText('acme/first-last/image-to-video');

  const sample = `${fake.url}/images/sample.png`; // 640 × 360
  await page.locator('#field-prompt').fill('From dawn to dusk');
  await page.getByLabel('First frame').fill(sample);
  await page.getByLabel('Last frame').fill(sample);
  await page.getByLabel('References 1').fill(sample);
  await page.getByRole('button', { name: 'Add image' }).click();
  // A reference below the items' limit blocks Generate with the schema's message.
  await page.locator('#file-reference_image_urls-1').setInputFiles({
    name: 'tiny.bmp',
    mimeType: 'image/bmp',
    buffer: (await import('./lib/images.mjs')).bmp(200, 200),
  });
  await expect(page.locator('#status-reference_image_urls-1')).toContainText('At least 360 px wide.');
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled();
  await expect(page.locator('#generate-reasons')).toContainText('References: At least 360 px wide.');
  await page.getByLabel('References 2').fill(sample);
  await expect(page.locator('#status-reference_image_urls-1')).toContainText('640 × 360 px');
  await expect(page.getByRole('button', { name: 'Generate' })).toBeEnabled();

  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.locator('.job-card').first().getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  const sent = submits(fake);
  expect(sent[0].path).toBe('/v1/models/acme/first-last/image-to-video');
  expect(JSON.parse(sent[0].body)).toEqual({
    prompt: 'From dawn to dusk',
    start_image_url: sample,
    end_image_url: sample,
    reference_image_urls: [sample, sample],
  });
});

test('every string with a maxLength gets a counter, a one-line one too', async ({ page, fake }) => {
  await openApp(page, fake);
  await openModels(page);
  await page.getByText('Use another RunComfy model').click();
  await page.getByLabel('Model id').fill('acme/captioner/text-to-image');
  await page.getByLabel('Input schema (JSON)').fill(JSON.stringify({
    required: ['prompt'],
    properties: {
      prompt: { title: 'Prompt', type: 'string' },
      caption: { title: 'Caption', type: 'string', maxLength: 40 },
    },
  }));
  await page.getByRole('button', { name: 'Use this model' }).click();
  const caption = page.getByLabel('Caption', { exact: true });
  await expect(caption).toHaveAttribute('maxlength', '40');
  const field = page.locator('.field').filter({ has: caption });
  await expect(field.locator('.counter')).toHaveText('0 / 40');
  await expect(field.locator('.help')).toHaveText('Up to 40 characters.');
  await caption.fill('A caption of thirty-seven characters!');
  await expect(field.locator('.counter')).toHaveText('37 / 40');
  await expect(field.locator('.counter')).toHaveClass(/warn/);
});
