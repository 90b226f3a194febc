// Never lose work: history across reloads, re-runs, share links, cURL, storage damage,
// export/import, and the background-tab notice.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, settled, submits, TOKEN } from './support.mjs';

const generate = (page) => page.getByRole('button', { name: 'Generate' });
const cards = (page) => page.locator('.job-card');

async function fillForm(page, fake, prompt) {
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expect(generate(page)).toBeEnabled();
}

/** Lets the test hide and show the tab: headless Chromium is always "visible". */
function controlVisibility(page) {
  return page.addInitScript(() => {
    window.__hidden = false;
    Object.defineProperty(document, 'visibilityState', { get: () => (window.__hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { get: () => window.__hidden });
  });
}

function setHidden(page, hidden) {
  return page.evaluate((hidden) => {
    window.__hidden = hidden;
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

async function runJob(page, fake, prompt) {
  await fillForm(page, fake, prompt);
  const before = await cards(page).count();
  await generate(page).click();
  await expect(cards(page)).toHaveCount(before + 1);
  await expect(cards(page).first().getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
}

test.describe('with a fast fake', () => {
  test.use({ fakeSpeed: 4 });

  test('history survives a reload, and "Use these settings" refills the form', async ({ page, fake }) => {
    await openApp(page, fake);
    await page.getByLabel('Seed', { exact: true }).fill('1234');
    await page.getByRole('radio', { name: '1080P' }).check();
    await runJob(page, fake, 'A heron takes off');
    await page.locator('#field-prompt').fill('Something else entirely');
    await page.getByRole('radio', { name: '480P' }).check();
    await page.reload();
    await expect(cards(page)).toHaveCount(1);
    const card = cards(page).first();
    await expect(card.getByTestId('job-status')).toHaveText('Done');
    await expect.poll(() => card.locator('video').evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(card).toContainText('seed: 1234');
    const when = await card.locator('time').getAttribute('datetime');
    expect(Math.abs(Date.parse(when) - Date.now())).toBeLessThan(120_000); // submitted just now
    await expect(card.locator('time')).not.toBeEmpty();
    await expect(page.locator('#field-prompt')).toHaveValue('Something else entirely');
    await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('1234'); // restored, and shown
    await card.getByRole('button', { name: 'Use these settings' }).click();
    await expect(page.locator('#field-prompt')).toHaveValue('A heron takes off');
    await expect(page.getByRole('radio', { name: '1080P' })).toBeChecked();
    await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('1234');
    await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
    // No token was kept: the history holds none.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN);
  });

  test('run again: same seed resends the exact inputs, new seed changes only the seed', async ({ page, fake }) => {
    await openApp(page, fake);
    await page.getByLabel('Seed', { exact: true }).fill('77');
    await runJob(page, fake, 'A lantern sways');
    page.on('dialog', (dialog) => dialog.accept());
    await cards(page).first().getByRole('button', { name: 'Run again with same seed' }).click();
    await expect(cards(page)).toHaveCount(2);
    await expect(cards(page).first().getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
    await cards(page).first().getByRole('button', { name: 'Run again with new seed' }).click();
    await expect(cards(page)).toHaveCount(3);
    const bodies = submits(fake).map((r) => JSON.parse(r.body));
    expect(bodies).toHaveLength(3);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2].seed).not.toBe(77);
    expect({ ...bodies[2], seed: 77 }).toEqual(bodies[0]);
  });

  test('a dismissed confirmation submits nothing', async ({ page, fake }) => {
    await openApp(page, fake);
    await runJob(page, fake, 'Only once');
    const asked = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      dialog.dismiss();
    });
    await cards(page).first().getByRole('button', { name: 'Run again with same seed' }).click();
    // The question was asked and answered "no"; what the answer set off has run.
    await expect.poll(() => asked).toHaveLength(1);
    await settled(page);
    expect(submits(fake)).toHaveLength(1);
    await expect(cards(page)).toHaveCount(1);
  });

  test('export, clear, import restores the list', async ({ page, fake }) => {
    await openApp(page, fake);
    await runJob(page, fake, 'First of two');
    await runJob(page, fake, 'Second of two');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export history' }).click(),
    ]);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.format).toBe('wan-i2v-history');
    expect(exported.jobs).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toContain(TOKEN);
    page.on('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Clear history' }).click();
    await expect(cards(page)).toHaveCount(0);
    await page.locator('#import-history').setInputFiles(path);
    await expect(page.getByTestId('history-note')).toHaveText('Imported 2 jobs.');
    await expect(cards(page)).toHaveCount(2);
    await expect(cards(page).first()).toContainText('Second of two');
    await expect(cards(page).nth(1)).toContainText('First of two');
  });
});

