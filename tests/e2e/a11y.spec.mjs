// Accessibility: axe audits of the main states, keyboard-only use, themes, phone width.
import { test, expect, expectNoSidewaysScroll, openApp, seriousViolations } from './support.mjs';
import { png, file } from './lib/images.mjs';

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing serious in the main states (${scheme})`, async ({ page, fake }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, fake);
    expect(await seriousViolations(page), 'empty form').toEqual([]);

    await page.locator('#file-img_url').setInputFiles(file('small.png', 'image/png', png(300, 300)));
    await expect(page.locator('#status-img_url')).toContainText('at least 360 pixels');
    expect(await seriousViolations(page), 'invalid image').toEqual([]);

    await page.locator('#field-prompt').fill('An owl blinks [hold]');
    await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
    await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
    await page.getByRole('button', { name: 'Generate' }).click();
    const card = page.locator('.job-card').first();
    await expect(card.getByTestId('job-status')).toHaveText(/Queued/);
    expect(await seriousViolations(page), 'queued job').toEqual([]);

    const id = await card.getAttribute('data-request-id');
    await fetch(`${fake.url}/__control/release/${id}`, { method: 'POST' });
    await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
    await expect(card.locator('video')).toBeVisible();
    expect(await seriousViolations(page), 'result').toEqual([]);
  });
}

test('keyboard only: fill, submit, cancel', async ({ page, fake }) => {
  await openApp(page, fake);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  // From the token field, Tab reaches the prompt; typing there is keyboard only.
  await page.locator('#welcome-token').focus();
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.id)) !== 'field-prompt' && guard++ < 20) {
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-prompt');
  await page.keyboard.type('Typed by keyboard [slow-queue]');
  // Tab on to Generate and press it.
  guard = 0;
  while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Generate' && guard++ < 40) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  const card = page.locator('.job-card').first();
  await expect(card.getByTestId('job-status')).toHaveText(/Queued/);
  // Tab on to Cancel and press it with the space bar.
  guard = 0;
  while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Cancel' && guard++ < 60) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(card.getByTestId('job-status')).toHaveText('Cancelled');
});

test('usable at 360 px wide: nothing scrolls sideways', async ({ page, fake }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, fake);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expectNoSidewaysScroll(page, 360, ['Generate', 'Choose file', 'Copy share link']);
});

test('light and dark follow the system', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  expect(light).toBe('rgb(247, 247, 251)');
  expect(dark).toBe('rgb(17, 17, 24)');
});
