// Submitting, watching, cancelling, and every API error class, against the fake RunComfy.
import { test, expect, closeSettings, openApp, openSettings, recordStatuses, setApiBase, submits, TOKEN } from './support.mjs';

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const card = (page) => page.locator('.job-card').first();
const status = (page) => card(page).getByTestId('job-status');

/** Fills a valid form whose image is the fake's sample PNG; `prompt` picks the scenario. */
async function fillForm(page, fake, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(generate(page)).toBeEnabled();
}

test.describe('at half speed, so every phase outlasts a poll interval', () => {
  test.use({ fakeSpeed: 0.5 });

  test('happy path: queue falls, runs, the video plays; one submit with the exact body and token', async ({ page, fake, requestedUrls, consoleErrors, consoleMessages }) => {
    await openApp(page, fake);
    await fillForm(page, fake, 'A red fox runs through snow');
    await page.locator('#field-template').fill('flying');
    await page.getByLabel('Seed', { exact: true }).fill('42');
    await recordStatuses(page);
    await generate(page).click();

    await expect(card(page)).toBeVisible();
    await expect(status(page)).toHaveText(/Running/, { timeout: 20_000 });
    await expect(status(page)).toHaveText('Done', { timeout: 20_000 });

    const video = card(page).locator('video');
    // RunComfy's copy, or the device's once it is kept (kept.spec.mjs), whichever is first.
    const src = await video.getAttribute('src');
    expect(src === `${fake.url}/media/sample.webm` || src.startsWith('blob:'), src).toBe(true);
    await expect.poll(() => video.evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    const t0 = await video.evaluate((v) => v.currentTime);
    await expect.poll(() => video.evaluate((v) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(t0);
    for (const attr of ['controls', 'playsinline', 'muted', 'autoplay', 'loop']) {
      await expect(video).toHaveJSProperty(attr === 'playsinline' ? 'playsInline' : attr === 'muted' ? 'defaultMuted' : attr, true);
    }
    await expect(card(page).getByRole('link', { name: 'Download' })).toHaveAttribute('download', /^wan-2-2-.+\.webm$/);
    await expect(card(page).getByRole('link', { name: 'Open in new tab' })).toHaveAttribute('target', '_blank');

    // The queue position fell before it ran.
    const seen = await page.evaluate(() => window.__statuses);
    const positions = seen.map((s) => /position (\d)/.exec(s)?.[1]).filter(Boolean).map(Number);
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect(positions[positions.length - 1]).toBeLessThan(positions[0]);
    expect(seen.some((s) => s.startsWith('Running'))).toBe(true);

    // Exactly one submit, with the schema-typed body and the bearer token.
    const sent = submits(fake);
    expect(sent).toHaveLength(1);
    expect(sent[0].path).toBe('/v1/models/wan-ai/wan-2-2/image-to-video');
    expect(sent[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent[0].body)).toEqual({
      prompt: 'A red fox runs through snow',
      img_url: `${fake.url}/images/sample.png`,
      template: 'flying',
      resolution: '480P',
      duration: 5,
      prompt_extend: true,
      seed: 42,
    });
    // Status and result were asked with the token too; the token never appears in a URL.
    const polls = fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/v1/requests/'));
    expect(polls.length).toBeGreaterThan(1);
    for (const r of polls) expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
    // CORS preflights carry no token; nothing but the API calls (the Model API's, and the
    // account's balance) does, and those in the header.
    const isApiCall = (r) => r.path.startsWith('/v1/') || r.path === '/prod/v2/balance';
    for (const r of fake.requests.filter(isApiCall)) {
      if (r.method !== 'OPTIONS') expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
    for (const r of fake.requests.filter((r) => !isApiCall(r) || r.method === 'OPTIONS')) {
      expect(JSON.stringify(r)).not.toContain(TOKEN);
    }
    for (const url of requestedUrls) expect(url).not.toContain(TOKEN);
    // Not remembered: the token is in no storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(TOKEN);
    expect(consoleErrors).toEqual([]);
    // Never logged: no console line holds the token.
    for (const line of consoleMessages) expect(line).not.toContain(TOKEN);
  });
});

test('the token is stored only after opting in, and Forget token clears it', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  await expect.poll(() => page.evaluate(() => JSON.stringify({ ...localStorage }))).toContain(TOKEN);
  await page.reload();
  // Remembered: no invitation, the header chip shows the token's last four characters (then
  // the balance, once RunComfy said it).
  await expect(page.getByTestId('token-chip')).toHaveText(new RegExp(`^Token ✓ …${TOKEN.slice(-4)}( · \\$[\\d.]+)?$`));
  await expect(page.locator('#welcome-token')).toHaveCount(0);
  const dialog = await openSettings(page);
  await expect(dialog.getByLabel('API token')).toHaveValue(TOKEN);
  await dialog.getByRole('button', { name: 'Forget token' }).click();
  await expect(dialog.getByLabel('API token')).toHaveValue('');
  await expect.poll(() => page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN);
  await closeSettings(page);
  await expect(page.getByTestId('token-chip')).toHaveCount(0);
  // Forgotten: the invitation is back; a token typed now is not remembered.
  await page.locator('#welcome-token').fill(TOKEN);
  await page.reload();
  await expect(page.locator('#welcome-token')).toHaveValue('');
});

test('cancel while queued', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'A slow one [slow-queue]');
  await generate(page).click();
  await expect(status(page)).toHaveText(/Queued/);
  await card(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText('Cancelled');
  await expect(card(page).getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  const cancels = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cancel'));
  expect(cancels).toHaveLength(1);
  expect(cancels[0].method).toBe('POST');
  expect(cancels[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
});

test('not_cancellable once running', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Hold it [hold]');
  await generate(page).click();
  await expect(status(page)).toHaveText(/Queued/);
  const id = await card(page).getAttribute('data-request-id');
  // The job starts running on the server before the page has seen it.
  await fetch(`${fake.url}/__control/release/${id}`, { method: 'POST' });
  await card(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(card(page).getByTestId('cancel-note')).toHaveText(/can no longer be cancelled/);
  await expect(status(page)).toHaveText('Done', { timeout: 20_000 });
});

const submitErrors = [
  ['[401]', /did not accept the API token/],
  ['[402]', /balance is too low/],
  ['[403]', /not allowed to use this model/],
  ['[404]', /does not know this model/],
  ['[422]', /rejected the inputs[\s\S]*Image could not be downloaded/],
  ['[429]', /rate limiting[\s\S]*7 s/],
  ['[500]', /unavailable right now \(HTTP 500\)/],
  ['[200-error]', /reported an error \(code 500001\)[\s\S]*Model backend unavailable/],
  ['[malformed]', /not the expected JSON/],
];

for (const [keyword, message] of submitErrors) {
  test(`a ${keyword} answer to the submit shows its own message and keeps the form`, async ({ page, fake }) => {
    await openApp(page, fake);
    await fillForm(page, fake, `Error case ${keyword}`);
    await generate(page).click();
    await expect(page.locator('.submit-error')).toHaveText(message);
    await expect(page.locator('.job-card')).toHaveCount(0);
    await expect(page.locator('#field-prompt')).toHaveValue(`Error case ${keyword}`);
    expect(submits(fake)).toHaveLength(1); // never retried
  });
}

test('a 422 detail is shown at the field it names', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Bad [422]');
  await generate(page).click();
  await expect(page.locator('#status-img_url, #error-img_url').first()).toBeVisible();
  await expect(page.locator('.submit-error')).toContainText('img_url: Image could not be downloaded');
});

test('a blocked (CORS) API gets a message that points to the API base setting', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Blocked');
  fake.setCors(false);
  await generate(page).click();
  await expect(page.locator('.submit-error')).toContainText('CORS');
  await expect(page.locator('.submit-error')).toContainText('API base URL');
  // The error offers the way to the setting it names.
  await page.locator('.submit-error').getByRole('button', { name: 'Open settings' }).click();
  await expect(page.getByRole('dialog').getByLabel('API base URL')).toHaveValue(fake.url);
});

test('an unreachable API base says so', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Nowhere');
  await setApiBase(page, 'http://127.0.0.1:9');
  await generate(page).click();
  await expect(page.locator('.submit-error')).toContainText('Could not reach the API');
});

test('after transient 500/503 polls the job reconnects and still completes', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Wobbly [flaky]');
  await generate(page).click();
  await expect(status(page)).toHaveText(/reconnecting/);
  await expect(status(page)).toHaveText('Done', { timeout: 30_000 });
  await expect(card(page).locator('video')).toBeVisible();
});

test('a failed job shows the error RunComfy gave', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Doomed [fail]');
  await generate(page).click();
  await expect(status(page)).toHaveText(/Failed: Generation failed: out of memory/, { timeout: 20_000 });
});

