// A chain leaves as one film: its MP4 clips joined in the browser without re-encoding, which
// Chromium plays to the end, each part showing its own clip; a clip made with other settings
// is named, and can be left out. The film carries what made each clip: dropped on the page,
// it fills the form again.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, openModels, putFile, submits } from './support.mjs';

const MODEL = 'wan-ai/wan-2-2/image-to-video';

/** A history whose newest jobs are a chain of these clips (each continues the one before). */
function chainOf(fake, files) {
  const jobs = files.map((file, i) => ({
    request_id: `film-${i + 1}-0000-0000`,
    model_id: MODEL,
    inputs: { prompt: `part ${i + 1}` },
    phase: { Succeeded: { media: [{ url: `${fake.url}/media/film/${file}`, kind: 'Video' }] } },
    submitted_at_ms: 1_700_000_000_000 + i * 60_000,
    ...(i > 0 ? { continues: { request_id: `film-${i}-0000-0000`, at_secs: 1 } } : {}),
  }));
  return JSON.stringify({ format: 'wan-i2v-history', version: 2, jobs: jobs.reverse() });
}

async function openChain(page, fake, files) {
  await page.addInitScript((text) => localStorage.setItem('wan-i2v.history', text), chainOf(fake, files));
  await openApp(page, fake);
  const chain = page.locator(`.job-card[data-request-id="film-${files.length}-0000-0000"]`).getByTestId('chain');
  await expect(chain).toContainText(`Clip ${files.length} of ${files.length} of a chain`);
  return chain;
}

/** Plays `bytes` (an MP4) in the page: its duration, whether it reaches its end, and the
 * pixels of a frame at each of `times` (scaled down to 32 × 18). */
function playBack(page, bytes, times) {
  return page.evaluate(
    async ([base64, times]) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([data], { type: 'video/mp4' }));
      document.body.append(video);
      await new Promise((ok, fail) => {
        video.onloadeddata = ok;
        video.onerror = () => fail(new Error(`cannot play: ${video.error?.message}`));
      });
      const canvas = document.createElement('canvas');
      canvas.width = 32;
      canvas.height = 18;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      const colours = [];
      for (const t of times) {
        // `seeked` can come before the frame is shown on a busy machine: wait for that too.
        const shown = new Promise((ok) => {
          video.requestVideoFrameCallback?.(() => ok());
          setTimeout(ok, 1000);
        });
        video.currentTime = t;
        await new Promise((ok) => (video.onseeked = ok));
        await shown;
        context.drawImage(video, 0, 0, 32, 18);
        colours.push(Array.from(context.getImageData(0, 0, 32, 18).data));
      }
      video.currentTime = video.duration - 0.3;
      await new Promise((ok) => (video.onseeked = ok));
      const ended = new Promise((ok) => (video.onended = () => ok(true)));
      await video.play();
      return { duration: video.duration, ended: await Promise.race([ended, new Promise((ok) => setTimeout(() => ok(false), 10000))]), colours };
    },
    [Buffer.from(bytes).toString('base64'), times],
  );
}