test('a share link fills the form and sends nothing; the token is not in it', async ({ page, context, fake }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, fake);
  await fillForm(page, fake, 'Shared: a "quoted" prompt & more #1');
  await page.getByLabel('Template').fill('carousel');
  await page.getByRole('switch', { name: 'Magic Prompt' }).uncheck();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByTestId('share-feedback')).toContainText('Share link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#inputs=');
  expect(link).not.toContain(TOKEN);

  const fresh = await context.newPage();
  fake.requests.length = 0;
  await fresh.goto(link);
  await expect(fresh.locator('#app[data-ready="true"]')).toBeVisible();
  await expect(fresh.locator('#field-prompt')).toHaveValue('Shared: a "quoted" prompt & more #1');
  await expect(fresh.getByLabel('Template')).toHaveValue('carousel');
  await expect(fresh.getByRole('switch', { name: 'Magic Prompt' })).not.toBeChecked();
  await expect(fresh.getByTestId('share-note')).toContainText('shared link');
  await expect.poll(() => fresh.evaluate(() => location.hash)).toBe('');
  // The link has been read and the form filled: what opening it set off has run and ended.
  await settled(fresh);
  expect(fake.requests.filter((r) => r.path.startsWith('/v1/'))).toEqual([]);
});

test('Copy as cURL is the exact request the API receives, without the token', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, "It's a test: the fox's tail");
  await page.getByLabel('Seed', { exact: true }).fill('9');
  await page.getByText('Show the request as cURL').click();
  // The text is written on the details' `toggle` event, which fires a task after the click.
  await expect(page.getByTestId('curl-text')).toContainText(`curl -X POST '${fake.url}/v1/models/wan-ai/wan-2-2/image-to-video'`);
  const curl = await page.getByTestId('curl-text').textContent();
  expect(curl).toContain('-H "Authorization: Bearer $YOUR_API_TOKEN"');
  expect(curl).not.toContain(TOKEN);
  await generate(page).click();
  await expect(cards(page)).toHaveCount(1);
  const quoted = curl.split('-d ')[1].trim();
  const body = quoted.slice(1, -1).replaceAll("'\\''", "'");
  expect(JSON.parse(body)).toEqual(JSON.parse(submits(fake)[0].body));
});

test('damaged saved data does not break the page', async ({ page, fake, consoleErrors }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('wan-i2v.settings.v1', '{"api_base": 42');
    localStorage.setItem('wan-i2v.form.v1', '[1, 2, 3]');
    localStorage.setItem(
      'wan-i2v.history',
      JSON.stringify({
        format: 'wan-i2v-history',
        version: 2,
        jobs: [
          { request_id: 'kept-1', inputs: { prompt: 'survivor' }, phase: 'Cancelled', submitted_at_ms: 1 },
          'garbage',
          { phase: { Nope: 1 } },
        ],
      }),
    );
  });
  await openApp(page, fake);
  await expect(page.getByTestId('storage-note')).toContainText('could not be read');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('survivor');
  await expect(page.getByRole('radio', { name: '480P' })).toBeChecked();
  await fillForm(page, fake, 'Still works');
  expect(consoleErrors).toEqual([]);
});

