// The store, honestly: an unreadable entry is set aside, never erases the readable ones; a
// full store says so and loses nothing of what is shown.
import { test, expect, openApp, openModels } from './support.mjs';
import { png, file } from './lib/images.mjs';

test.use({ fakeSpeed: 4 });

/** The browser's quota for the site, used up once the test sets `window.__full`: every
 * write of a file is then refused as a browser refuses it. */
function fullWhenAsked() {
  window.__full = false;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (window.__full && this.name === 'blobs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.call(this, value, key);
  };
}

const SCHEMA = JSON.stringify({ properties: { prompt: { type: 'string', title: 'Prompt' } } });

test('one unreadable added model leaves the others as they are, and is set aside, not erased', async ({ page }) => {
  const good = { id: 'acme/kept/text-to-image', schema_json: SCHEMA, entry: null };
  const bad = { id: 42, schema_json: null };
  await page.addInitScript(
    ([models]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('wan-i2v.models.v1', models);
    },
    [JSON.stringify([bad, good])],
  );
  await openApp(page, null);
  await expect(page.getByTestId('storage-note')).toContainText('could not be read');
  await openModels(page);
  await expect(page.locator('#model-panel').getByRole('button', { name: good.id, exact: true })).toBeVisible();
  const kept = await page.evaluate(() => ({
    models: JSON.parse(localStorage.getItem('wan-i2v.models.v1')),
    aside: JSON.parse(localStorage.getItem('wan-i2v.set-aside.v1')),
  }));
  expect(kept.models).toEqual([good]);
  expect(kept.aside).toHaveLength(1);
  expect(kept.aside[0].key).toBe('wan-i2v.models.v1');
  expect(JSON.parse(kept.aside[0].text)).toEqual([bad]);
  // Set aside once, however often the app starts.
  await page.reload();
  await openModels(page);
  await expect(page.locator('#model-panel').getByRole('button', { name: good.id, exact: true })).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('wan-i2v.set-aside.v1')).length)).toBe(1);
});

test('a full store: the result says it is not kept, plays from RunComfy, and the job stays', async ({ page, fake }) => {
  // The browser's quota for the site, used up: every write of a file is refused as a
  // browser refuses it.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (this.name === 'blobs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('No room left');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.job-card').first();
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  await expect(card.getByTestId('kept-note')).toHaveText(
    "Not kept on this device: the browser's space for this site is full. Use Download to save it.",
  );
  await expect.poll(() => card.locator('video').evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  const id = await card.getAttribute('data-request-id');
  await page.reload();
  await expect(page.locator(`.job-card[data-request-id="${id}"]`)).toBeVisible();
});

test('a full store offers to delete the oldest kept results that make room, then keeps the new one', async ({ page, fake }) => {
  await page.addInitScript(fullWhenAsked);
  await openApp(page, fake);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  // The first result (the fake's WebM) is kept; then the store is full for the second
  // (the 360p WebM).
  await page.locator('#field-prompt').fill('The first one');
  await page.getByRole('button', { name: 'Generate' }).click();
  const first = page.locator('.job-card').first();
  await expect(first.getByTestId('kept-note')).toContainText('Kept on this device', { timeout: 20_000 });
  const firstId = await first.getAttribute('data-request-id');
  await page.evaluate(() => (window.__full = true));
  await page.locator('#field-prompt').fill('The second one [video-360p]');
  await page.getByRole('button', { name: 'Generate' }).click();
  const second = page.locator('.current .job-card').first();
  await expect(second.getByTestId('kept-note')).toContainText("the browser's space for this site is full", { timeout: 20_000 });
  const makeRoom = second.getByRole('button', { name: /^Delete the oldest kept result \(\d+ KB\) and keep this one$/ });
  await expect(makeRoom).toBeVisible();
  await page.evaluate(() => (window.__full = false));
  await makeRoom.click();
  await expect(second.getByTestId('kept-note')).toContainText('Kept on this device');
  await expect(page.locator('section.gallery').getByTestId('gallery-item')).toHaveCount(1);
  await expect(page.locator(`.job-card[data-request-id="${firstId}"]`).getByTestId('kept-note')).toContainText('Deleted from this device');
});

test('a result the browser says will not fit is not written: the note says so before any write', async ({ page, fake }) => {
  // The browser's own figures: 1 KB left for this site.
  await page.addInitScript(() => {
    window.__puts = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (this.name === 'blobs') window.__puts += 1;
      return put.call(this, value, key);
    };
    if (navigator.storage) navigator.storage.estimate = async () => ({ usage: 9_000, quota: 10_000 });
  });
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Too big for what is left');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.job-card').first();
  await expect(card.getByTestId('kept-note')).toContainText("the browser's space for this site is full", { timeout: 20_000 });
  expect(await page.evaluate(() => window.__puts)).toBe(0);
});