test('a chain of three MP4 clips downloads as one video that plays to its end, each part its own clip', async ({ page, fake }) => {
  const chain = await openChain(page, fake, ['clip1.mp4', 'clip2.mp4', 'clip3.mp4']);
  const download = page.waitForEvent('download');
  await chain.getByRole('button', { name: 'Download as one video' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^film-wan-2-2-film-1-0\.mp4$/);
  await expect(chain.getByTestId('chain-status')).toHaveText(/^Saved 3 clips as one video \((5\.9|6\.[01]) s\), joined without re-encoding\.$/);
  const bytes = readFileSync(await file.path());
  const clips = ['clip1.mp4', 'clip2.mp4', 'clip3.mp4'].map((f) => readFileSync(new URL(`../fixtures/film/${f}`, import.meta.url)));
  // No re-encoding: the film is the clips' bytes and a new index, barely larger.
  const summed = clips.reduce((n, c) => n + c.length, 0);
  expect(bytes.length).toBeGreaterThan(summed * 0.95);
  expect(bytes.length).toBeLessThan(summed * 1.05);
  const played = await playBack(page, bytes, [0.5, 2.0, 4.5]);
  expect(played.duration).toBeGreaterThan(5.8);
  expect(played.duration).toBeLessThan(6.2);
  expect(played.ended).toBe(true);
  // Each part is its own clip: a frame of the film is that clip's frame at the same moment
  // (clip 1 at 0.5 s, clip 2 at 1.0 s, clip 3 at 1.5 s), not another clip's.
  const own = [];
  for (const [i, t] of [[0, 0.5], [1, 1.0], [2, 1.5]]) own.push((await playBack(page, clips[i], [t])).colours[0]);
  const distance = (x, y) => x.reduce((sum, v, i) => sum + Math.abs(v - y[i]), 0) / x.length;
  for (let part = 0; part < 3; part += 1) {
    const near = distance(played.colours[part], own[part]);
    const others = own.filter((_, i) => i !== part).map((o) => distance(played.colours[part], o));
    expect(near).toBeLessThan(8);
    for (const other of others) expect(other).toBeGreaterThan(near * 2);
  }
});

test('Download in order saves each MP4 clip with its own settings, numbered', async ({ page, fake }) => {
  const chain = await openChain(page, fake, ['clip1.mp4', 'clip2.mp4']);
  const saved = [];
  page.on('download', (d) => saved.push(d));
  await chain.getByRole('button', { name: 'Download in order' }).click();
  await expect(chain.getByRole('status')).toHaveText('2 clips saved in order.');
  await expect.poll(() => saved.length).toBe(2);
  for (const [i, download] of saved.entries()) {
    expect(download.suggestedFilename()).toMatch(new RegExp(`^0${i + 1}-wan-2-2-film-${i + 1}-0\\.mp4$`));
    const text = readFileSync(await download.path()).toString('latin1');
    expect(text.split(`"prompt":"part ${i + 1}"`).length - 1).toBe(2);
    expect(text).not.toContain(`"prompt":"part ${2 - i}"`);
  }
});

test('with the seam frames shown once, the film is a frame shorter per seam and still plays to its end', async ({ page, fake }) => {
  const chain = await openChain(page, fake, ['clip1.mp4', 'clip2.mp4', 'clip3.mp4']);
  await chain.getByLabel('Show the repeated frame at each seam once').check();
  const download = page.waitForEvent('download');
  await chain.getByRole('button', { name: 'Download as one video' }).click();
  const bytes = readFileSync(await (await download).path());
  await expect(chain.getByTestId('chain-status')).toHaveText(/^Saved 3 clips as one video \(5\.9 s\), joined without re-encoding\.$/);
  const played = await playBack(page, bytes, [0.5]);
  // 6 s less two frames of 1/16 s.
  expect(played.duration).toBeGreaterThan(5.84);
  expect(played.duration).toBeLessThan(5.91);
  expect(played.ended).toBe(true);
});

test('the film carries its clips\' settings: dropped on the page, it fills the form and lists its clips', async ({ page, fake }) => {
  const chain = await openChain(page, fake, ['clip1.mp4', 'clip2.mp4', 'clip3.mp4']);
  const download = page.waitForEvent('download');
  await chain.getByRole('button', { name: 'Download as one video' }).click();
  const film = readFileSync(await (await download).path());
  // A top-level uuid box after the index, with each clip's model and inputs.
  const text = film.toString('latin1');
  expect(text.indexOf('uuid')).toBeLessThan(text.indexOf('mdat'));
  for (const prompt of ['part 1', 'part 2', 'part 3']) expect(text).toContain(`"prompt":"${prompt}"`);

  await page.locator('#field-prompt').fill('something else');
  await putFile(page, 'drop', 'main h2', 'our-film.mp4', 'video/mp4', film);
  const note = page.getByTestId('dropped-film');
  await expect(note.locator('p')).toHaveText("our-film.mp4 carries the settings of its 3 clips: the form holds the last one's.");
  await expect(note.locator('li')).toHaveText([`${MODEL} · part 1`, `${MODEL} · part 2`, `${MODEL} · part 3`]);
  await expect(page.locator('#field-prompt')).toHaveValue('part 3');
  // The app is still there: the browser did not open the file.
  expect(new URL(page.url()).pathname).not.toContain('our-film');

  // A video without them is only a video.
  await putFile(page, 'drop', 'main h2', 'plain.mp4', 'video/mp4', readFileSync(new URL('../fixtures/film/clip1.mp4', import.meta.url)));
  await expect(note.locator('p')).toHaveText('plain.mp4 carries no settings of this app. To use it as an input, drop it onto a video field.');
  await note.getByRole('button', { name: 'Close' }).click();
  await expect(note).toHaveCount(0);
});

test('a clip made with other settings is named; left out, the rest join', async ({ page, fake }) => {
  const chain = await openChain(page, fake, ['clip1.mp4', 'small.mp4', 'clip2.mp4']);
  await chain.getByRole('button', { name: 'Download as one video' }).click();
  await expect(chain.getByTestId('film-error')).toHaveText(
    'Clip 2 was made with other video or sound settings than the first clip (picture size, profile, sample rate): it cannot join without re-encoding.',
  );
  const download = page.waitForEvent('download');
  await chain.getByRole('button', { name: 'Leave clip 2 out and join the rest' }).click();
  const file = await download;
  await expect(chain.getByTestId('chain-status')).toHaveText(/^Saved 2 clips as one video \(\d\.\d s\)/);
  await expect(chain.getByTestId('film-error')).toHaveCount(0);
  const played = await playBack(page, readFileSync(await file.path()), [0.5, 2.0]);
  expect(played.duration).toBeGreaterThan(2.8);
  expect(played.duration).toBeLessThan(3.2);
});

test('clips that are not MP4 (WebM) are said to be so; nothing is saved', async ({ page, fake }) => {
  await page.addInitScript((text) => localStorage.setItem('wan-i2v.history', text), chainOf(fake, ['clip1.mp4', 'clip2.mp4']).replaceAll('film/clip2.mp4', 'sample.webm'));
  await openApp(page, fake);
  const chain = page.locator('.job-card[data-request-id="film-2-0000-0000"]').getByTestId('chain');
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await chain.getByRole('button', { name: 'Download as one video' }).click();
  await expect(chain.getByTestId('film-error')).toHaveText(
    'Clip 2 is not an MP4 that can be joined here (another format, or damaged). Use Download in order instead.',
  );
  expect(downloads).toEqual([]);
});

test('variations side by side play together: one play, one pause, one position for all', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Three to compare');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByLabel('Variations').fill('3');
  await page.getByLabel('Variations').press('Tab');
  await page.getByRole('button', { name: 'Generate' }).click();
  const videos = page.locator('.current .job-grid video.player');
  await expect(videos).toHaveCount(3, { timeout: 30_000 });
  await expect.poll(() => videos.evaluateAll((vs) => vs.every((v) => v.readyState >= 2)), { timeout: 30_000 }).toBe(true);
  const times = () => videos.evaluateAll((vs) => vs.map((v) => v.currentTime));
  const paused = () => videos.evaluateAll((vs) => vs.map((v) => v.paused));
  // Apart at first: each started when its job finished.
  await videos.evaluateAll((vs) => vs.forEach((v, i) => (v.currentTime = i * 0.3)));
  const synced = page.getByTestId('synced-play');
  await synced.getByRole('button', { name: 'Play all together' }).click();
  await expect(synced.getByRole('button', { name: 'Pause all' })).toBeVisible();
  // Playing: all have moved on from the first's moment (0 s), past where any stood.
  await expect.poll(async () => Math.min(...(await times())), { timeout: 10_000 }).toBeGreaterThan(0.9);
  const playing = await times();
  expect(Math.max(...playing) - Math.min(...playing)).toBeLessThan(0.3);
  expect(await paused()).toEqual([false, false, false]);
  await synced.getByRole('button', { name: 'Pause all' }).click();
  expect(await paused()).toEqual([true, true, true]);
  // The one position moves them all to the same moment (half of the shortest).
  await synced.getByRole('slider', { name: 'Position of every video' }).fill('500');
  await expect.poll(async () => {
    const [durations, now] = await Promise.all([videos.evaluateAll((vs) => vs.map((v) => v.duration)), times()]);
    const half = Math.min(...durations) / 2;
    return now.every((t) => Math.abs(t - half) < 0.05);
  }).toBe(true);

  // The wipe: the first two over each other, cut where the slider says.
  await synced.getByRole('button', { name: 'Wipe between the first two' }).click();
  const wipe = page.getByTestId('wipe');
  const sources = await videos.evaluateAll((vs) => vs.map((v) => v.currentSrc));
  expect(await wipe.locator('video').evaluateAll((vs) => vs.map((v) => v.currentSrc))).toEqual(sources.slice(0, 2));
  await page.getByRole('slider', { name: 'Where the wipe divides the two videos' }).fill('30');
  await expect(wipe.locator('video.wipe-over')).toHaveCSS('clip-path', 'inset(0px 0px 0px 30%)');
  const under = await wipe.locator('video.wipe-under').boundingBox();
  const over = await wipe.locator('video.wipe-over').boundingBox();
  expect(over).toEqual(under);
  // Played together, the wipe's two move with the rest.
  await synced.getByRole('button', { name: 'Play all together' }).click();
  await expect.poll(() => wipe.locator('video').evaluateAll((vs) => vs.every((v) => !v.paused && v.currentTime > 0))).toBe(true);
  await synced.getByRole('button', { name: 'Pause all' }).click();
  expect(await wipe.locator('video').evaluateAll((vs) => vs.map((v) => v.paused))).toEqual([true, true]);
  // Play and Pause at once: every play is cut short by its pause, which is no error in the
  // page (the fixture fails the test on one).
  await page.evaluate(() => {
    const button = () => document.querySelector('[data-testid="synced-play"] button');
    button().click();
    button().click();
  });
  await expect(synced.getByRole('button', { name: 'Play all together' })).toBeVisible();
  expect(await paused()).toEqual([true, true, true]);
});

