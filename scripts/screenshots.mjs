// Screenshots of the workbench for the README and for review: a laptop (1366×768) and a
// phone (390×844), light, dark and German; the first visit, a finished job, the settings
// dialog, the balance and a spending limit, a press over the limit, the model catalog, the frame picker, three variations side by side, a queue of
// images, the gallery of what is kept on the device, the notice when the app's second module cannot be fetched, a token pasted with a
// character no request can carry, and a job left unconfirmed by a 404. Taken from the release build against the fake RunComfy. Run: make screenshots
import { chromium } from '@playwright/test';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { startFakeRunComfy } from '../tests/e2e/fake-runcomfy.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/lib/chromium.mjs';
import { png } from '../tests/e2e/lib/images.mjs';
import { readFileSync } from 'node:fs';

const OUT = 'docs/screenshots';
const DEVICES = {
  laptop: { viewport: { width: 1366, height: 768 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
};
const LOOKS = {
  light: { colorScheme: 'light', locale: 'en-US', prompt: 'A red fox trots through fresh snow, camera tracking alongside' },
  dark: { colorScheme: 'dark', locale: 'en-US', prompt: 'A red fox trots through fresh snow, camera tracking alongside' },
  de: { colorScheme: 'light', locale: 'de-DE', prompt: 'Ein roter Fuchs trabt durch frischen Schnee' },
};

const site = await startStaticServer({ root: 'dist' });
const fake = await startFakeRunComfy({ speed: 4 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** Points the app at the fake through the settings dialog, as a user would. */
async function useFake(page) {
  await page.locator('#open-settings').click();
  await page.locator('#api-base').fill(fake.url);
  await page.locator('#api-base').press('Tab');
  await page.keyboard.press('Escape');
}

/** The first visit, the token pasted and used, the form filled, a job run to a playing video. */
async function runToResult(page, prompt) {
  await page.locator('#welcome-token').fill('rc-demo-token-1f2e');
  await page.locator('#welcome-token').press('Enter');
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await page.getByTestId('image-facts').waitFor();
  // Ctrl/Cmd+Enter from the prompt, as a keyboard user would; a scripted click would
  // scroll the page first.
  await page.locator('.generate-bar button[type="submit"]:enabled').waitFor();
  await page.locator('#field-prompt').press('Control+Enter');
  await page.locator('.current .job-card[data-phase="succeeded"] video').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('.current video')?.currentTime > 0.5);
}

/** Three variations of the prompt, side by side under Result once they are done. */
async function runVariations(page, prompt) {
  await page.locator('#variations').fill('3');
  await page.locator('#variations').press('Tab');
  await page.locator('#field-prompt').fill(`${prompt}, dusk`);
  await page.locator('#field-prompt').press('Control+Enter');
  await page.locator('.current .job-card[data-phase="succeeded"]').nth(2).waitFor({ timeout: 30_000 });
  await page.locator('#variations').fill('1');
  await page.locator('#variations').press('Tab');
  await page.locator('.current').scrollIntoViewIfNeeded();
}

/** A history whose newest jobs are a chain of the fake's three MP4 clips. */
function chainHistory(prompt) {
  const jobs = [1, 2, 3].map((i) => ({
    request_id: `film-${i}-0000-0000`,
    model_id: 'wan-ai/wan-2-2/image-to-video',
    inputs: { prompt: `${prompt} (${i})` },
    phase: { Succeeded: { media: [{ url: `${fake.url}/media/film/clip${i}.mp4`, kind: 'Video' }] } },
    submitted_at_ms: 1_765_000_000_000 + i * 60_000,
    ...(i > 1 ? { continues: { request_id: `film-${i - 1}-0000-0000`, at_secs: 1 } } : {}),
  }));
  return JSON.stringify({ format: 'wan-i2v-history', version: 2, jobs: jobs.reverse() });
}

/** The frame picker under the finished video, scrolled into view. */
async function showFramePicker(page) {
  const picker = page.locator('.current .frame-picker').first();
  await picker.waitFor();
  await picker.scrollIntoViewIfNeeded();
}

/** Four images given at once: a queue of thumbnails, one too large (Fit to limits mends
 *  it), one too small. */
async function queueImages(page) {
  const file = (name, buffer) => ({ name, mimeType: 'image/png', buffer });
  await page.locator('#file-img_url').setInputFiles([
    file('fox.png', readFileSync('tests/fixtures/images/sample.png')),
    file('dusk.png', png(2400, 1350, { rgb: [180, 90, 40] })),
    file('snow.png', png(720, 720, { rgb: [200, 210, 230] })),
    file('thumb.png', png(120, 90, { rgb: [60, 120, 60] })),
  ]);
  await page.locator('[data-testid="queue-item"] .ok').nth(1).waitFor({ timeout: 20_000 });
  await page.locator('.queue-actions button').nth(1).waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="queue-item"]').first().scrollIntoViewIfNeeded();
}

try {
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const [look, { prompt, ...context }] of Object.entries(LOOKS)) {
      const page = await browser.newPage({ ...options, ...context });
      await page.goto(site.url);
      await page.locator('#app[data-ready="true"]').waitFor();
      await useFake(page);
      await page.screenshot({ path: `${OUT}/${device}-first-visit-${look}.png` });
      await runToResult(page, prompt);
      await page.screenshot({ path: `${OUT}/${device}-result-${look}.png` });
      await showFramePicker(page);
      await page.screenshot({ path: `${OUT}/${device}-frame-${look}.png` });
      await runVariations(page, prompt);
      await page.screenshot({ path: `${OUT}/${device}-variations-${look}.png` });
      // The first two variations wiped over each other.
      await page.locator('[data-testid="synced-play"] button').nth(1).click();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="wipe"] video')].every((v) => v.readyState >= 2));
      await page.locator('[data-testid="wipe"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/${device}-wipe-${look}.png` });
      await page.locator('[data-testid="synced-play"] button').nth(1).click();
      await queueImages(page);
      await page.screenshot({ path: `${OUT}/${device}-image-queue-${look}.png` });
      // The model panel with RunComfy's catalog listed.
      await page.locator('.model-current').click();
      await page.locator('#model-options [role="option"]').first().waitFor();
      await page.locator('.model-picker').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/${device}-models-${look}.png` });
      await page.locator('.model-current').click();
      await page.locator('#open-settings').click();
      await page.locator('#api-token').waitFor();
      await page.screenshot({ path: `${OUT}/${device}-settings-${look}.png` });
      await page.close();
      // Money: the balance and a spending limit in the settings, then a press over it.
      const money = await browser.newPage({ ...options, ...context });
      await money.goto(site.url);
      await money.locator('#app[data-ready="true"]').waitFor();
      await useFake(money);
      await runToResult(money, prompt);
      await money.getByTestId('balance').waitFor();
      await money.locator('#open-settings').click();
      await money.locator('#budget-limit').fill('1');
      await money.locator('#budget-limit').press('Tab');
      await money.locator('#budget-limit').scrollIntoViewIfNeeded();
      await money.screenshot({ path: `${OUT}/${device}-settings-money-${look}.png` });
      await money.keyboard.press('Escape');
      await money.locator('#variations').fill('3');
      await money.locator('#variations').press('Tab');
      await money.locator('#field-prompt').press('Control+Enter');
      await money.getByTestId('budget-question').waitFor();
      await money.screenshot({ path: `${OUT}/${device}-budget-${look}.png` });
      await money.close();
      // Everything kept on this device: a job, then one with two videos and an image.
      const kept = await browser.newPage({ ...options, ...context });
      await kept.goto(site.url);
      await kept.locator('#app[data-ready="true"]').waitFor();
      await useFake(kept);
      await runToResult(kept, prompt);
      await kept.locator('#field-prompt').fill(`${prompt} [videos]`);
      await kept.locator('#field-prompt').press('Control+Enter');
      await kept.locator('.gallery-item').nth(3).waitFor({ timeout: 30_000 });
      await kept.waitForFunction(
        () =>
          [...document.querySelectorAll('.gallery-item video')].every((v) => v.readyState >= 2 && !v.seeking) &&
          [...document.querySelectorAll('.gallery-item img')].every((i) => i.complete && i.naturalWidth > 0),
      );
      await kept.locator('section.gallery').scrollIntoViewIfNeeded();
      await kept.screenshot({ path: `${OUT}/${device}-gallery-${look}.png` });
      // What was spent, from the costs the jobs recorded.
      await kept.locator('section.spend').scrollIntoViewIfNeeded();
      await kept.screenshot({ path: `${OUT}/${device}-spend-${look}.png` });
      await kept.close();
      // A chain of three MP4 clips saved as one video; then that film dropped on the page.
      const film = await browser.newPage({ ...options, ...context, acceptDownloads: true });
      await film.addInitScript((text) => localStorage.setItem('wan-i2v.history', text), chainHistory(prompt));
      await film.goto(site.url);
      await film.locator('#app[data-ready="true"]').waitFor();
      await useFake(film);
      await film.locator('#welcome-token').fill('rc-demo-token-1f2e');
      await film.locator('#welcome-token').press('Enter');
      const chain = film.locator('.job-card[data-request-id="film-3-0000-0000"] [data-testid="chain"]');
      await chain.waitFor();
      // "Use as input of…" opened under the last clip: the catalog's models that take a video.
      const onward = film.locator('.job-card[data-request-id="film-3-0000-0000"] [data-testid="onward"]');
      await onward.locator('button').first().click();
      await onward.locator('select').waitFor();
      await onward.scrollIntoViewIfNeeded();
      await film.screenshot({ path: `${OUT}/${device}-onward-${look}.png` });
      await onward.locator('button').first().click();
      const saved = film.waitForEvent('download');
      await chain.locator('button').nth(2).click();
      const bytes = readFileSync(await (await saved).path());
      await chain.locator('[data-testid="chain-status"]:not(:empty)').waitFor();
      await chain.scrollIntoViewIfNeeded();
      await film.screenshot({ path: `${OUT}/${device}-film-${look}.png` });
      await film.evaluate((b64) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([data], 'film.mp4', { type: 'video/mp4' }));
        document.querySelector('main h2').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
      }, bytes.toString('base64'));
      await film.getByTestId('dropped-film').waitFor();
      await film.evaluate(() => window.scrollTo(0, 0));
      await film.screenshot({ path: `${OUT}/${device}-film-dropped-${look}.png` });
      await film.close();
      // The second wasm module (src/split.rs) could not be fetched: the notice, the form.
      const cut = await browser.newPage({ ...options, ...context });
      await cut.route('**/later-*.wasm', (route) => route.abort('internetdisconnected'));
      await cut.goto(site.url);
      await cut.getByTestId('not-loaded').waitFor();
      await cut.locator('#field-prompt').fill(prompt);
      await cut.screenshot({ path: `${OUT}/${device}-not-loaded-${look}.png` });
      await cut.close();
      // A token pasted with a smart quote: named under the field, and under Generate.
      const odd = await browser.newPage({ ...options, ...context });
      await odd.goto(site.url);
      await odd.locator('#app[data-ready="true"]').waitFor();
      await useFake(odd);
      await odd.locator('#welcome-token').fill('“rc-demo-token-1f2e”');
      await odd.getByTestId('token-problem').first().waitFor();
      await odd.screenshot({ path: `${OUT}/${device}-token-problem-${look}.png` });
      // A job whose status came back 404 three times: not confirmed, with "Check again".
      await odd.locator('#welcome-token').fill('rc-demo-token-1f2e');
      await odd.locator('#field-prompt').fill(`${prompt} [poll-404]`);
      await odd.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
      await odd.getByTestId('image-facts').waitFor();
      await odd.locator('.generate-bar button[type="submit"]:enabled').waitFor();
      await odd.locator('#field-prompt').press('Control+Enter');
      await odd.locator('.current .job-card[data-phase="unconfirmed"]').waitFor({ timeout: 30_000 });
      await odd.locator('.current').scrollIntoViewIfNeeded();
      await odd.screenshot({ path: `${OUT}/${device}-unconfirmed-${look}.png` });
      await odd.close();
    }
  }
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await fake.close();
  await site.close();
}
