// The release build as it is hosted: from a sub-path of a plain static server, and behind
// the nginx recipe in deploy/ (dist/ + a same-origin proxy to RunComfy).
import { readFileSync, readdirSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { test, expect, setApiBase, TOKEN, submits } from './support.mjs';
import { startStaticServer } from './static-server.mjs';
import { NGINX, BROTLI, startNginx } from './lib/nginx.mjs';
import { OPENSSL, selfSignedCert, startHttpsUpstream } from './lib/tls.mjs';
import { png, file } from './lib/images.mjs';

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

/** One GET with exactly these request headers; the body as it came (no decoding). `tls`:
 *  options of an https GET (`ca`, `servername`). */
function rawGet(url, headers = {}, tls = {}) {
  const get = url.startsWith('https:') ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    get(url, { headers, ...tls }, (res) => {
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

/** Every kind of response the recipe sends, `[path, status]`: the page, a hashed wasm and
 *  script, a language file, the README, a 404, and an answer through the proxy. */
function responseKinds() {
  const files = readdirSync('dist');
  return [
    ['/', 200],
    ['/index.html', 200],
    [`/${files.find((f) => f.endsWith('_bg.wasm'))}`, 200],
    [`/${files.find((f) => /^wan-i2v-[0-9a-f]{12,16}\.js$/.test(f))}`, 200],
    [`/locales/${readdirSync('dist/locales').find((f) => /^[a-z]+\.txt$/.test(f))}`, 200],
    ['/README.md', 200],
    ['/no/such/file', 404],
    ['/runcomfy/v1/requests/no-such-request/status', 401], // the API's answer: no token
  ];
}

/** A policy's directives, name → value. */
const directives = (policy) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...v]) => [name, v.join(' ')]));

/** The headers every response of the recipe carries (deploy/nginx-headers.conf). */
function expectSecurityHeaders(headers, where) {
  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('frame-ancestors'), where).toBe("'none'");
  // Both policies apply, so the header may only repeat what the page's own policy says.
  const meta = directives(readFileSync('dist/index.html', 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1]);
  for (const [name, value] of csp) if (name !== 'frame-ancestors') expect(meta.get(name), `${where}: ${name}`).toBe(value);
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('no-referrer');
}

test('every response of the nginx recipe says: no framing, no sniffing, no referrer', async ({ fake }) => {
  test.skip(!NGINX, 'nginx is not installed (make test installs it on Debian)');
  const nginx = await startNginx({ root: 'dist', upstream: fake.url });
  try {
    for (const [path, status] of responseKinds()) {
      const res = await rawGet(`${nginx.url}${path}`);
      expect(res.status, path).toBe(status);
      expectSecurityHeaders(res.headers, path);
      // HSTS belongs to TLS alone (next test); over plain http browsers ignore it anyway.
      expect(res.headers['strict-transport-security'], path).toBeUndefined();
    }
  } finally {
    await nginx.close();
  }
});

test('over the recipe\'s TLS snippet every response also carries HSTS', async ({ fake }) => {
  test.skip(!NGINX, 'nginx is not installed (make test installs it on Debian)');
  test.skip(!OPENSSL, 'openssl is not installed');
  const cert = selfSignedCert();
  const nginx = await startNginx({ root: 'dist', upstream: fake.url, tls: cert });
  try {
    for (const [path, status] of responseKinds()) {
      const res = await rawGet(`${nginx.httpsUrl}${path}`, {}, { ca: cert.pem, servername: 'localhost' });
      expect(res.status, path).toBe(status);
      expectSecurityHeaders(res.headers, `https ${path}`);
      expect(res.headers['strict-transport-security'], path).toBe('max-age=31536000');
    }
  } finally {
    await nginx.close();
    cert.remove();
  }
});

