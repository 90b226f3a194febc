// The store, honestly: an unreadable entry is set aside, never erases the readable ones; a
// full store says so and loses nothing of what is shown.
import { test, expect, openApp, openModels } from './support.mjs';

test.use({ fakeSpeed: 4 });

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
  await page.addInitScript(() => {
    window.__full = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (window.__full && this.name === 'blobs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
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