test('the succeeded variant and videos[] outputs show a gallery', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Many [videos]');
  await generate(page).click();
  await expect(status(page)).toHaveText('Done', { timeout: 20_000 });
  await expect(card(page).locator('video')).toHaveCount(2);
  await expect(card(page).locator('img.player')).toHaveCount(1);
});

test('an expired result says so instead of a broken player', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Old [expired]');
  await generate(page).click();
  await expect(status(page)).toHaveText('Done', { timeout: 20_000 });
  await expect(card(page)).toContainText('no longer loads');
});

test('a submitted job survives a reload and resumes polling', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.getByLabel('Remember on this device').check();
  await fillForm(page, fake, 'Keep me [hold]');
  await generate(page).click();
  await expect(status(page)).toHaveText(/Queued/);
  const id = await card(page).getAttribute('data-request-id');
  await page.reload();
  await expect(page.locator(`.job-card[data-request-id="${id}"]`)).toBeVisible();
  await expect(page.locator('#field-prompt')).toHaveValue('Keep me [hold]');
  await fetch(`${fake.url}/__control/release/${id}`, { method: 'POST' });
  await expect(status(page)).toHaveText('Done', { timeout: 20_000 });
  await expect.poll(() => card(page).locator('video').evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
});

test('a submit that gets no answer times out with its own message', async ({ page, fake }) => {
  // The page's clock, so the submit's 30 s deadline is let pass at once.
  await page.clock.install();
  await openApp(page, fake);
  await fillForm(page, fake, 'Stuck [slow-submit]');
  await generate(page).click();
  await expect(page.locator('.generate-bar button[type=submit]')).toHaveText('Submitting…');
  await expect(page.locator('.generate-bar button[type=submit]')).toBeDisabled();
  await page.clock.runFor(29_000);
  await expect(page.locator('.generate-bar button[type=submit]')).toHaveText('Submitting…');
  await page.clock.runFor(2_000);
  await expect(page.locator('.submit-error')).toContainText('did not answer in time');
  expect(submits(fake)).toHaveLength(1);
});

test('a playing result is not redrawn while another job is polled', { tag: '@timing' }, async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'First, done soon');
  await generate(page).click();
  const first = page.locator('.job-card').first();
  await expect(first.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });

  await page.locator('#field-prompt').fill('Second, stays queued [slow-queue]');
  await generate(page).click();
  await expect(page.locator('.job-card')).toHaveCount(2);
  // The first job has moved from Result to History; mark its player there.
  const older = page.locator('.jobs .job-card').first().locator('video');
  await expect(older).toBeVisible();
  await older.evaluate((v) => (v.__sameElement = true));
  const second = page.locator('.current .job-card');
  await expect(second.getByTestId('job-status')).toHaveText(/Queued — position 5/);
  await expect(second.getByTestId('job-status')).toHaveText(/Queued — position 4/, { timeout: 10_000 });
  // The second job's polls changed the job list; the first card's player is untouched.
  expect(await older.evaluate((v) => v.__sameElement === true)).toBe(true);
});
