import { test, expect } from './support.mjs';

test('the built page starts its wasm and shows the app', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wan 2.2 Image-to-Video');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Inputs' })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page).toHaveTitle('Wan 2.2 Image-to-Video');
  expect(consoleErrors).toEqual([]);
});
