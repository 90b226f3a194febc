// English and German: picked from the browser's language, switched in the header and
// remembered; status lines, error messages, numbers and times in the language shown.
import { test, expect, TOKEN, chooseLanguage, expectNoSidewaysScroll, languageChooser, openSettings, recordStatuses, seriousViolations, setApiBase, submits } from './support.mjs';
import { png, gif, file } from './lib/images.mjs';

const GERMAN_402 = /^Ihr RunComfy-Guthaben reicht für diesen Job nicht aus\./;
const GERMAN_GIF = 'GIF-Bilder werden nicht unterstützt.';

const card = (page) => page.locator('.job-card').first();
const status = (page) => card(page).getByTestId('job-status');

/** Opens the app in whatever language the browser asks for, pointed at the fake. */
async function open(page, fake) {
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await setApiBase(page, fake.url);
  await page.locator('#welcome-token').fill(TOKEN);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE', fakeSpeed: 0.5 });

  test('gets the German UI: labels, reasons, image facts, status lines from queue to done, the time', async ({ page, fake, consoleErrors }) => {
    await page.goto('./');
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Einstellungen' })).toBeVisible();
    await expect(page.getByLabel('Fügen Sie Ihr RunComfy-API-Token ein')).toBeVisible();
    await expect(languageChooser(page)).toHaveValue('de');
    // Schema titles stay as the schema gives them; the app's own reasons are German.
    await expect(page.locator('label[for="field-prompt"]')).toContainText('Prompt');
    await expect(page.locator('#generate-reasons')).toContainText('Fügen Sie oben auf der Seite Ihr RunComfy-API-Token ein.');
    await expect(page.locator('#generate-reasons')).toContainText('Prompt ist erforderlich.');

    const dialog = await openSettings(page);
    await expect(dialog.getByRole('heading', { name: 'Einstellungen' })).toBeVisible();
    await dialog.getByLabel('API-Basis-URL').fill(fake.url);
    await dialog.getByLabel('API-Basis-URL').press('Tab');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await page.getByLabel('Fügen Sie Ihr RunComfy-API-Token ein').fill(TOKEN);
    await page.locator('#field-prompt').fill('Ein Fuchs im Schnee');
    // Numbers as German writes them: a decimal comma in "10,8 MB" (pixels stay as the
    // schema writes its limits).
    await page.locator('#file-img_url').setInputFiles(file('heavy.png', 'image/png', png(2000, 1800, { noise: true })));
    await expect(page.getByTestId('image-facts')).toHaveText(/^2000 × 1800 px · \d+,\d MB · PNG$/);
    await page.locator('#file-img_url').setInputFiles(file('fuchs.png', 'image/png', png(1200, 800)));
    await expect(page.getByTestId('image-facts')).toHaveText(/^1200 × 800 px · \d+ KB · PNG$/);
    await expect(page.locator('#status-img_url')).toContainText('Innerhalb der Grenzen des Modells');

    await recordStatuses(page);
    const generate = page.getByRole('button', { name: 'Erzeugen' });
    await expect(generate).toBeEnabled();
    await generate.click();
    await expect(status(page)).toHaveText('Fertig', { timeout: 30_000 });
    const seen = await page.evaluate(() => window.__statuses);
    expect(seen.some((s) => /^In der Warteschlange — Platz \d$/.test(s))).toBe(true);
    expect(seen.some((s) => /^Läuft( · \d+ s)?$/.test(s))).toBe(true);
    expect(seen.join('\n')).not.toMatch(/Queued|Running|Done/);
    // The submit time as German writes dates: 26.11.2026, 01:02:03.
    await expect(card(page).locator('time')).toHaveText(/^\d{1,2}\.\d{1,2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
    await expect(card(page).getByRole('button', { name: 'Diese Einstellungen übernehmen' })).toBeVisible();
    // Longer German labels break no layout or accessibility rule (valid lang, names, contrast).
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('gets API errors, failed jobs and image problems in German', async ({ page, fake }) => {
    await open(page, fake);
    await page.locator('#field-prompt').fill('Kein Geld [402]');
    await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
    await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
    await page.getByRole('button', { name: 'Erzeugen' }).click();
    await expect(page.locator('.submit-error')).toHaveText(GERMAN_402);
    expect(submits(fake)).toHaveLength(1);

    // RunComfy's own reason stays as given, framed in German.
    await page.locator('#field-prompt').fill('Scheitert [fail]');
    await page.getByRole('button', { name: 'Erzeugen' }).click();
    await expect(status(page)).toHaveText('Fehlgeschlagen: Generation failed: out of memory', { timeout: 30_000 });

    // An image the model does not take.
    await page.locator('#file-img_url').setInputFiles(file('anim.gif', 'image/gif', gif(400, 400)));
    await expect(page.locator('#status-img_url')).toContainText(GERMAN_GIF);
  });
});

test('the header switch changes the language in place, is remembered over a reload, and switches back', async ({ page, fake }) => {
  await open(page, fake);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('#field-prompt').fill('A fox in the snow');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(status(page)).toHaveText('Done', { timeout: 30_000 });
  const video = card(page).locator('video');
  await expect.poll(() => video.evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  await video.evaluate((v) => { v.dataset.mark = 'same element'; });

  await chooseLanguage(page, 'Deutsch');
  await expect(status(page)).toHaveText('Fertig');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Eingaben' })).toBeVisible();
  await expect(card(page).getByRole('link', { name: 'Herunterladen' })).toBeVisible();
  // Changed in place: the form keeps its text, the player is the same element.
  await expect(page.locator('#field-prompt')).toHaveValue('A fox in the snow');
  await expect(card(page).locator('video')).toHaveAttribute('data-mark', 'same element');

  await page.reload();
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await expect(languageChooser(page)).toHaveValue('de');
  await expect(status(page)).toHaveText('Fertig');
  await expect(page.getByRole('button', { name: 'Erzeugen' })).toBeVisible();

  await chooseLanguage(page, 'English');
  await expect(status(page)).toHaveText('Done');
  await expect(page.getByRole('button', { name: 'Generate' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the longer German texts fit a 360 px wide phone: nothing scrolls sideways', async ({ page, fake }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, fake);
  await chooseLanguage(page, 'Deutsch');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await expectNoSidewaysScroll(page, 360, ['Erzeugen', 'Datei wählen', 'Link zum Teilen kopieren', languageChooser(page)]);
});
