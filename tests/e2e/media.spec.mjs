// Media inputs of every kind: video and audio files by URL or from this device, lists of
// them with Add / Remove, the checks a user sees and the exact body RunComfy receives.
// The models are real catalog schemas (tests/fixtures/catalog/), pasted in the model panel.
import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  openApp,
  openModels,
  submits,
  seriousViolations,
  expectNoSidewaysScroll,
  putFile,
  TOKEN,
  chooseLanguage,
} from './support.mjs';
import { png, file } from './lib/images.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const MP4 = fixture('sample.mp4'); // 480 × 270, 3 s, 83,963 bytes
const WAV = fixture('sample.wav'); // 1.5 s, 48,044 bytes
const catalog = (name) => JSON.parse(fixture(`catalog/${name}.json`));
const SEEDANCE_MINI = catalog('seedance-2-0-mini-video-to-video'); // video, image list, audio list
const FLUX_EXTEND = catalog('flux-3-extend-video'); // video_url
const SEEDREAM = catalog('seedream-5-0-pro-image-to-image'); // image list with the array's own rules
const SEEDANCE_REFERENCE = catalog('seedance-2-5-reference-to-video-1080p'); // videos ≤ 3
const LTX_AUDIO = catalog('ltx-2-5-audio-to-video-fast'); // audio_url

const MP4_FACTS = '480 × 270 · 3.0 s · 84 KB · MP4';
const WAV_FACTS = '1.5 s · 49 KB · WAV';

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const reasons = (page) => page.locator('#generate-reasons');
const facts = (page, key) => page.locator(`#status-${key}`).getByTestId('media-facts');

test.use({ fakeSpeed: 4 });

/** Switches the form to a model by pasting its id and input schema in the model panel. */
async function useModel(page, modelId, schema) {
  await openModels(page);
  const details = page.locator('#model-panel details');
  if (!(await details.evaluate((d) => d.open))) await page.getByText('Use another RunComfy model').click();
  await page.getByLabel('Model id').fill(modelId);
  await page.getByLabel('Input schema (JSON)').fill(JSON.stringify(schema));
  await page.getByRole('button', { name: 'Use this model' }).click();
  await expect(page.getByTestId('model-id')).toHaveText(modelId);
}

const useCatalogModel = (page, entry) => useModel(page, entry.model_id, entry.input_schema);

/** The built-in model's resolution (480P) comes along to a model that also has one, where it
 *  is no choice: pick one of the new model's. */
const pickResolution = (page, value) => page.getByRole('radio', { name: value, exact: true }).check();

/** `bytes` grown to `size` with zeros after the last box: still a playable MP4 head. */
const padded = (bytes, size) => Buffer.concat([bytes, Buffer.alloc(size - bytes.length)]);