test('a 5 MiB local image goes through the nginx proxy whole (no 413), the token not in its log', async ({ page, fake, consoleErrors }) => {
  test.skip(!NGINX, 'nginx is not installed (make test installs it on Debian)');
  fake.setCors(false);
  const nginx = await startNginx({ root: 'dist', upstream: fake.url });
  try {
    // Random pixels, stored: just over 5 MiB (the model takes under 10 MB), 7 MiB as a
    // data: URI; nginx's default 1 MiB body limit refused anything over ~750 KB.
    const big = png(1600, 1093, { noise: true });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const proxied = [];
    page.on('response', (r) => r.url().startsWith(`${nginx.url}/runcomfy/`) && proxied.push(r.status()));
    await page.goto(`${nginx.url}/`);
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    await setApiBase(page, `${nginx.url}/runcomfy`);
    await page.locator('#welcome-token').fill(TOKEN);
    await page.locator('#field-prompt').fill('A heavy picture');
    await page.locator('#file-img_url').setInputFiles(file('heavy.png', 'image/png', big));
    await expect(page.getByTestId('image-facts')).toContainText('1600 × 1093 px', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect.poll(() => proxied, 'nginx took the body (413 before)').toContain(200);
    expect(proxied).not.toContain(413);
    const card = page.locator('.job-card').first();
    await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 30_000 });

    const sent = submits(fake);
    expect(sent).toHaveLength(1);
    const expected = `data:image/png;base64,${big.toString('base64')}`;
    const got = JSON.parse(sent[0].body).img_url;
    expect(got.length).toBe(expected.length);
    expect(got === expected, 'the data: URI arrived byte for byte').toBe(true);
    expect(Number(sent[0].headers['content-length'])).toBe(Buffer.byteLength(sent[0].body));
    expect(proxied.length).toBeGreaterThan(1);
    expect(proxied).not.toContain(413);
    expect(nginx.log()).not.toContain(TOKEN);
    expect(consoleErrors).toEqual([]);
  } finally {
    await nginx.close();
  }
});

test('the proxy checks the upstream\'s certificate: untrusted or misnamed 502, trusted 200', async () => {
  test.skip(!NGINX, 'nginx is not installed (make test installs it on Debian)');
  test.skip(!OPENSSL, 'openssl is not installed');
  const cert = selfSignedCert(); // for localhost
  const upstream = await startHttpsUpstream(cert);
  const call = (nginx) => rawGet(`${nginx.url}/runcomfy/v1/requests/r-1/status`, { Authorization: `Bearer ${TOKEN}` });
  const run = async (options, check) => {
    const nginx = await startNginx({ root: 'dist', ...options });
    try {
      await check(await call(nginx), nginx.log());
    } finally {
      await nginx.close();
    }
  };
  try {
    // With the system's CA bundle (as installed), a certificate it does not know is refused
    // at the handshake: the token never leaves nginx.
    await run({ upstream: `https://localhost:${upstream.port}` }, (res, log) => {
      expect(res.status).toBe(502);
      expect(log).toContain('upstream SSL certificate verify error');
      expect(upstream.requests).toEqual([]);
    });
    // A trusted certificate for another name is refused too.
    await run({ upstream: `https://127.0.0.1:${upstream.port}`, trusted: cert.cert }, (res, log) => {
      expect(res.status).toBe(502);
      expect(log).toContain('upstream SSL certificate does not match');
      expect(upstream.requests).toEqual([]);
    });
    // The same upstream, its certificate trusted: so the 502s above were the check, not a
    // dead upstream.
    await run({ upstream: `https://localhost:${upstream.port}`, trusted: cert.cert }, (res, log) => {
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ ok: true });
      expect(upstream.requests).toHaveLength(1);
      expect(upstream.requests[0].path).toBe('/v1/requests/r-1/status');
      expect(upstream.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(upstream.requests[0].servername).toBe('localhost'); // SNI: proxy_ssl_server_name
      expect(log).not.toContain(TOKEN);
    });
  } finally {
    await upstream.close();
    cert.remove();
  }
});
