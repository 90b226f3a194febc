// Shared fixtures: a fresh fake RunComfy per test, the app opened and pointed at it, and
// every console error collected (a test fails on one unless it expects it).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { startFakeRunComfy } from './fake-runcomfy.mjs';

export { expect };

/** A token that looks real enough; tests assert where it goes and where it never goes. */
export const TOKEN = 'rc-test-token-7f3a9c';

export const test = base.extend({
  /** The fake's time factor: 0.5 doubles every phase of a job's timeline. */
  fakeSpeed: [1, { option: true }],
  fake: async ({ fakeSpeed }, use) => {
    const fake = await startFakeRunComfy({ speed: fakeSpeed });
    await use(fake);
    await fake.close();
  },
  /** Every console line, to prove the token is never logged. */
  consoleMessages: [
    async ({ page }, use) => {
      const lines = [];
      page.on('console', (msg) => lines.push(msg.text()));
      await use(lines);
    },
    { auto: true },
  ],
  /** A test that provokes an error in the page on purpose (a failed start) says so here. */
  pageErrorsExpected: [false, { option: true }],
  /** Any error thrown in the page and not caught — a wasm trap ("RuntimeError: unreachable")
   *  among them — fails the test that saw it, whatever the test itself checks. */
  pageErrors: [
    async ({ page, pageErrorsExpected }, use) => {
      const errors = [];
      page.on('pageerror', (err) => errors.push(err.stack || String(err)));
      await use(errors);
      if (!pageErrorsExpected) expect(errors, 'errors thrown in the page').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      page.on('pageerror', (err) => errors.push(String(err)));
      await use(errors);
    },
    { auto: true },
  ],
  /** The requests each page of the test has open, for `settled` (auto: a page of the
   *  context opened later, as a share link in a new tab, is followed too). */
  openRequests: [
    async ({ context, page }, use) => {
      followRequests(page);
      context.on('page', followRequests);
      await use();
    },
    { auto: true },
  ],
  /** Every URL the page requested, to prove the token is in none of them. */
  requestedUrls: [
    async ({ page }, use) => {
      const urls = [];
      page.on('request', (req) => urls.push(req.url()));
      await use(urls);
    },
    { auto: true },
  ],
});

/** Requests a page has made and not yet seen end (answered, failed or aborted), by page.
 *  Media elements are left out: a <video> may keep its connection open as long as it plays. */
const OPEN_REQUESTS = new WeakMap();
const LONG_LIVED = new Set(['media', 'websocket', 'eventsource']);

function followRequests(page) {
  if (OPEN_REQUESTS.has(page)) return;
  const open = new Set();
  OPEN_REQUESTS.set(page, open);
  page.on('request', (req) => LONG_LIVED.has(req.resourceType()) || open.add(req));
  page.on('requestfinished', (req) => open.delete(req));
  page.on('requestfailed', (req) => open.delete(req)); // a reload's aborted ones too
}

/** Waits until the page has settled: what the last action set off has run (two animation
 *  frames: its event handlers, the tasks they queued and a render), and every request the
 *  page made has ended, so the fake has received all of them (`fake.requests` is complete).
 *  This is the honest point to assert that something was NOT sent: anything the action
 *  would have sent is out by now. It cannot see a timer set to send later: let such a timer
 *  run out with the clock (`page.clock.install()` before the page opens, then
 *  `page.clock.runFor(ms)`), then call this. */
export async function settled(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect
    .poll(() => [...(OPEN_REQUESTS.get(page) ?? [])].map((r) => `${r.method()} ${r.url()}`), {
      message: 'requests the page still has open',
    })
    .toEqual([]);
}

/** Opens the built app, waits for the wasm to start, points it at the fake, and pastes the
 *  token into the first visit's invitation (left open, as a user who skips "Use this token"). */
export async function openApp(page, fake, { token = TOKEN } = {}) {
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  if (fake) await setApiBase(page, fake.url);
  if (token) await page.locator('#welcome-token').fill(token);
}

/** Opens the settings dialog from the header (in any language) and returns it. */
/** The header's language chooser (its name is "Language" in the language shown). */
export function languageChooser(page) {
  return page.getByRole('banner').getByRole('combobox');
}

/** Picks a language in the header by its own name, as a person would. */
export async function chooseLanguage(page, name) {
  await languageChooser(page).selectOption({ label: name });
}

export async function openSettings(page) {
  await page.locator('#open-settings').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Closes the settings dialog with Escape and waits until it is gone: closed, and its fields
 *  (which exist only while it is open) removed, a task after the native dialog closes. */
export async function closeSettings(page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.settings-dialog .dialog-body')).toHaveCount(0);
}

/** Sets the API base URL in the settings dialog, as a user would. */
export async function setApiBase(page, url) {
  const dialog = await openSettings(page);
  const base = dialog.locator('#api-base');
  await base.fill(url);
  await base.press('Tab');
  await closeSettings(page);
}

/** Submits requests the fake received (method POST to /v1/models/...). */
export function submits(fake) {
  return fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v1/models/'));
}

/** Records every text the first job card's status line shows, in order, into
 *  `window.__statuses` (a MutationObserver: no change between polls of the test is missed). */
export async function recordStatuses(page) {
  await page.evaluate(() => {
    window.__statuses = [];
    const seen = () => {
      const text = document.querySelector('.job-card [data-testid="job-status"]')?.textContent ?? '';
      if (text && window.__statuses.at(-1) !== text) window.__statuses.push(text);
    };
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Serious and critical axe violations, as readable lines. */
export async function seriousViolations(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Asserts that the page does not scroll sideways and that each named control ends
 *  within `width` px. */
export async function expectNoSidewaysScroll(page, width, names) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of names) {
    const target = typeof name === 'string' ? page.getByText(name, { exact: true }).first() : name;
    const box = await target.boundingBox();
    expect(box.x + box.width, String(name)).toBeLessThanOrEqual(width);
  }
}

/** Drops (`kind` "drop") or pastes (`kind` "paste") a file onto the element `selector`, as
 *  the browser would: a DataTransfer with one File of `name`, `type` and `bytes`. */
export async function putFile(page, kind, selector, name, type, bytes) {
  await putFiles(page, kind, selector, [{ name, type, bytes }]);
}

/** Drops or pastes several files at once (each `{ name, type, bytes }`), in one DataTransfer. */
export async function putFiles(page, kind, selector, files) {
  await page.evaluate(
    ({ kind, selector, files }) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const data = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        dt.items.add(new File([data], f.name, { type: f.type }));
      }
      const init = { bubbles: true, cancelable: true };
      const event =
        kind === 'drop'
          ? new DragEvent('drop', { ...init, dataTransfer: dt })
          : new ClipboardEvent('paste', { ...init, clipboardData: dt });
      document.querySelector(selector).dispatchEvent(event);
    },
    { kind, selector, files: files.map((f) => ({ name: f.name, type: f.type, b64: f.bytes.toString('base64') })) },
  );
}

/** Opens the model panel from the picker line at the top of the inputs. */
export async function openModels(page) {
  const picker = page.locator('.model-current');
  if ((await picker.getAttribute('aria-expanded')) !== 'true') await picker.click();
  await expect(page.locator('#model-panel')).toBeVisible();
}
