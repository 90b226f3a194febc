// The release build as it is hosted: from a sub-path of a plain static server, and behind
// the nginx recipe in deploy/ (dist/ + a same-origin proxy to RunComfy).
import { test, expect, setApiBase, TOKEN, submits } from './support.mjs';
import { startStaticServer } from './static-server.mjs';
import { NGINX, startNginx } from './lib/nginx.mjs';

test.use({ fakeSpeed: 4 });

/** Opens `url`, points the app at `apiBase`, runs one job to a playing video. */
async function happyPath(page, fake, url, apiBase) {
  await page.goto(url);
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await setApiBase(page, apiBase);
  await page.locator('#welcome-token').fill(TOKEN);
  await page.locator('#field-prompt').fill('Hosted somewhere');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.job-card').first();
  await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
  await expect.poll(() => card.locator('video').evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
}

test('dist/ works from a sub-path of a plain static server', async ({ page, fake, consoleErrors }) => {
  const server = await startStaticServer({ root: 'dist', base: '/some/sub/path/' });
  try {
    const assets = [];
    page.on('request', (r) => assets.push(new URL(r.url())));
    await happyPath(page, fake, server.url, fake.url);
    const own = assets.filter((u) => u.protocol === 'http:' && u.origin === new URL(server.url).origin);
    expect(own.length).toBeGreaterThan(2);
    for (const u of own) expect(u.pathname).toMatch(/^\/some\/sub\/path\//);
    expect(consoleErrors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the nginx recipe serves dist/ and proxies /runcomfy/ with the token, no CORS needed', async ({ page, fake, consoleErrors }) => {
  test.skip(!NGINX, 'nginx is not installed (make test installs it on Debian)');
  fake.setCors(false); // only a same-origin proxy can reach it now
  const nginx = await startNginx({ root: 'dist', upstream: fake.url });
  try {
    const index = await fetch(`${nginx.url}/`);
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    const wasm = await fetch(`${nginx.url}/${(await index.text()).match(/[\w-]+_bg\.wasm/)[0]}`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');

    await happyPath(page, fake, `${nginx.url}/`, `${nginx.url}/runcomfy`);
    const sent = submits(fake);
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(fake.requests.filter((r) => r.method === 'OPTIONS')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await nginx.close();
  }
});