test('a full localStorage (filled for real) names what was not saved, frees what is set aside, and saves it', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Kept after all');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  // Fill the browser's own quota with data set aside as unreadable, leaving a few hundred
  // characters: the next history write is refused by Chromium itself.
  await page.evaluate(() => {
    const aside = (n) => JSON.stringify([{ key: 'wan-i2v.models.v1', at: 0, text: 'x'.repeat(n) }]);
    let fits = 0;
    let refused = 64 * 1024 * 1024;
    while (refused - fits > 64) {
      const n = Math.floor((fits + refused) / 2);
      try {
        localStorage.setItem('wan-i2v.set-aside.v1', aside(n));
        fits = n;
      } catch {
        refused = n;
      }
    }
    localStorage.setItem('wan-i2v.set-aside.v1', aside(fits - 300));
  });
  await page.getByRole('button', { name: 'Generate' }).click();
  const full = page.getByTestId('storage-full');
  await expect(full).toContainText("This site's storage on this device is full: ");
  await expect(full).toContainText('the job history');
  await expect(full).toContainText('could not be saved and would be lost when this tab closes.');
  await expect(page.getByTestId('storage-note')).toHaveCount(0);
  const id = await page.locator('.job-card').first().getAttribute('data-request-id');
  expect(await page.evaluate(() => localStorage.getItem('wan-i2v.history') ?? '')).not.toContain(id);

  await full.getByRole('button', { name: /^Free \d+(\.\d)? MB \(data set aside as unreadable, forms remembered for other models\) and save again$/ }).click();
  await expect(full).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('wan-i2v.history'))).toContain(id);
  expect(await page.evaluate(() => localStorage.getItem('wan-i2v.set-aside.v1'))).toBeNull();
  await page.reload();
  await expect(page.locator(`.job-card[data-request-id="${id}"]`)).toBeVisible();
});

test('a local file the full store refuses stays for the page, says so, and is kept once room is made', async ({ page, fake }) => {
  await page.addInitScript(fullWhenAsked);
  await openApp(page, fake);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.locator('#field-prompt').fill('A result to make room with');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.locator('.job-card').first().getByTestId('kept-note')).toContainText('Kept on this device', { timeout: 20_000 });

  await page.evaluate(() => (window.__full = true));
  await page.locator('#file-img_url').setInputFiles(file('mine.png', 'image/png', png(300, 200)));
  await expect(page.getByTestId('image-facts')).toContainText('300 × 200 px');
  const note = page.getByTestId('file-not-kept');
  await expect(note).toContainText("This file is not kept on this device: the browser's space for this site is full.");
  await page.evaluate(() => (window.__full = false));
  await note.getByRole('button', { name: /^Delete the oldest kept result \(\d+ KB\) and keep this file$/ }).click();
  await expect(note).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('image-facts')).toContainText('300 × 200 px');
});

test('a local file nothing names any more leaves the store; one still named, or just given, stays', async ({ page, fake }) => {
  await openApp(page, fake);
  const stored = () =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('wan-i2v');
          open.onsuccess = () => {
            const req = open.result.transaction('blobs').objectStore('blobs').getAllKeys();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result.sort());
            };
          };
        }),
    );
  // Three files given one after the other: the form names only the last.
  const keys = [];
  for (const [name, width, height] of [['first.png', 320, 240], ['second.png', 330, 250], ['third.png', 340, 260]]) {
    await page.locator('#file-img_url').setInputFiles(file(name, 'image/png', png(width, height)));
    await expect(page.getByTestId('image-facts')).toContainText(`${width} × ${height} px`);
    await expect.poll(stored).toHaveLength(keys.length + 1);
    keys.push((await stored()).find((key) => !keys.includes(key)));
  }
  const [first, second, third] = keys;
  const named = await page.evaluate(() => JSON.parse(localStorage.getItem('wan-i2v.form.v1')).img_url.split('?')[0].slice(6));
  expect(named).toBe(third);
  // The first and the form's were given two days ago; the second just now (another tab may
  // hold it unsaved).
  await page.evaluate(
    (old) =>
      new Promise((resolve) => {
        const open = indexedDB.open('wan-i2v');
        open.onsuccess = () => {
          const tx = open.result.transaction('sources', 'readwrite');
          const sources = tx.objectStore('sources');
          for (const key of old) sources.put({ local_at: Date.now() - 2 * 86_400_000 }, `local:${key}`);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    [first, third],
  );
  // After the next start, only the old one nothing names has gone.
  await page.reload();
  await expect(page.getByTestId('image-facts')).toContainText('340 × 260 px');
  await expect.poll(stored, { timeout: 15_000 }).toEqual([second, third].sort());
});
