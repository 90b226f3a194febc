// What the page allows itself: a pinned Content-Security-Policy, no third-party origins,
// user and API strings shown as text.
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, openApp } from './support.mjs';

test('the built page pins its scripts with a CSP and loads nothing from elsewhere', async ({ page }) => {
  const html = readFileSync('dist/index.html', 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toBeTruthy();
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
  // The stylesheet is inlined (the shell paints without a second request): pinned by hash too.
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("worker-src 'self'"); // the service worker, sw.js
  // The policy comes before everything it governs: only the page's own preloads (pinned by
  // their integrity) are ahead of it, so the preload scanner does not wait for it.
  const ahead = html.slice(0, html.indexOf('http-equiv="Content-Security-Policy"'));
  expect(ahead).not.toMatch(/<(script|style)\b/);
  for (const [link] of ahead.matchAll(/<link\b[^>]*>/g)) expect(link).toMatch(/rel="(modulepreload|preload)"[^>]* integrity="sha384-/);
  expect(ahead).toMatch(/<link rel="preload" href="[^"]+\.wasm"/);
  expect(html).toContain('<meta name="referrer" content="no-referrer" />');
  // No CDN, no absolute asset path: every src/href is relative to the page (or the empty
  // icon the loader replaces with the page's own).
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThan(2);
  for (const ref of refs) expect(ref).toMatch(/^(\.\/|data:,$)/);
  for (const file of readdirSync('dist').filter((f) => /\.(js|css|html)$/.test(f))) {
    const code = readFileSync(`dist/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/https?:\/\/(?!model-api\.runcomfy\.net|127\.0\.0\.1|localhost|www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}/i);
  }

  // An injected inline script does not run.
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  const violation = page.evaluate(
    () => new Promise((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true })),
  );
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  expect(await violation).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

test('a prompt full of markup is shown as text, never run', async ({ page, fake }) => {
  const evil = '<img src=x onerror="window.__xss=1"><b>bold</b>';
  await openApp(page, fake);
  await page.locator('#field-prompt').fill(evil);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  const card = page.locator('.job-card').first();
  await expect(card.locator('.job-prompt')).toHaveText(evil);
  await expect(card.locator('.job-prompt b')).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});