test('a local video, local and linked audio, an image: measured, shown, and sent as given', async ({ page, fake }) => {
  await openApp(page, fake);
  await useCatalogModel(page, SEEDANCE_MINI);
  await pickResolution(page, '720p');
  await page.locator('#field-prompt').fill('Make it snow');

  await page.locator('#file-video').setInputFiles(file('clip.mp4', 'video/mp4', MP4));
  await expect(facts(page, 'video')).toHaveText(MP4_FACTS);
  await expect(page.locator('#status-video')).toContainText('clip.mp4');
  await expect(page.locator('#status-video')).toContainText("Within the model's limits");
  await expect(page.locator('#status-video video')).toHaveAttribute('aria-label', 'Preview of the input video');
  await expect.poll(() => page.locator('#status-video video').evaluate((v) => v.readyState)).toBeGreaterThan(0);
  // The field says the file is local instead of showing its data: URI.
  await expect(page.locator('#field-video')).toHaveValue('');

  // The picker offers files of the field's kind.
  await expect(page.locator('#file-video')).toHaveAttribute('accept', 'video/*');
  await expect(page.locator('#file-reference_audios-0')).toHaveAttribute('accept', 'audio/*');
  // A WAV named .bin still goes as audio/wav: the bytes decide, not the name.
  await page.locator('#file-reference_audios-0').setInputFiles(file('voice.bin', 'application/octet-stream', WAV));
  await expect(facts(page, 'reference_audios-0')).toHaveText(WAV_FACTS);
  await expect(page.locator('#status-reference_audios-0 audio')).toHaveAttribute('aria-label', 'Preview of the input audio');

  await page.getByRole('button', { name: 'Add audio file' }).click();
  const wavUrl = `${fake.url}/media/sample.wav`;
  await page.getByLabel('reference_audios 2').fill(wavUrl);
  await expect(facts(page, 'reference_audios-1')).toHaveText(WAV_FACTS);
  await expect(page.locator('#status-reference_audios-1')).toContainText('RunComfy cannot fetch it');

  const pngUrl = `${fake.url}/images/sample.png`;
  await page.getByLabel('reference_images 1').fill(pngUrl);
  await expect(page.locator('#status-reference_images-0').getByTestId('image-facts')).toContainText('640 × 360 px');

  expect(await seriousViolations(page), 'a form with video, audio and images').toEqual([]);
  await expect(generate(page)).toBeEnabled();
  await generate(page).click();
  await expect(page.locator('.job-card').first().getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });

  const sent = submits(fake);
  expect(sent).toHaveLength(1);
  expect(sent[0].path).toBe(`/v1/models/${SEEDANCE_MINI.model_id}`);
  const body = JSON.parse(sent[0].body);
  expect(body.video.startsWith('data:video/mp4;base64,')).toBe(true);
  expect(body).toEqual({
    prompt: 'Make it snow',
    video: `data:video/mp4;base64,${MP4.toString('base64')}`,
    reference_audios: [`data:audio/wav;base64,${WAV.toString('base64')}`, wavUrl],
    reference_images: [pngUrl],
    aspect_ratio: '16:9',
    duration: 5,
    enable_web_search: false,
    generate_audio: true,
    resolution: '720p',
  });
});

test('a video dropped, or an audio file pasted, onto its field is checked like a chosen one', async ({ page, fake }) => {
  await openApp(page, fake);
  await useCatalogModel(page, SEEDANCE_MINI);
  await putFile(page, 'drop', '#status-video', 'dropped.mp4', 'video/mp4', MP4);
  await expect(facts(page, 'video')).toHaveText(MP4_FACTS);
  await expect(page.locator('#status-video')).toContainText('dropped.mp4');
  await putFile(page, 'paste', '#field-reference_audios-0', 'pasted.wav', 'audio/wav', WAV);
  await expect(facts(page, 'reference_audios-0')).toHaveText(WAV_FACTS);
  await expect(page.locator('#status-reference_audios-0')).toContainText('pasted.wav');
});

test('a video URL is measured through the player; one that does not load, or is not a video, says so', async ({ page, fake }) => {
  await openApp(page, fake);
  await useCatalogModel(page, FLUX_EXTEND);
  await pickResolution(page, '720p');
  await page.locator('#field-prompt').fill('Keep going');
  const url = page.locator('#field-video_url');
  const status = page.locator('#status-video_url');

  await url.fill(`${fake.url}/media/sample.mp4`);
  await expect(facts(page, 'video_url')).toHaveText(MP4_FACTS);
  await expect(generate(page)).toBeEnabled();

  // A host without CORS: the player still reads the picture size and the length.
  await url.fill(`${fake.url}/media-nocors/sample.webm`);
  await expect(facts(page, 'video_url')).toHaveText(/^480 × 270 · 3\.\d s$/);
  await expect(status).toContainText('does not let the browser read the file');

  await url.fill(`${fake.url}/media/missing.mp4`);
  await expect(status).toContainText('The video URL answered with HTTP 404');
  await expect(reasons(page)).toContainText('video_url: The video URL answered with HTTP 404');
  await url.fill('http://127.0.0.1:9/nothing-listens-here.mp4');
  await expect(status).toContainText('The video could not be loaded from this URL', { timeout: 20_000 });
  await url.fill('http://example.com/clip.mp4');
  await expect(status).toContainText('The video URL must start with https://');

  await url.fill(`${fake.url}/media/sample.wav`);
  await expect(status).toContainText('This file is a WAV audio file, but this field takes a video.');
  await expect(generate(page)).toBeDisabled();

  await url.fill(`${fake.url}/media/sample.mp4`);
  await expect(facts(page, 'video_url')).toHaveText(MP4_FACTS);
  await generate(page).click();
  await expect(page.locator('.job-card')).toHaveCount(1);
  expect(JSON.parse(submits(fake)[0].body)).toMatchObject({
    prompt: 'Keep going',
    video_url: `${fake.url}/media/sample.mp4`,
  });
});

