// Local files live on the device (IndexedDB), named in the form by a short reference: the
// stored form stays small, the request carries the exact bytes, a file survives reloads and
// trips through other models, and a form of an earlier release (a data: URI) moves over.
import { test, expect, openApp, openModels, submits, TOKEN } from './support.mjs';
import { png, file } from './lib/images.mjs';

test.use({ fakeSpeed: 4 });

const REF = /^local:sha256-[0-9a-f]{64}\?type=image\/png&bytes=\d+$/;
const storedForm = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('wan-i2v.form.v1') ?? 'null'));
const storageText = (page) => page.evaluate(() => JSON.stringify({ ...localStorage }).length);
const facts = (page) => page.getByTestId('image-facts');

/** A text-to-image model without an image field, added by pasting its schema. */
async function useTextModel(page) {
  await openModels(page);
  await page.getByText('Use another RunComfy model').click();
  await page.getByLabel('Model id').fill('acme/plain/text-to-image');
  await page.getByLabel('Input schema (JSON)').fill(JSON.stringify({ properties: { prompt: { type: 'string', title: 'Prompt' } } }));
  await page.getByRole('button', { name: 'Use this model' }).click();
  await expect(page.getByTestId('model-id')).toHaveText('acme/plain/text-to-image');
}

async function backToWan(page) {
  await openModels(page);
  await page.getByRole('button', { name: 'wan-ai/wan-2-2/image-to-video (built in)' }).click();
  await expect(page.getByTestId('model-id')).toHaveText('wan-ai/wan-2-2/image-to-video');
}

test('a 3 MB local image is kept on the device, not in the form, and the request carries its exact bytes', async ({ page, fake }) => {
  const big = png(1000, 1000, { noise: true });
  expect(big.length).toBeGreaterThan(3_000_000);
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Keep my picture');
  await page.locator('#file-img_url').setInputFiles(file('keep.png', 'image/png', big));
  await expect(facts(page)).toHaveText(/1000 × 1000 px · 3(\.\d)? MB · PNG/);
  await expect.poll(async () => (await storedForm(page))?.img_url).toMatch(REF);
  expect(await storageText(page)).toBeLessThan(20_000);

  await useTextModel(page);
  await page.reload();
  await expect(page.getByTestId('model-id')).toHaveText('acme/plain/text-to-image');
  await backToWan(page);
  await expect(facts(page)).toHaveText(/1000 × 1000 px · 3(\.\d)? MB · PNG/);
  await expect(page.locator('#field-prompt')).toHaveValue('Keep my picture');
  await expect(page.locator('#field-img_url')).toHaveValue('');

  await page.reload();
  await expect(facts(page)).toHaveText(/1000 × 1000 px · 3(\.\d)? MB · PNG/);
  // The added model is there after the reload too.
  await openModels(page);
  await expect(page.locator('#model-panel').getByRole('button', { name: 'acme/plain/text-to-image', exact: true })).toBeVisible();
  await page.locator('#welcome-token').fill(TOKEN);
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).filter((s) => s.body).length).toBe(1);
  const sent = JSON.parse(submits(fake)[0].body);
  expect(sent.img_url === `data:image/png;base64,${big.toString('base64')}`, 'the bytes arrived as they were').toBe(true);
  // The job records the reference, not megabytes.
  await expect(page.locator('.job-card')).toHaveCount(1);
  const history = await page.evaluate(() => localStorage.getItem('wan-i2v.history'));
  expect(history).toMatch(/local:sha256-/);
  expect(history.length).toBeLessThan(20_000);
});

test('typing in the prompt with a local image does not rewrite megabytes', async ({ page }) => {
  await openApp(page, null);
  await page.locator('#file-img_url').setInputFiles(file('keep.png', 'image/png', png(1000, 1000, { noise: true })));
  await expect(facts(page)).toHaveText(/1000 × 1000 px/);
  await page.evaluate(() => {
    window.__written = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      window.__written += String(value).length;
      return setItem.call(this, key, value);
    };
  });
  await page.locator('#field-prompt').pressSequentially('a fox in the snow');
  await expect.poll(async () => (await storedForm(page))?.prompt).toBe('a fox in the snow');
  // 17 keys: each writes the form, a few hundred characters, never the image.
  expect(await page.evaluate(() => window.__written)).toBeLessThan(17 * 2_000);
});

test('what an earlier release saved (a form, a history, a set, their images as data: URIs) all comes back, the form\'s file moved to the device', async ({ page, fake }) => {
  const image = png(640, 480);
  const uri = `data:image/png;base64,${image.toString('base64')}`;
  const other = `data:image/png;base64,${png(500, 420).toString('base64')}`;
  const body = { prompt: 'Left in a set', img_url: other, resolution: '480P', seed: 7 };
  const history = {
    format: 'wan-i2v-history',
    version: 2,
    jobs: [
      {
        request_id: 'old-job-1',
        model_id: 'wan-ai/wan-2-2/image-to-video',
        inputs: { prompt: 'An old job', img_url: '(local image, not kept)' },
        phase: { Succeeded: { media: [{ url: `${fake.url}/media/sample.webm`, kind: 'Video' }] } },
        submitted_at_ms: 1_700_000_000_000,
      },
    ],
  };
  const sets = [
    {
      id: 'set-1',
      model_id: 'wan-ai/wan-2-2/image-to-video',
      created_at_ms: 1_700_000_100_000,
      items: [
        { body: { ...body, prompt: 'An old job', img_url: '(local image, not kept)' }, seed: 6, state: { Sent: { request_id: 'old-job-1' } } },
        { body, seed: 7, state: 'Waiting' },
      ],
    },
  ];
  await page.addInitScript(
    ([value, historyText, setsText]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('wan-i2v.form.v1', JSON.stringify({ prompt: 'From before', img_url: value }));
      localStorage.setItem('wan-i2v.history', historyText);
      localStorage.setItem('wan-i2v.sets.v1', setsText);
    },
    [uri, JSON.stringify(history), JSON.stringify(sets)],
  );
  await openApp(page, fake);
  await expect(facts(page)).toHaveText(/640 × 480 px · \d+ KB · PNG/);
  await expect(page.locator('#field-prompt')).toHaveValue('From before');
  await expect.poll(async () => (await storedForm(page))?.img_url).toMatch(REF);
  await expect(page.locator('.job-card[data-request-id="old-job-1"]')).toContainText('An old job');
  await expect(page.getByTestId('job-set')).toContainText('1 sent, 1 not sent');

  // The set's item goes with the image it was given, byte for byte.
  await page.getByTestId('job-set').getByRole('button', { name: /^Send the/ }).click();
  await expect.poll(() => submits(fake).filter((s) => s.body).length).toBe(1);
  expect(JSON.parse(submits(fake)[0].body)).toEqual(body);
  // And the form's own.
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).filter((s) => s.body).length).toBe(2);
  expect(JSON.parse(submits(fake)[1].body).img_url).toBe(uri);
});

test('a reference whose file is gone says so and sends nothing', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'wan-i2v.form.v1',
      JSON.stringify({ prompt: 'Lost', img_url: `local:sha256-${'0'.repeat(64)}?type=image/png&bytes=1234` }),
    );
  });
  await openApp(page, null);
  await expect(page.locator('#status-img_url')).toContainText('The local image chosen before is no longer on this device');
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled();
});
