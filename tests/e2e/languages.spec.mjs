// Every language of the app, each its own file (locales/<tag>.txt, compiled from
// locales/<tag>.ftl) fetched only by those
// who use it: the whole flow in each language (status lines from queue to done, an API
// error, an image error), axe clean; English needs no file; a switch fetches a file once;
// a missing or broken file leaves the app in English with a note; the longest texts fit a
// 360 px phone.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, TOKEN, chooseLanguage, expectNoSidewaysScroll, languageChooser, recordStatuses, seriousViolations, setApiBase } from './support.mjs';
import { startStaticServer } from './static-server.mjs';
import { gif, file } from './lib/images.mjs';

/** What a user of each language reads, as its file says it. */
const LANGUAGES = [
  {
    tag: 'de', locale: 'de-DE', name: 'Deutsch', generate: 'Erzeugen', settings: 'Einstellungen',
    queued: /^In der Warteschlange — Platz \d$/, running: /^Läuft( · \d+ s)?$/, done: 'Fertig',
    balance: /^Ihr RunComfy-Guthaben reicht für diesen Job nicht aus\./,
    failed: 'Fehlgeschlagen: Generation failed: out of memory',
    gif: 'GIF-Bilder werden nicht unterstützt.',
  },
  {
    tag: 'fr', locale: 'fr-FR', name: 'Français', generate: 'Générer', settings: 'Réglages',
    queued: /^En file d'attente — position \d$/, running: /^En cours( · \d+ s)?$/, done: 'Terminé',
    balance: /^Votre solde RunComfy est insuffisant pour lancer cette tâche\./,
    failed: 'Échec\u202f: Generation failed: out of memory',
    gif: 'Les images GIF ne sont pas prises en charge.',
  },
  {
    tag: 'es', locale: 'es-ES', name: 'Español', generate: 'Generar', settings: 'Ajustes',
    queued: /^En cola — posición \d$/, running: /^En ejecución( · \d+ s)?$/, done: 'Listo',
    balance: /^Tu saldo de RunComfy no alcanza para este trabajo\./,
    failed: 'Error: Generation failed: out of memory',
    gif: 'Las imágenes GIF no son compatibles.',
  },
  {
    tag: 'ja', locale: 'ja-JP', name: '日本語', generate: '生成', settings: '設定',
    queued: /^待機中 — \d 番目$/, running: /^実行中( · \d+ 秒)?$/, done: '完了',
    balance: /^RunComfy の残高がこのジョブの実行に足りません。/,
    failed: '失敗：Generation failed: out of memory',
    gif: 'GIF 画像には対応していません。',
  },
  {
    tag: 'zh', locale: 'zh-CN', name: '简体中文', generate: '生成', settings: '设置',
    queued: /^排队中 — 第 \d 位$/, running: /^运行中( · \d+ 秒)?$/, done: '完成',
    balance: /^你的 RunComfy 余额不足以运行此任务。/,
    failed: '失败：Generation failed: out of memory',
    gif: '不支持 GIF 图片。',
  },
];

const card = (page) => page.locator('.job-card').first();
const status = (page) => card(page).getByTestId('job-status');
const languageFiles = (urls) => urls.filter((url) => /\/locales\/[a-z]+\.(ftl|txt)$/.test(url));

