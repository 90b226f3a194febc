// The release build as it is hosted: from a sub-path of a plain static server, and behind
// the nginx recipe in deploy/ (dist/ + a same-origin proxy to RunComfy).
import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { test, expect, setApiBase, TOKEN, submits } from './support.mjs';
import { startStaticServer } from './static-server.mjs';
import { NGINX, BROTLI, startNginx } from './lib/nginx.mjs';

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

/** One GET with exactly these request headers; the body as it came (no decoding). */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('the release build holds a .gz and a .br beside every file, each the same bytes', async () => {
  const files = readdirSync('dist');
  const wasm = files.find((f) => f.endsWith('_bg.wasm'));
  const js = files.find((f) => /^wan-i2v-[0-9a-f]{12,16}\.js$/.test(f));
  for (const name of ['index.html', js, wasm]) {
    const raw = readFileSync(`dist/${name}`);
    expect(files, name).toContain(`${name}.gz`);
    expect(files, name).toContain(`${name}.br`);
    expect(gunzipSync(readFileSync(`dist/${name}.gz`)).equals(raw), `${name}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(`dist/${name}.br`)).equals(raw), `${name}.br`).toBe(true);
    expect(readFileSync(`dist/${name}.br`).length).toBeLessThan(readFileSync(`dist/${name}.gz`).length);
  }
});

for (const brotli of [false, true]) {
  test(`the nginx recipe sends the precompressed copies${brotli ? ', brotli included where the module is' : ' (gzip alone without the brotli module)'}`, async ({ fake }) => {
    test.skip(!NGINX, 'nginx is not installed (make test installs it on Debian)');
    test.skip(brotli && !BROTLI, 'the nginx brotli module is not installed (Debian: libnginx-mod-http-brotli-static)');
    const nginx = await startNginx({ root: 'dist', upstream: fake.url, brotli });
    try {
      const wasm = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
      const raw = readFileSync(`dist/${wasm}`);

      const gz = await rawGet(`${nginx.url}/${wasm}`, { 'Accept-Encoding': 'gzip' });
      expect(gz.status).toBe(200);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['content-type']).toBe('application/wasm');
      expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
      expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(gz.body.equals(readFileSync(`dist/${wasm}.gz`))).toBe(true);
      expect(gunzipSync(gz.body).equals(raw)).toBe(true);

      const br = await rawGet(`${nginx.url}/${wasm}`, { 'Accept-Encoding': 'gzip, deflate, br' });
      if (brotli) {
        expect(br.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
      } else {
        expect(br.headers['content-encoding']).toBe('gzip');
      }

      const plain = await rawGet(`${nginx.url}/${wasm}`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(raw)).toBe(true);

      // The page itself is compressed too, and checked again at every visit.
      const page = await rawGet(`${nginx.url}/`, { 'Accept-Encoding': 'gzip' });
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(gunzipSync(page.body).toString()).toBe(readFileSync('dist/index.html', 'utf8'));
    } finally {
      await nginx.close();
    }
  });
}