test('a file of the wrong kind, or too big, blocks Generate with its reason (in German too)', async ({ page, fake }) => {
  await openApp(page, fake);
  await useCatalogModel(page, FLUX_EXTEND);
  await page.locator('#field-prompt').fill('Keep going');
  const wrongKind = 'This file is a WAV audio file, but this field takes a video.';
  await page.locator('#file-video_url').setInputFiles(file('song.wav', 'audio/wav', WAV));
  await expect(page.locator('#status-video_url')).toContainText(wrongKind);
  await expect(reasons(page)).toContainText(`video_url: ${wrongKind}`);
  await expect(generate(page)).toBeDisabled();
  await chooseLanguage(page, 'Deutsch');
  await expect(page.locator('#status-video_url')).toContainText(
    'Diese Datei ist eine WAV-Audiodatei, aber dieses Feld erwartet ein Video.',
  );
  await chooseLanguage(page, 'English');

  // The schema's own size rule, with its own message.
  const TINY = {
    required: ['video_url'],
    properties: {
      video_url: {
        title: 'Clip',
        type: 'string',
        format: 'video_uri',
        validations: [{ validation_rule: 'file_size_mb<', validation_value: 0.05, validation_error: 'The clip must be under 50 KB.' }],
      },
    },
  };
  await useModel(page, 'acme/tiny-clips/video-to-video', TINY);
  await page.locator('#file-video_url').setInputFiles(file('clip.mp4', 'video/mp4', MP4));
  await expect(facts(page, 'video_url')).toHaveText(MP4_FACTS);
  await expect(page.locator('#status-video_url')).toContainText('The clip must be under 50 KB.');
  await expect(reasons(page)).toContainText('Clip: The clip must be under 50 KB.');
  await expect(generate(page)).toBeDisabled();
  await page.getByRole('button', { name: 'Remove video' }).click();
  await expect(page.locator('#status-video_url')).toBeEmpty();
  await expect(reasons(page)).toHaveText('Clip is required.');
});

const REFERENCES = {
  required: ['prompt', 'refs'],
  properties: {
    prompt: { title: 'Prompt', type: 'string' },
    refs: { ...SEEDREAM.input_schema.properties.image, title: 'References', minItems: 2, maxItems: 3 },
  },
};

