// Screenshots of the main states for the README (desktop and phone width), taken from the
// release build against the fake RunComfy. Run: make screenshots
import { chromium } from '@playwright/test';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { startFakeRunComfy } from '../tests/e2e/fake-runcomfy.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/lib/chromium.mjs';

const OUT = 'docs/screenshots';
const site = await startStaticServer({ root: 'dist' });
const fake = await startFakeRunComfy({ speed: 4 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** Opens the app, points it at the fake, and fills a valid form. */
async function fillForm(page, prompt) {
  await page.goto(site.url);
  await page.locator('#app[data-ready="true"]').waitFor();
  await page.locator('#api-base').fill(fake.url);
  await page.locator('#api-base').press('Tab');
  await page.locator('#api-token').fill('rc-demo-token');
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await page.getByTestId('image-facts').waitFor();
}

/** Presses Generate (by its name in the page's language) and waits for the video to play. */
async function runToResult(page, generate) {
  await page.getByRole('button', { name: generate }).click();
  await page.locator('.job-card[data-phase="succeeded"] video').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('.job-card video')?.currentTime > 0.5);
}

try {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      await fillForm(page, 'A red fox trots through fresh snow, camera tracking alongside');
      if (scheme === 'light') await page.screenshot({ path: `${OUT}/${name}-form.png`, fullPage: name === 'desktop' });
      await runToResult(page, 'Generate');
      await page.locator('.job-card').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/${name}-result-${scheme}.png`, fullPage: name === 'desktop' });
      await page.close();
    }
  }
  // The German UI, as a German browser gets it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  await fillForm(page, 'Ein roter Fuchs trabt durch frischen Schnee');
  await runToResult(page, 'Erzeugen');
  await page.screenshot({ path: `${OUT}/desktop-result-de.png`, fullPage: true });
  await page.close();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await fake.close();
  await site.close();
}
