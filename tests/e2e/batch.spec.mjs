// One job per image: several images given at once (picked, dropped, pasted) become a queue
// of checked thumbnails; Generate sends one job per valid image (times the variations),
// each with its own img_url, asks in the page before leaving out invalid images, and keeps
// everything part 4 promises (a 429 mid-batch, a reload mid-batch, nothing sent twice).
import {
  test,
  expect,
  openApp,
  submits,
  seriousViolations,
  expectNoSidewaysScroll,
  putFiles,
  settled,
  TOKEN,
} from './support.mjs';
import { png, file } from './lib/images.mjs';

test.use({ fakeSpeed: 4 });

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const cards = (page) => page.locator('.current .job-card');
const setPanel = (page) => page.getByTestId('job-set');
const queueItems = (page) => page.getByTestId('queue-item');
const picker = (page) => page.locator('#file-img_url');
const skipDialog = (page) => page.getByRole('alertdialog');

/** Three valid images, each of its own colour (so their data: URIs differ). */
const IMAGES = [
  ['red.png', png(640, 480, { rgb: [200, 30, 30] })],
  ['green.png', png(480, 640, { rgb: [30, 200, 30] })],
  ['blue.png', png(800, 600, { rgb: [30, 30, 200] })],
];
const asFiles = (images) => images.map(([name, bytes]) => file(name, 'image/png', bytes));
const dataUri = (bytes) => `data:image/png;base64,${bytes.toString('base64')}`;
/** Submits whose whole body has arrived (the fake lists a request as it starts; a body of
 *  megabytes arrives after). */
const arrived = (fake) => submits(fake).filter((s) => s.body);
const received = (fake) => arrived(fake).length;
const sentImages = (fake) => arrived(fake).map((s) => JSON.parse(s.body).img_url);

/** The prompt, then the three images picked at once; waits until each is checked. */
async function pickThree(page, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  await picker(page).setInputFiles(asFiles(IMAGES));
  await expect(queueItems(page)).toHaveCount(3);
  await expect(queueItems(page).locator('.ok')).toHaveCount(3, { timeout: 20_000 });
  await expect(generate(page)).toBeEnabled();
}

/** Drops or pastes several PNGs (`[name, bytes]` pairs) at once onto `selector`. */
async function putPngs(page, kind, selector, images) {
  await putFiles(page, kind, selector, images.map(([name, bytes]) => ({ name, type: 'image/png', bytes })));
}

test('three images picked at once: three jobs, each with its own img_url in order, priced together, shown with their images', async ({ page, fake }) => {
  await openApp(page, fake);
  await pickThree(page, 'One fox per picture');
  await expect(page.locator('.image-queue')).toContainText('3 images, one job each');
  await expect(queueItems(page).locator('.image-label')).toHaveText(['red.png', 'green.png', 'blue.png']);
  await expect(queueItems(page).getByTestId('queue-facts')).toHaveText([/640 × 480 px · .* · PNG/, /480 × 640 px/, /800 × 600 px/]);
  // The URL goes while a queue stands for the image; the picker adds more.
  await expect(page.locator('#field-img_url')).toBeHidden();
  await expect(page.locator('label[for="file-img_url"].button')).toHaveText('Add images');
  await expect(page.getByTestId('price')).toContainText('≈ $0.40 for 5 s × 3 jobs = $1.20');

  await generate(page).click();
  await expect.poll(() => received(fake)).toBe(3);
  expect(sentImages(fake)).toEqual(IMAGES.map(([, bytes]) => dataUri(bytes)));
  for (const s of submits(fake)) {
    const body = JSON.parse(s.body);
    expect(body.prompt).toBe('One fox per picture');
    expect(body.resolution).toBe('480P');
  }
  await expect(setPanel(page)).toContainText('3 images, 3 jobs: 3 sent');
  await expect(cards(page)).toHaveCount(3);
  // Each card shows the image it was sent with (newest first), from the device.
  await expect(cards(page).locator('img.job-image')).toHaveCount(3);
  const shown = await cards(page)
    .locator('img.job-image')
    .evaluateAll((imgs) => Promise.all(imgs.map(async (i) => (await i.decode(), `${i.naturalWidth}×${i.naturalHeight} ${i.src.slice(0, 5)}`))));
  expect(shown.sort()).toEqual(['480×640 blob:', '640×480 blob:', '800×600 blob:']);
  await expect(cards(page).locator('img.job-image').first()).toHaveAttribute('alt', 'The image of this job');
  // Generate back: the batch's sending is over, anything more would have gone by now.
  await expect(generate(page)).toBeEnabled();
  await settled(page);
  expect(submits(fake)).toHaveLength(3);

  // "Use these settings" of one job (the third, of the blue image): the form takes its image
  // in place of the queue. Side by side, a card's other actions wait behind "More".
  const third = cards(page).nth(2);
  await expect(third.getByRole('button', { name: 'Use these settings' })).toBeHidden();
  await third.getByText('More', { exact: true }).click();
  await third.getByRole('button', { name: 'Use these settings' }).click();
  await expect(queueItems(page)).toHaveCount(0);
  await expect(page.getByTestId('image-facts')).toContainText('800 × 600 px');
  await expect(page.getByTestId('price')).toContainText('≈ $0.40 for 5 s');
  await expect(page.getByTestId('price')).not.toContainText('jobs');
});