test('an image list: one input per image, Add up to maxItems, Remove, too few and too many', async ({ page, fake }) => {
  await openApp(page, fake);
  await useModel(page, 'acme/references/image-to-image', REFERENCES);
  const sample = `${fake.url}/images/sample.png`;
  const entries = page.locator('fieldset.media-list input[type=url]');
  const problems = page.locator('#error-refs');
  const add = page.getByRole('button', { name: 'Add image' });
  await page.locator('#field-prompt').fill('A quiet harbour');

  // minItems 2: two inputs to fill from the start.
  await expect(entries).toHaveCount(2);
  await page.getByLabel('References 1').fill(sample);
  await expect(problems).toHaveText('References: add at least 2 images.');
  await expect(reasons(page)).toContainText('References: add at least 2 images.');
  await expect(generate(page)).toBeDisabled();
  await page.getByLabel('References 2').fill(`${sample}?v=2`);
  await expect(problems).toBeEmpty();
  await expect(page.locator('#status-refs-1').getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(generate(page)).toBeEnabled();

  // maxItems 3: Add stops there.
  await add.click();
  await expect(entries).toHaveCount(3);
  await expect(add).toBeDisabled();
  await page.getByLabel('References 3').fill(`${sample}?v=3`);
  await expect(page.locator('#status-refs-2').getByTestId('image-facts')).toContainText('640 × 360 px');

  // Remove takes the entry out; the ones below move up with what was typed and checked.
  await page.getByRole('button', { name: 'Remove References 2' }).click();
  await expect(entries).toHaveCount(2);
  await expect(page.getByLabel('References 1')).toHaveValue(sample);
  await expect(page.getByLabel('References 2')).toHaveValue(`${sample}?v=3`);
  await expect(page.locator('#status-refs-1').getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(add).toBeEnabled();
  await generate(page).click();
  await expect(page.locator('.job-card')).toHaveCount(1);
  expect(JSON.parse(submits(fake)[0].body)).toEqual({ prompt: 'A quiet harbour', refs: [sample, `${sample}?v=3`] });

  // More entries than maxItems (from a shared link): said, and Generate waits.
  const shared = { prompt: 'A quiet harbour', refs: [1, 2, 3, 4].map((v) => `${sample}?v=${v}`).join('\n') };
  await page.goto(`./#inputs=${encodeURIComponent(JSON.stringify(shared))}`);
  await page.reload();
  await expect(entries).toHaveCount(4);
  await expect(problems).toHaveText('References: at most 3 images; remove 1.');
  await expect(reasons(page)).toContainText('References: at most 3 images; remove 1.');
  await expect(add).toBeDisabled();
  await page.getByRole('button', { name: 'Remove References 4' }).click();
  await expect(problems).toBeEmpty();
  await expect(entries).toHaveCount(3);
});

test("an image list checks every image against the array's own rules (aspect ratio)", async ({ page, fake }) => {
  await openApp(page, fake);
  await useCatalogModel(page, SEEDREAM);
  await pickResolution(page, '2K');
  await page.locator('#field-prompt').fill('A lighthouse');
  // 340 × 20 is wider than 16:1.
  await page.locator('#file-image-0').setInputFiles(file('strip.png', 'image/png', png(340, 20)));
  const status = page.locator('#status-image-0');
  await expect(status.getByTestId('image-facts')).toContainText('340 × 20 px');
  await expect(status).toContainText('The aspect ratio range should be 1:16 to 16:1.');
  await expect(reasons(page)).toContainText('image: The aspect ratio range should be 1:16 to 16:1.');
  await expect(generate(page)).toBeDisabled();
  await page.locator('#file-image-0').setInputFiles(file('square.png', 'image/png', png(400, 400)));
  await expect(status).toContainText("Within the model's limits");
  await expect(generate(page)).toBeEnabled();
});

test('local files survive a reload, a 9 MB video too: kept on the device, not in storage; nothing typed is lost', async ({ page, fake }) => {
  await openApp(page, fake);
  await useCatalogModel(page, SEEDANCE_MINI);
  await pickResolution(page, '720p');
  await page.locator('#field-prompt').fill('Make it rain');
  await page.locator('#file-video').setInputFiles(file('clip.mp4', 'video/mp4', MP4));
  await expect(facts(page, 'video')).toHaveText(MP4_FACTS);
  await page.locator('#file-reference_audios-0').setInputFiles(file('voice.wav', 'audio/wav', WAV));
  await page.getByRole('button', { name: 'Add audio file' }).click();
  const wavUrl = `${fake.url}/media/sample.wav`;
  await page.getByLabel('reference_audios 2').fill(wavUrl);
  await expect(facts(page, 'reference_audios-1')).toHaveText(WAV_FACTS);

  await page.reload();
  await expect(page.getByTestId('model-id')).toHaveText(SEEDANCE_MINI.model_id);
  await expect(page.locator('#field-prompt')).toHaveValue('Make it rain');
  await expect(facts(page, 'video')).toHaveText(MP4_FACTS);
  await expect(page.locator('#status-video')).toContainText('Local video');
  await expect(facts(page, 'reference_audios-0')).toHaveText(WAV_FACTS);
  await expect(page.locator('#status-reference_audios-0')).toContainText('Local audio file');
  await expect(page.getByLabel('reference_audios 2')).toHaveValue(wavUrl);
  await expect(facts(page, 'reference_audios-1')).toHaveText(WAV_FACTS);
  await page.locator('#welcome-token').fill(TOKEN);

  // 9 MB, more than localStorage ever held beside the rest: kept on the device like the
  // others, and sent byte for byte.
  const big = padded(MP4, 9_000_000);
  await page.locator('#file-video').setInputFiles(file('big.mp4', 'video/mp4', big));
  await expect(facts(page, 'video')).toHaveText('480 × 270 · 3.0 s · 9 MB · MP4');
  await expect(generate(page)).toBeEnabled();
  await page.reload();
  await expect(page.locator('#field-prompt')).toHaveValue('Make it rain');
  await expect(facts(page, 'video')).toHaveText('480 × 270 · 3.0 s · 9 MB · MP4');
  await expect(facts(page, 'reference_audios-0')).toHaveText(WAV_FACTS);
  await expect(page.getByLabel('reference_audios 2')).toHaveValue(wavUrl);
  await expect(page.getByTestId('storage-note')).toHaveCount(0);
  await page.locator('#welcome-token').fill(TOKEN);
  await generate(page).click();
  await expect.poll(() => submits(fake).filter((s) => s.body).length).toBe(1);
  const body = JSON.parse(submits(fake)[0].body);
  expect(body.video === `data:video/mp4;base64,${big.toString('base64')}`, 'the 9 MB arrived as they were').toBe(true);
});

test('without a size rule in the schema, a local audio file may have 16 MiB', async ({ page, fake }) => {
  await openApp(page, fake);
  await useCatalogModel(page, LTX_AUDIO);
  const big = padded(WAV, 16 * 1024 * 1024 + 1_000);
  await page.locator('#file-audio_url').setInputFiles(file('long.wav', 'audio/wav', big));
  const problem =
    'This local audio file is 16.8 MB; one sent from this device can be at most 16 MiB. ' +
    'Put it at a public https:// URL and paste that instead.';
  await expect(page.locator('#status-audio_url')).toContainText(problem);
  await expect(reasons(page)).toContainText(`audio_url: ${problem}`);
  await expect(generate(page)).toBeDisabled();
  // The same file at a public address is RunComfy's to fetch.
  await page.locator('#field-audio_url').fill(`${fake.url}/media/sample.wav`);
  await expect(facts(page, 'audio_url')).toHaveText(WAV_FACTS);
  await expect(generate(page)).toBeEnabled();
});

test('the local files of one request stay under 64 MiB together', async ({ page, fake }) => {
  test.slow();
  await openApp(page, fake);
  await useCatalogModel(page, SEEDANCE_REFERENCE);
  await page.locator('#field-prompt').fill('Two long takes');
  // Each under the 32 MiB a local video may have; together, as data: URIs, over 64 MiB.
  const take = padded(MP4, 26_000_000);
  await page.locator('#file-videos-0').setInputFiles(file('take-1.mp4', 'video/mp4', take));
  await expect(facts(page, 'videos-0')).toHaveText('480 × 270 · 3.0 s · 26 MB · MP4');
  await expect(generate(page)).toBeEnabled();
  await page.getByRole('button', { name: 'Add video' }).click();
  await page.locator('#file-videos-1').setInputFiles(file('take-2.mp4', 'video/mp4', take));
  await expect(facts(page, 'videos-1')).toHaveText('480 × 270 · 3.0 s · 26 MB · MP4', { timeout: 30_000 });
  await expect(reasons(page)).toContainText(
    'The local files of this request come to 69.3 MB; one request can carry at most 64 MiB. Put some of them at public https:// URLs and paste those instead.',
  );
  await expect(generate(page)).toBeDisabled();
  await page.getByRole('button', { name: 'Remove videos 2' }).click();
  await expect(generate(page)).toBeEnabled();
  expect(submits(fake)).toHaveLength(0);
});

test('a media form fits a 360 px screen', async ({ page, fake }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, fake);
  await useCatalogModel(page, SEEDANCE_MINI);
  await page.locator('#file-video').setInputFiles(file('clip.mp4', 'video/mp4', MP4));
  await expect(facts(page, 'video')).toHaveText(MP4_FACTS);
  await page.locator('#file-reference_audios-0').setInputFiles(file('voice.wav', 'audio/wav', WAV));
  await expect(facts(page, 'reference_audios-0')).toHaveText(WAV_FACTS);
  await page.getByRole('button', { name: 'Add audio file' }).click();
  await expectNoSidewaysScroll(page, 360, ['Generate', 'Add audio file', 'Remove audio file']);
});
