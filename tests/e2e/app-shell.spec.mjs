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

// An SVG icon is a document of its own, parsed on the main thread: asked for with the page,
// it arrived while the app mounted. The loader links it once the app's first frame is out.
test('the tab gets its icon once the app is there, not while it starts', async ({ page, requestedUrls, consoleErrors }) => {
  await page.addInitScript(() => {
    const mounting = new MutationObserver(() => {
      if (!document.querySelector('form textarea')) return;
      mounting.disconnect();
      window.formAt = performance.now();
    });
    mounting.observe(document, { childList: true, subtree: true });
  });
  const response = await page.goto('./');
  // An empty icon as the page arrives, so the browser does not ask for /favicon.ico either.
  const html = await response.text();
  expect(html).toContain('<link rel="icon" href="data:," />');
  expect(html).not.toMatch(/<link[^>]*href="[^"]*favicon-/);

  const icon = page.locator('head link[rel="icon"]');
  await expect(icon).toHaveAttribute('href', /^\.\/favicon-[0-9a-f]+\.svg$/);
  await expect(icon).toHaveCount(1);
  const href = await icon.evaluate((link) => link.href);
  const asked = await page.evaluate(
    (url) => performance.getEntriesByName(url)[0]?.startTime ?? null,
    href,
  );
  expect(asked).not.toBeNull();
  expect(asked).toBeGreaterThan(await page.evaluate(() => window.formAt));

  // What the tab shows: the app's own icon, asked for once, with no error under the policy.
  const svg = await page.request.get(href);
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await svg.text()).toMatch(/^<svg/);
  expect(requestedUrls.filter((url) => url === href)).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

// The wasm is the longest download: the parser asks for it (and the scripts) before it parses
// the inline stylesheet and runs the head's script, not after.
test('the page names its script and wasm for preloading before its stylesheet', async ({ page, requestedUrls }) => {
  const response = await page.goto('./');
  const html = await response.text();
  const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)];
  const hrefs = preloads.map((match) => match[1]);
  expect(hrefs.some((href) => /^\.\/wan-i2v-[0-9a-f]+\.js$/.test(href))).toBe(true);
  expect(hrefs.some((href) => /_bg\.wasm$/.test(href))).toBe(true);
  const stylesheet = html.indexOf('<style');
  const firstScript = html.indexOf('<script');
  expect(stylesheet).toBeGreaterThan(0);
  for (const match of preloads) {
    expect(match.index).toBeLessThan(stylesheet);
    expect(match.index).toBeLessThan(firstScript);
  }
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  for (const href of hrefs) expect(requestedUrls.filter((url) => url.endsWith(href.slice(1)))).toHaveLength(1);
});
