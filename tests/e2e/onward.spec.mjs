// Outputs sent onward and clips bridged: a frame goes into any image input; a Bridge takes
// one clip's last frame and another's first, and plays between them in the chain; any output
// becomes another model's input in one press, recorded as the job it came from; a single
// MP4 saved from the device carries its settings (in its udta and in a uuid box), read back
// by a drop, which also switches the form to the clip's model.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, openModels, putFile, submits } from './support.mjs';

const WAN3 = 'wan-ai/wan-3.0/image-to-video';

async function chooseWan3(page) {
  await openModels(page);
  await page.getByRole('combobox', { name: 'Model' }).fill('Wan 3.0');
  await page.getByRole('listbox').getByRole('option').filter({ hasText: 'Wan 3.0 | Image to Video' }).click();
  await expect(page.locator('.model-current')).toContainText('Wan 3.0');
}

/** Generates a clip with `prompt` and returns its finished card. */
async function clip(page, fake, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.current .job-card').first();
  await expect(card).toContainText(prompt.replace(/ \[.*\]$/, ''));
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 30_000 });
  return page.locator(`.job-card[data-request-id="${await card.getAttribute('data-request-id')}"]`);
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('wan-i2v.form.v1') ?? '{}'));
const sent = (fake, n) => JSON.parse(submits(fake).filter((x) => x.body)[n].body);

test('a frame goes into the image input chosen: the end frame, the start left as it was', async ({ page, fake }) => {
  await openApp(page, fake);
  await chooseWan3(page);
  await page.locator('#field-image_url').fill(`${fake.url}/images/sample.png`);
  const card = await clip(page, fake, 'First of two');
  await card.getByLabel('Put the frame into').selectOption('end_image_url');
  await card.getByRole('button', { name: 'Use this frame' }).click();
  await expect.poll(async () => (await stored(page)).end_image_url ?? '').toMatch(/^local:sha256-/);
  expect((await stored(page)).image_url).toBe(`${fake.url}/images/sample.png`);
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).filter((x) => x.body).length, { timeout: 20_000 }).toBe(2);
  expect(sent(fake, 1).image_url).toBe(`${fake.url}/images/sample.png`);
  expect(sent(fake, 1).end_image_url).toMatch(/^data:image\/png;base64,/);
});

test('Bridge: one clip\'s last frame starts it, another\'s first ends it, and it plays between them', async ({ page, fake }) => {
  await openApp(page, fake);
  await chooseWan3(page);
  await page.locator('#field-image_url').fill(`${fake.url}/images/sample.png`);
  const a = await clip(page, fake, 'Clip A');
  const b = await clip(page, fake, 'Clip B [video-360p]');
  const [idA, idB] = [await a.getAttribute('data-request-id'), await b.getAttribute('data-request-id')];
  await a.getByLabel('Bridge to').selectOption(idB);
  await a.getByRole('button', { name: "Bridge: this clip's last frame to that clip's first" }).click();
  await expect(page.getByRole('status').filter({ hasText: `From the last frame of job ${idA.slice(0, 8)} to the first of job ${idB.slice(0, 8)}` })).toHaveCount(1);
  await expect.poll(async () => (await stored(page)).end_image_url ?? '').toMatch(/^local:sha256-/);
  const form = await stored(page);
  expect(form.image_url).toMatch(/^local:sha256-/);
  expect(form.image_url).not.toBe(form.end_image_url);

  await page.locator('#field-prompt').fill('The bridge');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).filter((x) => x.body).length, { timeout: 20_000 }).toBe(3);
  const body = sent(fake, 2);
  expect(body.image_url).toMatch(/^data:image\/png;base64,/);
  expect(body.end_image_url).toMatch(/^data:image\/png;base64,/);
  expect(body.end_image_url).not.toBe(body.image_url);
  const bridge = page.locator('.current .job-card').first();
  await expect(bridge.getByTestId('job-continues')).toHaveText(`Bridges job ${idA.slice(0, 8)} to job ${idB.slice(0, 8)}`);
  await expect(bridge.getByTestId('job-status')).toHaveText('Done', { timeout: 30_000 });
  // In the chain it plays second of three: A, the bridge, B.
  await expect(page.locator(`.job-card[data-request-id="${idB}"]`).getByTestId('chain')).toContainText('Clip 3 of 3 of a chain');
  await expect(bridge.getByTestId('chain')).toContainText('Clip 2 of 3 of a chain');
});

