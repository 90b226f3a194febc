// Results kept on this device: a finished job's outputs are downloaded once into IndexedDB
// and play from there after RunComfy's copy has expired and offline; the setting turns it
// off; a host without CORS gets a note; the same bytes are stored once.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, closeSettings, openApp, openSettings } from './support.mjs';

test.use({ fakeSpeed: 4 });

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const card = (page) => page.locator('.job-card').first();
const status = (page) => card(page).getByTestId('job-status');

/** Runs one Wan job to "Done"; `prompt` picks the fake's scenario. */
async function runJob(page, fake, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await generate(page).click();
  await expect(status(page)).toHaveText('Done', { timeout: 20_000 });
}

/** A video that plays: it has a frame and its clock moves. */
async function expectPlays(video) {
  await expect.poll(() => video.evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  const t0 = await video.evaluate((v) => v.currentTime);
  await expect.poll(() => video.evaluate((v) => v.currentTime), { timeout: 10_000 }).not.toBe(t0);
}

/** What the store holds: how many files (blobs) and how many addresses name them. */
const storeCounts = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('wan-i2v');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['blobs', 'sources']);
          const counts = {};
          for (const name of ['blobs', 'sources']) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(counts);
          };
        };
      }),
  );

const expire = (fake) =>
  fetch(`${fake.url}/__control/expire-media`, { method: 'POST', body: JSON.stringify({ expired: true }) });

test('a finished video is kept, and plays from the device after RunComfy deletes it, and offline', async ({ page, context, fake }) => {
  await openApp(page, fake);
  await runJob(page, fake, 'Keep this one');
  await expect(card(page).getByTestId('kept-note')).toHaveText(/^Kept on this device \(\d+ KB\)/);
  expect(await storeCounts(page)).toEqual({ blobs: 1, sources: 1 });

  await expire(fake);
  const gone = await fetch(`${fake.url}/media/sample.webm`);
  expect(gone.status).toBe(404);
  await page.reload();
  const video = card(page).locator('video');
  await expect(video).toHaveAttribute('src', /^blob:/);
  await expectPlays(video);
  await expect(card(page)).not.toContainText('no longer loads');
  await expect(card(page).getByRole('link', { name: 'Download' })).toHaveAttribute('href', /^blob:/);

  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  try {
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    await expect(video).toHaveAttribute('src', /^blob:/);
    await expectPlays(video);
  } finally {
    await context.setOffline(false);
  }
});

test('with keeping turned off, nothing is stored and an expired result says it no longer loads', async ({ page, fake }) => {
  await openApp(page, fake);
  const dialog = await openSettings(page);
  const keep = dialog.getByLabel('Keep finished results on this device');
  await expect(keep).toBeChecked();
  await keep.uncheck();
  await closeSettings(page);
  await runJob(page, fake, 'Do not keep');
  await expect(card(page).locator('video')).toHaveAttribute('src', `${fake.url}/media/sample.webm`);
  await expect(card(page).getByTestId('kept-note')).toHaveCount(0);

  await expire(fake);
  await page.reload();
  await expect(card(page)).toContainText('no longer loads');
  expect(await storeCounts(page)).toEqual({ blobs: 0, sources: 0 });
  await expect((await openSettings(page)).getByLabel('Keep finished results on this device')).not.toBeChecked();
});

test('a result whose host refuses CORS plays from the web and says it is not kept', async ({ page, fake }) => {
  await openApp(page, fake);
  await runJob(page, fake, 'Elsewhere [media-nocors]');
  await expect(card(page).getByTestId('kept-note')).toContainText('does not let this page download it');
  await expectPlays(card(page).locator('video'));
  expect(await storeCounts(page)).toEqual({ blobs: 0, sources: 0 });
});

test('the same bytes at two addresses are stored once, and Settings tells the space they take', async ({ page, fake }) => {
  await openApp(page, fake);
  await runJob(page, fake, 'Two of the same [videos]');
  const notes = card(page).getByTestId('kept-note');
  await expect(notes).toHaveCount(3);
  for (const note of await notes.all()) await expect(note).toContainText('Kept on this device');
  // sample.mp4 and sample.mp4?v=2 are one file; the image is another.
  expect(await storeCounts(page)).toEqual({ blobs: 2, sources: 3 });
  const dialog = await openSettings(page);
  await expect(dialog.getByTestId('kept-space')).toContainText(/^3 results kept, [\d.]+ KB\. This site uses [\d.]+ (KB|MB) of [\d.,]+ (MB|GB)/);
});

test('the gallery lists what is kept; Download all is one ZIP of every file; Delete removes one for good', async ({ page, fake }) => {
  await openApp(page, fake);
  await runJob(page, fake, 'A gallery of two [videos]');
  const gallery = page.locator('section.gallery');
  const items = gallery.getByTestId('gallery-item');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('Wan 2.2 Image-to-Video');
  await expect(items.first()).toContainText('A gallery of two [videos]');
  await expect(gallery.getByTestId('gallery-summary')).toContainText(/^3 results kept/);
  // A thumbnail of each video shows its first frame, from the device.
  const thumb = items.locator('video.thumb').first();
  await expect(thumb).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => thumb.evaluate((v) => v.videoWidth)).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), gallery.getByRole('button', { name: 'Download all (ZIP)' }).click()]);
  expect(download.suggestedFilename()).toBe('wan-i2v-results.zip');
  const path = await download.path();
  // Python's zipfile reads it back, checking every file's CRC.
  const listing = JSON.parse(
    execFileSync('python3', [
      '-c',
      'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps(sorted([i.filename, i.file_size, z.read(i).count(b\'"prompt":"A gallery of two [videos]"\')] for i in z.infolist())))',
      path,
    ]).toString(),
  );
  const mp4 = readFileSync('tests/fixtures/sample.mp4').length;
  const pngBytes = readFileSync('tests/fixtures/images/sample.png').length;
  // The image as it is; each video with what made it, twice (its udta and a uuid box).
  const png = listing.filter(([name]) => name.endsWith('.png'));
  expect(png).toEqual([[expect.any(String), pngBytes, 0]]);
  const videos = listing.filter(([name]) => name.endsWith('.mp4'));
  expect(videos).toHaveLength(2);
  for (const [, size, settings] of videos) {
    expect(size).toBeGreaterThan(mp4);
    expect(size).toBeLessThan(mp4 + 8192);
    expect(settings).toBe(2);
  }
  expect(listing.map(([name]) => name)).toEqual(expect.arrayContaining([expect.stringMatching(/^wan-2-2-.+\.mp4$/), expect.stringMatching(/^wan-2-2-.+-2\.mp4$/)]));

  await items.filter({ has: page.locator('img') }).getByRole('button', { name: 'Delete' }).click();
  await expect(items).toHaveCount(2);
  await expect(card(page).getByTestId('kept-note').last()).toHaveText(/^Deleted from this device/);
  await page.reload();
  await expect(items).toHaveCount(2);
  expect(await storeCounts(page)).toEqual({ blobs: 1, sources: 3 });
});
