// Extend a clip from a frame: the frame picker under a finished video (step, last frame,
// Use this frame), the frame as the next job's image (its pixel size, the img_url RunComfy
// receives), what the next job continues (kept across a reload), the chain played and
// downloaded in order, and the way around a storage host without CORS.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, openModels, submits, seriousViolations, expectNoSidewaysScroll, TOKEN } from './support.mjs';

test.use({ fakeSpeed: 4 });

const FIXTURES = new URL('../fixtures/', import.meta.url);
const generate = (page) => page.getByRole('button', { name: 'Generate' });
const cards = (page) => page.locator('.job-card');
const picker = (card) => card.getByRole('group', { name: 'Continue from a frame' });

/** Runs one job from the form (the sample image) and waits until its video plays. */
async function runJob(page, fake, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  if ((await page.locator('#field-img_url').inputValue()) === '' && !(await page.getByTestId('image-facts').count())) {
    await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
    await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  }
  const before = await cards(page).count();
  await expect(generate(page)).toBeEnabled();
  await generate(page).click();
  await expect(cards(page)).toHaveCount(before + 1);
  const card = cards(page).first();
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  await expect.poll(() => card.locator('video').first().evaluate((v) => v.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  return card;
}

/** Width, height and colour type of a PNG given as a data: URI. */
function pngOf(dataUri) {
  const prefix = 'data:image/png;base64,';
  expect(dataUri.startsWith(prefix)).toBe(true);
  const bytes = Buffer.from(dataUri.slice(prefix.length), 'base64');
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

/** How far (mean absolute difference per channel, 0–255) the image `uri` is from the frame
 *  of the video at `url` at `at` s, drawn by the page itself, and from its first frame. */
function distanceToFrames(page, uri, url, at) {
  return page.evaluate(
    async ({ uri, url, at }) => {
      const pixels = (source, width, height) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d', { alpha: false });
        context.drawImage(source, 0, 0);
        return context.getImageData(0, 0, width, height).data;
      };
      const distance = (a, b) => {
        let sum = 0;
        for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
        return sum / a.length;
      };
      const image = new Image();
      image.src = uri;
      await image.decode();
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(await (await fetch(url)).blob());
      await new Promise((resolve) => (video.onloadeddata = resolve));
      const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
      // After `seeked` a loaded machine may still draw the frame shown before the seek for
      // a moment: the picture is read once it has changed (for at most a second).
      const frameAt = async (t) => {
        const before = pixels(video, video.videoWidth, video.videoHeight);
        const seeked = new Promise((resolve) => (video.onseeked = resolve));
        video.currentTime = t;
        await seeked;
        let now = pixels(video, video.videoWidth, video.videoHeight);
        for (let i = 0; i < 20 && same(now, before); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          now = pixels(video, video.videoWidth, video.videoHeight);
        }
        return now;
      };
      const taken = pixels(image, image.naturalWidth, image.naturalHeight);
      return { there: distance(taken, await frameAt(at)), start: distance(taken, await frameAt(0.02)) };
    },
    { uri, url, at },
  );
}

/** Finishes a 640×360 clip and extends it from its last frame but one. Returns the first
 *  job's request id. */
async function extendOnce(page, fake) {
  await openApp(page, fake);
  await page.getByRole('radio', { name: '1080P' }).check();
  await page.getByLabel('Seed', { exact: true }).fill('4242');
  const first = await runJob(page, fake, 'A fox walks through snow [video-360p]');
  const firstId = await first.getAttribute('data-request-id');
  const video = first.locator('video');
  const size = await video.evaluate((v) => ({ width: v.videoWidth, height: v.videoHeight, duration: v.duration }));
  expect(size).toMatchObject({ width: 640, height: 360 });
  const frames = picker(first);
  await expect(frames).toBeVisible();

  // The last frame, then one back and one forward again, by keyboard.
  await frames.getByRole('button', { name: 'Last frame' }).click();
  await expect(frames.getByTestId('frame-position')).toHaveText('Frame 48 · 2.00 s');
  expect(await video.evaluate((v) => v.paused)).toBe(true);
  await frames.getByRole('button', { name: 'Frame back' }).focus();
  await page.keyboard.press('Enter');
  await expect(frames.getByTestId('frame-position')).toHaveText('Frame 47 · 1.94 s');
  await page.keyboard.press('Enter');
  await expect(frames.getByTestId('frame-position')).toHaveText('Frame 46 · 1.90 s');
  await page.keyboard.press('Tab');
  await expect(frames.getByRole('button', { name: 'Frame forward' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(frames.getByTestId('frame-position')).toHaveText('Frame 47 · 1.94 s');
  expect(await video.evaluate((v) => v.currentTime)).toBeCloseTo(46.5 / 24, 3);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(frames.getByRole('button', { name: 'Use this frame' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The frame is the image of the next job, checked like any image, at the video's size;
  // the settings are the first job's and the prompt is ready to edit.
  const facts = page.getByTestId('image-facts');
  await expect(facts).toContainText(`${size.width} × ${size.height} px`);
  await expect(facts).toContainText('PNG');
  await expect(page.locator('.image-field')).toContainText(`Frame at 1.94 s of job ${firstId.slice(0, 8)}`);
  await expect(page.locator('.image-field')).toContainText("Within the model's limits");
  await expect(page.locator('#field-prompt')).toBeFocused();
  await expect(page.locator('main ~ .visually-hidden[role="status"]')).toHaveText(
    `The frame at 1.94 s of job ${firstId.slice(0, 8)} is the image of the next job: edit the prompt, then Generate.`,
  );
  await expect(page.locator('#field-prompt')).toHaveValue('A fox walks through snow [video-360p]');
  await expect(page.getByRole('radio', { name: '1080P' })).toBeChecked();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('4242');
  const preview = await page.locator('.image-field .preview img').evaluate((img) => ({ width: img.naturalWidth, height: img.naturalHeight }));
  expect(preview).toEqual({ width: size.width, height: size.height });
  return firstId;
}

test('a frame of a finished clip becomes the next job’s image, and the next job continues the clip', async ({ page, fake, consoleErrors }) => {
  const firstId = await extendOnce(page, fake);
  // The form with the frame survives a reload, and still continues the clip.
  await page.reload();
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(page.locator('#field-prompt')).toHaveValue('A fox walks through snow [video-360p]');
  await page.locator('#welcome-token').fill(TOKEN); // not remembered on this device
  const second = await runJob(page, fake, 'The fox runs on');

  // RunComfy received the frame as a PNG data: URI of the video's pixel size, with the
  // first job's settings; its pixels are the frame shown when it was taken.
  const [one, two] = submits(fake).map((r) => JSON.parse(r.body));
  expect(pngOf(two.img_url)).toEqual({ width: 640, height: 360, colourType: 2 });
  const distance = await distanceToFrames(page, two.img_url, `${fake.url}/media/sample-360p.webm`, 46.5 / 24);
  expect(distance.there).toBeLessThan(1);
  expect(distance.start).toBeGreaterThan(5);
  expect(two.prompt).toBe('The fox runs on');
  expect({ ...two, prompt: '', img_url: '' }).toEqual({ ...one, prompt: '', img_url: '' });
  expect(two).toMatchObject({ resolution: '1080P', seed: 4242 });

  const continues = `Continues job ${firstId.slice(0, 8)} from its frame at 1.94 s`;
  await expect(second.getByTestId('job-continues')).toHaveText(continues);
  await expect(second.getByTestId('chain')).toContainText('Clip 2 of 2 of a chain');
  const firstCard = page.locator(`.job-card[data-request-id="${firstId}"]`);
  await expect(firstCard.getByTestId('chain')).toContainText('Clip 1 of 2 of a chain');
  await expect(firstCard.getByTestId('job-continues')).toHaveCount(0);

  // A reload keeps what the job continues, and the chain.
  await page.reload();
  const reloaded = cards(page).first();
  await expect(reloaded.getByTestId('job-continues')).toHaveText(continues);
  await expect(reloaded.getByTestId('chain')).toContainText('Clip 2 of 2 of a chain');
  // The history export says it too.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wan-i2v.history')));
  expect(stored.jobs[0].continues).toEqual({ request_id: firstId, at_secs: 46.5 / 24 });
  expect(consoleErrors).toEqual([]);
});

test('a chain plays its clips back to back in order, and downloads them in order', async ({ page, fake }) => {
  const firstId = await extendOnce(page, fake);
  const second = await runJob(page, fake, 'The fox runs on');
  const secondId = await second.getAttribute('data-request-id');
  const chain = second.getByTestId('chain');

  await chain.getByRole('button', { name: 'Play chain' }).click();
  const player = chain.locator('video');
  await expect(player).toHaveAttribute('data-clip', '1');
  await expect(player).toHaveAttribute('src', `${fake.url}/media/sample-360p.webm`);
  await expect(player).toHaveAccessibleName('Chain, clip 1 of 2');
  await expect.poll(() => player.evaluate((v) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.2);
  // The first clip (2 s) ends, the second one plays in the same player.
  await expect(player).toHaveAttribute('data-clip', '2', { timeout: 10_000 });
  await expect(player).toHaveAttribute('src', `${fake.url}/media/sample.webm`);
  await expect(chain.getByTestId('chain-clip')).toHaveText('Chain, clip 2 of 2');
  await expect.poll(() => player.evaluate((v) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.2);

  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await chain.getByRole('button', { name: 'Download in order' }).click();
  await expect(chain.getByRole('status')).toHaveText('2 clips saved in order.');
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.map((d) => d.suggestedFilename())).toEqual([
    `01-wan-2-2-${firstId.slice(0, 8)}.webm`,
    `02-wan-2-2-${secondId.slice(0, 8)}.webm`,
  ]);
  const sizes = await Promise.all(downloads.map(async (d) => readFileSync(await d.path()).length));
  expect(sizes).toEqual([
    readFileSync(new URL('sample-360p.webm', FIXTURES)).length,
    readFileSync(new URL('sample.webm', FIXTURES)).length,
  ]);
});

test('a chain whose clips the host will not let the browser read lists them in order instead', async ({ page, fake }) => {
  const firstId = await extendOnce(page, fake);
  const second = await runJob(page, fake, 'The heron flies off [media-nocors]');
  const secondId = await second.getAttribute('data-request-id');
  const chain = second.getByTestId('chain');
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await chain.getByRole('button', { name: 'Download in order' }).click();
  await expect(chain.getByRole('alert')).toHaveText(
    'The server that stores these clips does not let the browser read them (no CORS), so they ' +
      'cannot be saved from here. Open them in this order and save each:',
  );
  const links = chain.locator('.chain-links a');
  await expect(links).toHaveText([`01-wan-2-2-${firstId.slice(0, 8)}.webm`, `02-wan-2-2-${secondId.slice(0, 8)}.webm`]);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    `${fake.url}/media/sample-360p.webm`,
    `${fake.url}/media-nocors/sample.webm`,
  ]);
  expect(downloads).toEqual([]); // none, rather than some
  expect(await seriousViolations(page)).toEqual([]);
  // The chain and its links fit a phone.
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoSidewaysScroll(page, 360, ['Play chain', 'Download in order']);
});

test('a model with a tighter size rule gets the frame as a JPEG, stepped at the job’s own frame rate', async ({ page, fake }) => {
  const schema = JSON.stringify({
    type: 'object',
    required: ['prompt', 'img_url'],
    properties: {
      prompt: { title: 'Prompt', type: 'string', maxLength: 800 },
      img_url: {
        title: 'Image',
        type: 'string',
        validations: [{ validation_rule: 'file_size_mb<', validation_value: 0.05, validation_error: 'Under 50 KB, please.' }],
      },
      frames_per_second: { title: 'Frames per second', type: 'integer', enum: [16, 24], default: 16 },
    },
  });
  await openApp(page, fake);
  await openModels(page);
  await page.getByText('Use another RunComfy model').click();
  await page.getByLabel('Model id').fill('acme/wan-light/image-to-video');
  await page.getByLabel('Input schema (JSON)').fill(schema);
  await page.getByRole('button', { name: 'Use this model' }).click();
  await expect(page.getByTestId('model-id')).toHaveText('acme/wan-light/image-to-video');
  const first = await runJob(page, fake, 'A kite rises [video-360p]');
  const frames = picker(first);
  // 16 frames a second, as the job asked: 2 s end in frame 32; one back is frame 31.
  await frames.getByRole('button', { name: 'Last frame' }).click();
  await expect(frames.getByTestId('frame-position')).toHaveText('Frame 32 · 2.00 s');
  await frames.getByRole('button', { name: 'Frame back' }).click();
  await expect(frames.getByTestId('frame-position')).toHaveText('Frame 31 · 1.91 s');
  await frames.getByRole('button', { name: 'Use this frame' }).click();
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(page.getByTestId('image-facts')).toContainText('JPEG');
  await expect(page.locator('.image-field')).not.toContainText('Under 50 KB, please.');

  await runJob(page, fake, 'The kite dives');
  const sent = JSON.parse(submits(fake)[1].body);
  expect(sent.frames_per_second).toBe(16);
  const prefix = 'data:image/jpeg;base64,';
  expect(sent.img_url.startsWith(prefix)).toBe(true);
  const jpeg = Buffer.from(sent.img_url.slice(prefix.length), 'base64');
  expect(jpeg.length).toBeLessThan(50_000);
  // The frame header (SOF0/SOF2) says 640 × 360.
  const sof = jpeg.findIndex((b, i) => b === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2));
  expect({ height: jpeg.readUInt16BE(sof + 5), width: jpeg.readUInt16BE(sof + 7) }).toEqual({ width: 640, height: 360 });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('without CORS on the storage host: said plainly, and download + choose the file gives the frame', async ({ page, fake }) => {
    await openApp(page, fake);
    const card = await runJob(page, fake, 'A heron lands [media-nocors]');
    const frames = picker(card);
    await expect(frames).toBeVisible();
    await expectNoSidewaysScroll(page, 360, ['Use this frame', 'Last frame']);
    expect(await seriousViolations(page)).toEqual([]);

    await frames.getByRole('button', { name: 'Last frame' }).click();
    await frames.getByRole('button', { name: 'Use this frame' }).click();
    await expect(frames.getByRole('alert')).toContainText(
      'The server that stores this video does not let the browser read it (no CORS)',
    );
    const download = frames.getByRole('link', { name: 'Download the video' });
    await expect(download).toHaveAttribute('href', `${fake.url}/media-nocors/sample.webm`);
    await expect(frames.getByRole('link', { name: 'How to host a proxy (README, Hosting)' })).toHaveAttribute('href', './README.md');
    await expectNoSidewaysScroll(page, 360, ['Download the video', 'Choose the downloaded video']);
    expect(await seriousViolations(page)).toEqual([]);

    // The file the user downloaded, chosen right there: its frame (at the same moment).
    await frames.getByLabel('Choose the downloaded video').setInputFiles({
      name: 'sample.webm',
      mimeType: 'video/webm',
      buffer: readFileSync(new URL('sample.webm', FIXTURES)),
    });
    await expect(frames.getByRole('alert')).toHaveCount(0);
    const field = page.locator('.image-field');
    await expect(page.getByTestId('image-facts')).toContainText('480 × 270 px');
    await expect(field).toContainText('Frame at 3.00 s of job');
    // The same checks as any image: this clip's frames are below the model's 360 px.
    await expect(field).toContainText('The uploaded image width and height must be at least 360 pixels.');
    await expect(page.locator('#field-prompt')).toBeFocused();

    // Further frames come from the chosen file too, without asking again.
    await frames.getByRole('button', { name: 'Frame back' }).click();
    await frames.getByRole('button', { name: 'Use this frame' }).click();
    await expect(field).toContainText('Frame at 2.94 s of job');
    await expect(frames.getByRole('alert')).toHaveCount(0);
  });
});