test('videos ticked in the gallery join as one, in the order shown', async ({ page, fake }) => {
  await openChain(page, fake, ['clip1.mp4', 'clip2.mp4', 'clip3.mp4']);
  const gallery = page.locator('section.gallery');
  const items = gallery.getByTestId('gallery-item');
  await expect(items).toHaveCount(3, { timeout: 20_000 });
  const join = gallery.getByRole('button', { name: /^Join the selected videos as one/ });
  await expect(join).toBeDisabled();
  // Clip 3 ticked first, then clip 1 (clip 2 left out): they join in the gallery's order.
  await items.filter({ hasText: 'part 3' }).getByLabel('Select for one video').check();
  await items.filter({ hasText: 'part 1' }).getByLabel('Select for one video').check();
  const shown = (await items.allTextContents()).map((text) => text.match(/part (\d)/)[1]).filter((n) => n !== '2');
  await expect(join).toHaveText('Join the selected videos as one (2 selected)');
  const download = page.waitForEvent('download');
  await join.click();
  const film = readFileSync(await (await download).path());
  await expect(gallery.getByTestId('gallery-note')).toHaveText(/^Saved 2 clips as one video \(4\.0 s\), joined without re-encoding\.$/);
  const length = { 1: 1, 3: 3 };
  const first = length[shown[0]];
  // Half-way into the first part, and half-way into the second.
  const played = await playBack(page, film, [first / 2, first + length[shown[1]] / 2]);
  expect(played.duration).toBeGreaterThan(3.9);
  expect(played.duration).toBeLessThan(4.1);
  const own = [];
  for (const n of shown) {
    const bytes = readFileSync(new URL(`../fixtures/film/clip${n}.mp4`, import.meta.url));
    own.push((await playBack(page, bytes, [length[n] / 2])).colours[0]);
  }
  const distance = (x, y) => x.reduce((sum, v, i) => sum + Math.abs(v - y[i]), 0) / x.length;
  expect(distance(played.colours[0], own[0])).toBeLessThan(8);
  expect(distance(played.colours[1], own[1])).toBeLessThan(8);
  expect(film.toString('latin1')).toContain('"prompt":"part 3"');
});

