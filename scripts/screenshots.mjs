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
try {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      await page.goto(site.url);
      await page.locator('#app[data-ready="true"]').waitFor();
      await page.getByLabel('API base URL').fill(fake.url);
      await page.getByLabel('API base URL').press('Tab');
      await page.getByLabel('API token').fill('rc-demo-token');
      await page.locator('#field-prompt').fill('A red fox trots through fresh snow, camera tracking alongside');
      await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
      await page.getByTestId('image-facts').waitFor();
      if (scheme === 'light') await page.screenshot({ path: `${OUT}/${name}-form.png`, fullPage: name === 'desktop' });
      await page.getByRole('button', { name: 'Generate' }).click();
      await page.locator('.job-card[data-phase="succeeded"] video').waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('.job-card video')?.currentTime > 0.5);
      await page.locator('.job-card').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/${name}-result-${scheme}.png`, fullPage: name === 'desktop' });
      await page.close();
    }
  }
  // The German UI, as a German browser gets it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  await page.goto(site.url);
  await page.locator('#app[data-ready="true"]').waitFor();
  await page.locator('#api-base').fill(fake.url);
  await page.locator('#api-base').press('Tab');
  await page.locator('#api-token').fill('rc-demo-token');
  await page.locator('#field-prompt').fill('Ein roter Fuchs trabt durch frischen Schnee');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await page.getByTestId('image-facts').waitFor();
  await page.getByRole('button', { name: 'Erzeugen' }).click();
  await page.locator('.job-card[data-phase="succeeded"] video').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('.job-card video')?.currentTime > 0.5);
  await page.screenshot({ path: `${OUT}/desktop-result-de.png`, fullPage: true });
  await page.close();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await fake.close();
  await site.close();
}