test('Use as input of…: a video goes to a video model\'s input, and the job says where it came from', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  const card = await clip(page, fake, 'To extend');
  const id = await card.getAttribute('data-request-id');
  const video = `${fake.url}/media/sample.webm`;
  const onward = card.getByTestId('onward');
  await onward.getByRole('button', { name: 'Use as input of…' }).click();
  const models = onward.getByLabel('Model');
  // Only models that take a video: FLUX 3 Extend Video and Seedance's video models, no image model.
  await expect(models.locator('option')).toContainText(['FLUX 3 | Extend Video → video_url']);
  const names = await models.locator('option').allTextContents();
  expect(names.some((n) => n.startsWith('Wan 2.2'))).toBe(false);
  expect(names.some((n) => n.includes('Seedance 2.0 Mini | Video to Video → video'))).toBe(true);
  await models.selectOption({ label: 'FLUX 3 | Extend Video → video_url' });
  await onward.getByRole('button', { name: 'Use', exact: true }).click();
  await expect(page.locator('.model-current')).toContainText('FLUX 3');
  await expect(page.locator('#field-video_url')).toHaveValue(video);
  await page.locator('#field-prompt').fill('Longer');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).filter((x) => x.body).length, { timeout: 20_000 }).toBe(2);
  expect(submits(fake).filter((x) => x.body)[1].path).toBe('/v1/models/blackforestlabs/flux-3/extend-video');
  expect(sent(fake, 1).video_url).toBe(video);
  const made = page.locator('.current .job-card').first();
  await expect(made.getByTestId('job-made-from')).toHaveText(`Made from the output of job ${id.slice(0, 8)}`);
  await page.reload();
  await expect(page.locator('.job-card').first().getByTestId('job-made-from')).toHaveText(`Made from the output of job ${id.slice(0, 8)}`);
});

test('a clip downloaded from the device carries its settings, in udta and uuid; dropped, it opens its model', async ({ page, fake }) => {
  const job = {
    request_id: 'clip-0000-0000-0001',
    model_id: WAN3,
    inputs: { prompt: 'a kept clip', image_url: `${fake.url}/images/sample.png`, duration: 5 },
    phase: { Succeeded: { media: [{ url: `${fake.url}/media/film/clip2.mp4`, kind: 'Video' }] } },
    submitted_at_ms: 1_700_000_000_000,
  };
  await page.addInitScript(
    (text) => localStorage.setItem('wan-i2v.history', text),
    JSON.stringify({ format: 'wan-i2v-history', version: 2, jobs: [job] }),
  );
  await openApp(page, fake);
  const card = page.locator('.job-card').first();
  await expect(card.getByTestId('kept-note')).toContainText('Kept on this device', { timeout: 20_000 });
  const download = page.waitForEvent('download');
  await card.getByRole('link', { name: 'Download' }).click();
  const file = readFileSync(await (await download).path());
  const original = readFileSync(new URL('../fixtures/film/clip2.mp4', import.meta.url));
  expect(file.length).toBeGreaterThan(original.length);
  expect(file.length).toBeLessThan(original.length + 4096);
  const text = file.toString('latin1');
  expect(text).toContain('\u00a9cmt');
  expect(text.split('"prompt":"a kept clip"').length - 1).toBe(2); // the comment and the uuid box
  // It still plays: its samples are the clip's.
  const duration = await page.evaluate(async (b64) => {
    const video = document.createElement('video');
    video.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/mp4' }));
    await new Promise((ok, fail) => ((video.onloadedmetadata = ok), (video.onerror = fail)));
    return video.duration;
  }, file.toString('base64'));
  expect(duration).toBeGreaterThan(1.9);
  expect(duration).toBeLessThan(2.1);

  // A site that strips the uuid box leaves the udta: the settings still come back, and the
  // form switches to the clip's model (Wan 3.0, from the catalog).
  const stripped = Buffer.from(file);
  for (let at = 0; at + 8 <= stripped.length; ) {
    const size = stripped.readUInt32BE(at);
    if (stripped.toString('latin1', at + 4, at + 8) === 'uuid') stripped.write('free', at + 4, 'latin1');
    at += size;
  }
  expect(stripped.toString('latin1')).not.toContain('uuid');
  await expect(page.locator('.model-current')).toContainText('Wan 2.2');
  await putFile(page, 'drop', 'main h2', 'shared.mp4', 'video/mp4', stripped);
  await expect(page.getByTestId('dropped-film').locator('p')).toHaveText("shared.mp4 carries the settings it was made with: they are in the form.");
  await expect(page.locator('.model-current')).toContainText('Wan 3.0');
  await expect(page.locator('#field-prompt')).toHaveValue('a kept clip');
  await expect(page.locator('#field-image_url')).toHaveValue(`${fake.url}/images/sample.png`);
});