for (const lang of LANGUAGES) {
  test.describe(`a ${lang.locale} browser`, () => {
    test.use({ locale: lang.locale, fakeSpeed: 0.5 });

    test(`gets the whole flow in ${lang.name}, with its file fetched once`, async ({ page, fake, requestedUrls, consoleErrors }) => {
      await page.goto('./');
      await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
      await expect(page.getByRole('button', { name: lang.settings, exact: true })).toBeVisible();
      await expect(languageChooser(page)).toHaveValue(lang.tag);
      await setApiBase(page, fake.url);
      await page.locator('#welcome-token').fill(TOKEN);
      await page.locator('#field-prompt').fill('A fox in the snow');
      await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
      await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');

      // Status lines from the queue to the end.
      await recordStatuses(page);
      await page.getByRole('button', { name: lang.generate, exact: true }).click();
      await expect(status(page)).toHaveText(lang.done, { timeout: 30_000 });
      const seen = await page.evaluate(() => window.__statuses);
      expect(seen.some((s) => lang.queued.test(s)), seen.join(' | ')).toBe(true);
      expect(seen.some((s) => lang.running.test(s)), seen.join(' | ')).toBe(true);
      expect(seen.join('\n')).not.toMatch(/Queued|Running|Done/);
      expect(await seriousViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);

      // An API error (the browser logs the 402 itself), and RunComfy's own reason framed in the language.
      await page.locator('#field-prompt').fill('No money [402]');
      await page.getByRole('button', { name: lang.generate, exact: true }).click();
      await expect(page.locator('.submit-error')).toHaveText(lang.balance);
      await page.locator('#field-prompt').fill('Fails [fail]');
      await page.getByRole('button', { name: lang.generate, exact: true }).click();
      await expect(status(page)).toHaveText(lang.failed, { timeout: 30_000 });

      // An image the model does not take.
      await page.locator('#file-img_url').setInputFiles(file('anim.gif', 'image/gif', gif(400, 400)));
      await expect(page.locator('#status-img_url')).toContainText(lang.gif);
      expect(await seriousViolations(page)).toEqual([]);

      // Its own file, once; no other language's.
      expect(languageFiles(requestedUrls).map((u) => u.split('/').pop())).toEqual([`${lang.tag}.txt`]);
    });
  });
}

test('English needs no language file; a switch fetches a file once, however often it is chosen', async ({ page, fake, requestedUrls }) => {
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await setApiBase(page, fake.url);
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeVisible();
  expect(languageFiles(requestedUrls)).toEqual([]);

  for (let round = 0; round < 2; round++) {
    await chooseLanguage(page, 'Français');
    await expect(page.getByRole('button', { name: 'Générer', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await chooseLanguage(page, '日本語');
    await expect(page.getByRole('button', { name: '生成', exact: true })).toBeVisible();
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeVisible();
  }
  expect(languageFiles(requestedUrls).map((u) => u.split('/').pop())).toEqual(['fr.txt', 'ja.txt']);

  // The settings' list offers every language by its own name, and switches too.
  await page.locator('#open-settings').click();
  const names = await page.locator('#settings-lang option').allTextContents();
  expect(names.map((n) => n.trim())).toEqual(['English', 'Deutsch', 'Français', 'Español', '日本語', '简体中文']);
  await page.locator('#settings-lang').selectOption('es');
  await expect(page.getByRole('heading', { name: 'Ajustes' })).toBeVisible();
  // The header's chooser, used before, follows a choice made in the settings.
  await expect(languageChooser(page)).toHaveValue('es');
  await page.locator('#settings-lang').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await expect(languageChooser(page)).toHaveValue('fr');
  expect(languageFiles(requestedUrls).map((u) => u.split('/').pop())).toEqual(['fr.txt', 'ja.txt', 'es.txt']);
});

test.describe('a site whose language files are missing or broken', () => {
  let dir;
  let site;
  test.beforeAll(async () => {
    // The real build, served by the real static server, with French gone and Spanish garbled.
    dir = mkdtempSync(join(tmpdir(), 'wan-locales-'));
    cpSync('dist', dir, { recursive: true });
    rmSync(join(dir, 'locales', 'fr.txt'));
    writeFileSync(join(dir, 'locales', 'es.txt'), '<html>not a language file</html>\n');
    site = await startStaticServer({ root: dir });
  });
  test.afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, why] of [['Français', 'missing'], ['Español', 'broken']]) {
    test(`a ${why} file (${name}) leaves the app in English, with a note`, async ({ page, consoleMessages }) => {
      await page.goto(site.url);
      await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
      await chooseLanguage(page, name);
      await expect(page.getByTestId('language-note')).toHaveText(`${name} could not be loaded, so the app is shown in English.`);
      await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(consoleMessages.some((m) => m.includes('could not be loaded or read'))).toBe(true);
      // Back to a language that works: the note goes.
      await chooseLanguage(page, 'Deutsch');
      await expect(page.getByRole('button', { name: 'Erzeugen', exact: true })).toBeVisible();
      await expect(page.getByTestId('language-note')).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test('every language fits a 360 px wide phone: nothing scrolls sideways', async ({ page, fake }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await setApiBase(page, fake.url);
  await page.locator('#welcome-token').fill(TOKEN);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  for (const lang of LANGUAGES) {
    await chooseLanguage(page, lang.name);
    await expect(page.getByRole('button', { name: lang.generate, exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, 360, [lang.generate, languageChooser(page)]);
  }
});