test('with 2 variations: six jobs, two per image in order, every seed different', async ({ page, fake }) => {
  await openApp(page, fake);
  await pickThree(page, 'Two takes of each');
  await page.getByLabel('Variations').fill('2');
  await page.getByLabel('Variations').press('Tab');
  await expect(page.getByTestId('price')).toContainText('× 6 jobs = $2.40');
  await generate(page).click();
  await expect.poll(() => received(fake)).toBe(6);
  const uris = IMAGES.map(([, bytes]) => dataUri(bytes));
  expect(sentImages(fake)).toEqual([uris[0], uris[0], uris[1], uris[1], uris[2], uris[2]]);
  const seeds = submits(fake).map((s) => JSON.parse(s.body).seed);
  expect(new Set(seeds).size).toBe(6);
  for (const seed of seeds) expect(Number.isInteger(seed)).toBe(true);
  await expect(setPanel(page)).toContainText('3 images, 6 jobs: 6 sent');
  await expect(cards(page)).toHaveCount(6);
});

test('invalid images are listed with their reasons; Generate asks in the page; Keep sends nothing, Skip sends only the valid ones', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Only the good ones');
  await picker(page).setInputFiles([
    ...asFiles(IMAGES.slice(0, 2)),
    file('small.png', 'image/png', png(359, 600)),
    file('notes.png', 'image/png', Buffer.from('just some text, not pixels')),
  ]);
  await expect(queueItems(page)).toHaveCount(4);
  await expect(queueItems(page).nth(2)).toContainText('must be at least 360 pixels', { timeout: 20_000 });
  await expect(queueItems(page).nth(3)).toContainText('not an image');
  await expect(queueItems(page).locator('.ok')).toHaveCount(2);
  // The price counts what would go: 2 images.
  await expect(page.getByTestId('price')).toContainText('× 2 jobs');
  // Invalid images do not block Generate: it asks.
  await expect(generate(page)).toBeEnabled();
  await generate(page).click();
  await expect(skipDialog(page)).toBeVisible();
  await expect(skipDialog(page)).toContainText('Skip 2 invalid images and send 2 jobs?');
  await expect(skipDialog(page)).toContainText('small.png: ');
  await expect(skipDialog(page)).toContainText('must be at least 360 pixels');
  await expect(skipDialog(page)).toContainText('notes.png: ');
  await expect(page.getByRole('button', { name: 'Skip them and send' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  // Keep: nothing is sent, nothing is lost; Escape does the same.
  await page.getByRole('button', { name: 'Keep all images' }).click();
  await expect(skipDialog(page)).toHaveCount(0);
  await expect(generate(page)).toBeFocused();
  await expect(queueItems(page)).toHaveCount(4);
  await page.keyboard.press('Control+Enter');
  await expect(skipDialog(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip them and send' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(skipDialog(page)).toHaveCount(0);
  // The question closed with Generate still "Generate", not "Submitting…": nothing is on
  // its way, and nothing went.
  await expect(generate(page)).toBeEnabled();
  await settled(page);
  expect(submits(fake)).toHaveLength(0);

  // Skip: only the valid ones go, in order.
  await generate(page).click();
  await page.getByRole('button', { name: 'Skip them and send' }).click();
  await expect.poll(() => received(fake)).toBe(2);
  expect(sentImages(fake)).toEqual(IMAGES.slice(0, 2).map(([, bytes]) => dataUri(bytes)));
  await expect(setPanel(page)).toContainText('2 images, 2 jobs: 2 sent');
  await expect(generate(page)).toBeEnabled();
  await settled(page);
  expect(submits(fake)).toHaveLength(2);
});

test('only invalid images: Generate says why and is disabled', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Nothing good');
  await picker(page).setInputFiles([
    file('small.png', 'image/png', png(359, 600)),
    file('tiny.png', 'image/png', png(100, 100)),
  ]);
  await expect(page.locator('#generate-reasons')).toContainText('Image: none of the images can be sent.', { timeout: 20_000 });
  await expect(generate(page)).toBeDisabled();
});

test('Fit to limits mends a queued image in place: the copy is checked, kept across a reload and sent', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Mend the wide one');
  await picker(page).setInputFiles([
    file('red.png', 'image/png', IMAGES[0][1]),
    file('wide.png', 'image/png', png(2400, 1200, { rgb: [240, 200, 40] })),
    file('small.png', 'image/png', png(300, 300)),
  ]);
  const wide = queueItems(page).filter({ hasText: 'wide.png' });
  await expect(wide).toContainText('must not exceed 2000 pixels', { timeout: 20_000 });
  // Only the image a smaller copy can mend gets the button, named for its image.
  await expect(page.getByRole('button', { name: /^Fit .* to the limits$/ })).toHaveCount(1);
  await expect(queueItems(page).filter({ hasText: 'small.png' }).getByRole('button', { name: /^Fit/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Fit wide.png to the limits' }).click();
  await expect(wide.getByTestId('queue-facts')).toHaveText(/2000 × 1000 px · .* · JPEG/, { timeout: 20_000 });
  await expect(wide.locator('.ok')).toContainText("Within the model's limits");
  await expect(page.getByRole('button', { name: /^Fit .* to the limits$/ })).toHaveCount(0);

  // The mended copy is what the queue keeps: after a reload it is checked again as it is.
  await page.reload();
  await expect(queueItems(page).filter({ hasText: 'wide.png' }).getByTestId('queue-facts')).toHaveText(/2000 × 1000 px/, { timeout: 20_000 });
  await page.locator('#welcome-token').fill(TOKEN);
  await generate(page).click();
  await skipDialog(page).getByRole('button', { name: 'Skip them and send' }).click();
  await expect.poll(() => received(fake)).toBe(2);
  const [red, mended] = sentImages(fake);
  expect(red).toBe(dataUri(IMAGES[0][1]));
  expect(mended).toMatch(/^data:image\/jpeg;base64,/);
  const size = await page.evaluate(async (uri) => {
    const image = new Image();
    image.src = uri;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, mended);
  expect(size).toEqual([2000, 1000]);
});

test('a 429 in the middle of a batch pauses the rest as RunComfy asks; the rest go afterwards, nothing twice', async ({ page, fake }) => {
  await openApp(page, fake);
  await pickThree(page, 'Slow down [429-second]');
  await generate(page).click();
  await expect(page.getByTestId('set-note')).toHaveText('RunComfy asked to slow down: the rest of the set waits 2 s.');
  expect(submits(fake)).toHaveLength(2);
  await expect.poll(() => submits(fake).length, { timeout: 10_000 }).toBe(3);
  const gap = submits(fake)[2].time - submits(fake)[1].time;
  expect(gap).toBeGreaterThanOrEqual(1_900);
  const uris = IMAGES.map(([, bytes]) => dataUri(bytes));
  expect(sentImages(fake)).toEqual(uris);
  await expect(setPanel(page)).toContainText('3 images, 3 jobs: 2 sent, 1 not sent');

  // The one turned away (the second image) goes with one click.
  await page.getByRole('button', { name: 'Send the one not sent' }).click();
  await expect.poll(() => received(fake)).toBe(4);
  expect(sentImages(fake)[3]).toBe(uris[1]);
  await expect(setPanel(page)).toContainText('3 images, 3 jobs: 3 sent');
  await expect(generate(page)).toBeEnabled();
  await settled(page);
  expect(submits(fake)).toHaveLength(4);
});

test('a reload in the middle of a batch sends nothing by itself, lists what was not sent, and keeps the queue', async ({ page, fake }) => {
  await page.clock.install();
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  await pickThree(page, 'Interrupted [submit-4s]');
  await generate(page).click();
  await expect(cards(page)).toHaveCount(1, { timeout: 10_000 });
  await expect.poll(() => submits(fake).length).toBe(2);
  await page.reload();
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await expect(setPanel(page)).toContainText('3 images, 3 jobs: 1 sent, 2 not sent');
  // The queue is back, checked anew.
  await expect(queueItems(page).locator('.image-label')).toHaveText(['red.png', 'green.png', 'blue.png']);
  await expect(queueItems(page).locator('.ok')).toHaveCount(3, { timeout: 20_000 });
  // The reloaded app's next 2.5 s, at once: whatever it would start by itself has started.
  await page.clock.runFor(2_500);
  await settled(page);
  expect(submits(fake)).toHaveLength(2);

  const asked = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    dialog.accept();
  });
  await page.getByRole('button', { name: 'Send the 2 not sent' }).click();
  await expect.poll(() => submits(fake).length).toBe(4);
  expect(asked.join('\n')).toContain('RunComfy may have started it');
  const uris = IMAGES.map(([, bytes]) => dataUri(bytes));
  expect(sentImages(fake).slice(2)).toEqual([uris[1], uris[2]]);
  await expect(setPanel(page)).toContainText('3 images, 3 jobs: 3 sent');
});

test('several files dropped, then pasted, become one queue; removing down to one gives the single image back', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Dropped and pasted');
  await putPngs(page, 'drop', '.image-field', IMAGES.slice(0, 2));
  await expect(queueItems(page).locator('.image-label')).toHaveText(['red.png', 'green.png']);
  await putPngs(page, 'paste', '.image-field', IMAGES.slice(2));
  await expect(queueItems(page).locator('.image-label')).toHaveText(['red.png', 'green.png', 'blue.png']);
  await expect(queueItems(page).locator('.ok')).toHaveCount(3, { timeout: 20_000 });

  // By keyboard: the focus stays in the list as images go.
  const remove = (name) => page.getByRole('button', { name: `Remove ${name}` });
  await remove('green.png').focus();
  await page.keyboard.press('Enter');
  await expect(queueItems(page)).toHaveCount(2);
  await expect(remove('blue.png')).toBeFocused();
  await page.keyboard.press('Enter');
  // One left: the field is a single image again, sent as today.
  await expect(queueItems(page)).toHaveCount(0);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 480 px');
  await expect(page.locator('#field-img_url')).toBeVisible();
  await generate(page).click();
  await expect.poll(() => received(fake)).toBe(1);
  expect(sentImages(fake)).toEqual([dataUri(IMAGES[0][1])]);
  await expect(setPanel(page)).toHaveCount(0);
});

test('the queue is axe clean, reachable by keyboard, and fits 360 px', async ({ page, fake }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, fake);
  await page.locator('#field-prompt').fill('Small screen');
  await picker(page).setInputFiles([
    ...asFiles(IMAGES),
    file('a-very-long-file-name-that-goes-on-and-on-and-on.png', 'image/png', png(359, 600)),
  ]);
  await expect(queueItems(page)).toHaveCount(4);
  await expect(queueItems(page).nth(3)).toContainText('must be at least 360 pixels', { timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page, 360, ['Remove all images', 'Add images']);
  for (const box of await queueItems(page).evaluateAll((items) => items.map((i) => i.getBoundingClientRect().right))) {
    expect(box).toBeLessThanOrEqual(360);
  }
  // Tab from the picker reaches every Remove button, then "Remove all images".
  await page.locator('#file-img_url').focus();
  const reached = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim()));
  }
  expect(reached.filter((t) => t?.startsWith('Remove')).length).toBeGreaterThanOrEqual(5);
  await generate(page).click();
  await expect(skipDialog(page)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page, 360, ['Skip them and send', 'Keep all images']);
  await page.getByRole('button', { name: 'Remove all images' }).click();
  await expect(queueItems(page)).toHaveCount(0);
  await expect(page.locator('#field-img_url')).toBeFocused();
  await expect(generate(page)).toBeDisabled();
});