test('a job that ends in a background tab marks the title', async ({ page, fake }) => {
  // The page's clock: a hidden tab polls once a minute, and that minute is let pass at once.
  await page.clock.install();
  await controlVisibility(page);
  await openApp(page, fake);
  await fillForm(page, fake, 'Behind your back [hold]');
  await generate(page).click();
  await expect(cards(page)).toHaveCount(1);
  await setHidden(page, true);
  // The wait begun while visible runs out (at most 11 s), then the hidden one (a minute, +10 %).
  await page.clock.runFor(11_000);
  await settled(page);
  const id = await cards(page).first().getAttribute('data-request-id');
  await fetch(`${fake.url}/__control/complete/${id}`, { method: 'POST' });
  await page.clock.runFor(67_000);
  await expect(page).toHaveTitle('✓ Done — Wan 2.2 Image-to-Video');
  await expect(page.getByRole('status').filter({ hasText: 'Done' })).toHaveCount(1);
  await setHidden(page, false);
  await expect(page).toHaveTitle('Wan 2.2 Image-to-Video');
});

test('Ctrl+Enter in the form submits', async ({ page, fake }) => {
  await openApp(page, fake);
  await fillForm(page, fake, 'Keyboard person');
  await page.locator('#field-prompt').press('Control+Enter');
  await expect(cards(page)).toHaveCount(1);
  expect(submits(fake)).toHaveLength(1);
});

test('a hidden tab polls once a minute and checks at once when shown again', async ({ page, fake }) => {
  // The page's clock, so the app's waits between polls can be let pass at once (time flows
  // as usual otherwise).
  await page.clock.install();
  await controlVisibility(page);
  await openApp(page, fake);
  await fillForm(page, fake, 'Waiting in the dark [hold]');
  await generate(page).click();
  const card = cards(page).first();
  await expect(card.getByTestId('job-status')).toHaveText(/Queued/);
  await setHidden(page, true);
  const polls = () => fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/status')).length;
  // Let the short wait begun while visible run out: the longest is 11 s (10 s, +10 %
  // jitter). Its poll is the last one; the wait after it is the hidden one.
  await page.clock.runFor(11_000);
  await settled(page);
  const before = polls();
  const id = await card.getAttribute('data-request-id');
  await fetch(`${fake.url}/__control/complete/${id}`, { method: 'POST' });
  await page.clock.runFor(4_000);
  await settled(page);
  expect(polls()).toBe(before); // hidden: no poll within seconds
  await expect(card.getByTestId('job-status')).toHaveText(/Queued/);
  await setHidden(page, false);
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 2_000 });
});

test('a long history is back at once: the newest 20 listed, the rest one press away', async ({ page, fake }) => {
  const jobs = Array.from({ length: 26 }, (_, i) => ({
    request_id: `long-${String(i).padStart(2, '0')}`,
    model_id: 'wan-ai/wan-2-2/image-to-video',
    inputs: { prompt: `take ${i}` },
    phase: { Succeeded: { media: [{ url: `${fake.url}/media/sample.webm`, kind: 'Video' }] } },
    submitted_at_ms: 1_700_000_000_000 + i * 60_000,
  })).reverse(); // newest first, as the history is kept
  await page.addInitScript((text) => localStorage.setItem('wan-i2v.history', text), JSON.stringify({ format: 'wan-i2v-history', version: 2, jobs }));
  await openApp(page, fake);
  const listed = page.locator('section.jobs .job-card');
  await expect(listed).toHaveCount(20);
  // The newest is the result; the history starts with the next.
  await expect(listed.first()).toHaveAttribute('data-request-id', 'long-24');
  await page.getByRole('button', { name: 'Show 5 more (5 not shown)' }).click();
  await expect(listed).toHaveCount(25);
  await expect(listed.last()).toHaveAttribute('data-request-id', 'long-00');
  await expect(page.getByTestId('show-more')).toHaveCount(0);
  // History videos wait for a press: only the result plays by itself.
  expect(await listed.first().locator('video').evaluate((v) => [v.autoplay, v.preload])).toEqual([false, 'metadata']);
});