test('Loop: with a model that takes an end frame, one frame fills the start and the end, and both are sent', async ({ page, fake }) => {
  await openApp(page, fake);
  await openModels(page);
  await page.getByRole('combobox', { name: 'Model' }).fill('Wan 3.0');
  await page.getByRole('listbox').getByRole('option').filter({ hasText: 'Wan 3.0 | Image to Video' }).click();
  await expect(page.locator('.model-current')).toContainText('Wan 3.0');
  await page.locator('#field-prompt').fill('A loop');
  await page.locator('#field-image_url').fill(`${fake.url}/images/sample.png`);
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.current .job-card').first();
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 30_000 });
  const loop = card.getByRole('button', { name: 'Loop: start and end with this frame' });
  await expect(loop).toBeVisible();
  await loop.click();
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('wan-i2v.form.v1') ?? '{}'));
  await expect.poll(async () => (await stored()).end_image_url ?? '').toMatch(/^local:sha256-/);
  const form = await stored();
  expect(form.image_url).toBe(form.end_image_url);
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => submits(fake).filter((x) => x.body).length, { timeout: 20_000 }).toBe(2);
  const sent = JSON.parse(submits(fake).filter((x) => x.body)[1].body);
  expect(sent.image_url).toMatch(/^data:image\/png;base64,/);
  expect(sent.end_image_url).toBe(sent.image_url);
});

test('Loop is offered only where the model takes an end frame (Wan 2.2 has none)', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('No end frame');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.current .job-card').first();
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 30_000 });
  await expect(card.getByRole('button', { name: 'Use this frame' })).toBeVisible();
  await expect(card.getByRole('button', { name: /^Loop/ })).toHaveCount(0);
});