test('an 8 MB image in a batch is kept on the device: the queue and the batch survive a reload, and what was not sent goes with its bytes', async ({ page, fake }) => {
  await page.clock.install();
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  // Each submit answered after 4 s: the reload below comes while the second is on its way.
  await page.locator('#field-prompt').fill('Big and small [submit-4s]');
  // 8.4 MB: within the model's 10 MB, beyond what localStorage ever kept beside the rest.
  const big = png(2000, 1400, { noise: true });
  await picker(page).setInputFiles([...asFiles(IMAGES.slice(0, 2)), file('big.png', 'image/png', big)]);
  await expect(queueItems(page).locator('.ok')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByTestId('storage-note')).toHaveCount(0);
  await generate(page).click();
  await expect(cards(page)).toHaveCount(1, { timeout: 10_000 });
  await expect.poll(() => submits(fake).length).toBe(2);
  await page.reload();
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await expect(queueItems(page).locator('.image-label')).toHaveText(['red.png', 'green.png', 'big.png']);
  await expect(setPanel(page)).toContainText('3 images, 3 jobs: 1 sent');
  await expect(setPanel(page)).not.toContainText('too large to keep');
  // The reloaded app's next 1.5 s, at once: whatever it would start by itself has started.
  await page.clock.runFor(1_500);
  await settled(page);
  expect(submits(fake)).toHaveLength(2);

  page.on('dialog', (dialog) => dialog.accept());
  await setPanel(page).getByRole('button', { name: /^Send the/ }).click();
  await expect
    .poll(() => sentImages(fake).includes(`data:image/png;base64,${big.toString('base64')}`), { timeout: 20_000 })
    .toBe(true);
  await expect(generate(page)).toBeEnabled();
});
