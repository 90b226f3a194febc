// The first screen is the work: where things are on a laptop (1366×768) and on a phone
// (390×844), measured with bounding boxes, and the settings dialog (keyboard, focus, axe).
import { test, expect, TOKEN, languageChooser, openApp, openSettings, seriousViolations } from './support.mjs';

test.use({ fakeSpeed: 4 });

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const generate = (page) => page.getByRole('button', { name: 'Generate' });

/** The element's box; fails the test if it is not rendered. */
async function box(locator) {
  const b = await locator.boundingBox();
  expect(b, `${locator} has a box`).not.toBeNull();
  return b;
}

/** Asserts that the whole box lies inside the viewport as it is scrolled now. */
async function expectOnScreen(page, locator) {
  const b = await box(locator);
  const { width, height } = page.viewportSize();
  expect(b.y, `${locator} top`).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height, `${locator} bottom`).toBeLessThanOrEqual(height);
  expect(b.x + b.width, `${locator} right`).toBeLessThanOrEqual(width);
}

const scrollY = (page) => page.evaluate(() => window.scrollY);

/** Fills the Wan form with the fake's sample image. */
async function fillForm(page, fake, prompt = 'A heron lifts off a misty lake') {
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
}

test.describe('a laptop, 1366 × 768', () => {
  test.use({ viewport: LAPTOP });

  test('first visit: the token invitation, the prompt and the image input are on the first screen', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    const invitation = page.locator('.welcome');
    await expect(invitation.getByLabel('Paste your RunComfy API token')).toBeVisible();
    await expect(invitation).toContainText('It stays in this browser');
    await expect(invitation).toContainText('Profile');
    await expect(page.getByTestId('token-chip')).toHaveCount(0);
    expect(await scrollY(page)).toBe(0);
    await expectOnScreen(page, invitation);
    await expectOnScreen(page, page.locator('#field-prompt'));
    await expectOnScreen(page, page.locator('#field-img_url'));
    await expectOnScreen(page, page.getByText('Choose file'));
    // The model, in one line at the top of the inputs.
    await expect(page.locator('.model-current')).toContainText('Wan 2.2 Image-to-Video');
    await expectOnScreen(page, page.locator('.model-current'));
  });

  test('with a token set, Generate is on screen without scrolling, and stays there while the inputs scroll', async ({ page, fake }) => {
    await openApp(page, fake);
    await page.getByRole('button', { name: 'Use this token' }).click();
    await expect(page.locator('.welcome')).toHaveCount(0);
    // The token's end, then the balance once RunComfy said it.
    await expect(page.getByTestId('token-chip')).toHaveText(new RegExp(`^Token ✓ …${TOKEN.slice(-4)}( · \\$[\\d.]+)?$`));
    expect(await scrollY(page)).toBe(0);
    await expectOnScreen(page, generate(page));
    await expectOnScreen(page, page.locator('#field-prompt'));
    // The form is taller than the screen: scrolled halfway, Generate is still in reach.
    const tall = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(tall).toBeGreaterThan(0);
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(tall / 2));
    await expectOnScreen(page, generate(page));
  });

  test('a finished video plays on the first screen, beside the form, and stays while the inputs scroll', async ({ page, fake }) => {
    await openApp(page, fake);
    await page.getByRole('button', { name: 'Use this token' }).click();
    await fillForm(page, fake);
    // Ctrl+Enter from the prompt: a click would let Playwright scroll Generate "into view".
    await expect(generate(page)).toBeEnabled();
    await page.locator('#field-prompt').press('Control+Enter');
    const card = page.locator('.current .job-card');
    await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
    const video = card.locator('video');
    await expect.poll(() => video.evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await scrollY(page)).toBe(0);
    await expectOnScreen(page, video);
    const prompt = await box(page.locator('#field-prompt'));
    const player = await box(video);
    expect(player.x, 'the video is right of the prompt').toBeGreaterThanOrEqual(prompt.x + prompt.width);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await scrollY(page)).toBeGreaterThan(0);
    await expectOnScreen(page, video);
    await expectOnScreen(page, generate(page));
  });

  test('the history lists earlier jobs below the current one', async ({ page, fake }) => {
    await openApp(page, fake);
    await fillForm(page, fake, 'First');
    await generate(page).click();
    await expect(page.locator('.current .job-card .job-prompt')).toHaveText('First');
    await expect(page.locator('.jobs .job-card')).toHaveCount(0);
    await page.locator('#field-prompt').fill('Second');
    await generate(page).click();
    await expect(page.locator('.current .job-card .job-prompt')).toHaveText('Second');
    await expect(page.locator('.jobs .job-card .job-prompt')).toHaveText(['First']);
    const current = await box(page.locator('.current'));
    const history = await box(page.getByRole('heading', { name: 'History' }));
    expect(history.y).toBeGreaterThan(current.y);
  });
});

test.describe('a phone, 390 × 844', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('first visit: the prompt is on the first screen, and Generate waits at the bottom of it', async ({ page, fake }) => {
    await page.goto('./');
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    await expect(page.locator('#welcome-token')).toBeVisible();
    await expectOnScreen(page, page.locator('#field-prompt'));
    const bar = await box(page.locator('.generate-bar'));
    expect(bar.y + bar.height).toBeLessThanOrEqual(PHONE.height + 1);
    expect(bar.y + bar.height).toBeGreaterThanOrEqual(PHONE.height - 2);
    await expectOnScreen(page, generate(page));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // With a token and a valid form, Generate is pressed where it is and the job comes into view.
    await openApp(page, fake);
    await fillForm(page, fake);
    await expectOnScreen(page, generate(page));
    await generate(page).tap();
    const card = page.locator('.current .job-card');
    await expect(card.getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
    const video = card.locator('video');
    await expect.poll(() => video.evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    await expectOnScreen(page, video);
  });
});

test.describe('the settings dialog', () => {
  test('opens from the token chip by keyboard, moves focus in and back, closes on Escape', async ({ page, fake }) => {
    await openApp(page, fake);
    await page.locator('#welcome-token').press('Enter');
    await expect(page.locator('.welcome')).toHaveCount(0);
    const chip = page.getByTestId('token-chip');
    await chip.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('API token')).toBeFocused();
    // Every field is labelled.
    await expect(dialog.getByLabel('API token')).toHaveValue(TOKEN);
    await expect(dialog.getByLabel('API base URL')).toHaveValue(fake.url);
    await expect(dialog.getByLabel('Remember on this device')).not.toBeChecked();
    await expect(dialog.getByLabel('Language')).toHaveValue('en');
    await expect(dialog.getByRole('button', { name: 'Notify me when a job finishes' })).toBeVisible();
    // Modal: Tab never reaches the page behind it (past the last field it leaves for the
    // browser's own controls, then comes back).
    const inDialog = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'browser';
        return el.closest('dialog') ? 'dialog' : `page: ${el.outerHTML.slice(0, 80)}`;
      });
      expect(where).not.toMatch(/^page/);
      inDialog.push(where);
    }
    expect(inDialog.filter((w) => w === 'dialog').length).toBeGreaterThan(8);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(chip).toBeFocused();
  });

  test('Close and a click beside it close it; the Settings button gets focus back', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    const button = page.getByRole('button', { name: 'Settings' });
    await button.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    await button.click();
    await expect(dialog).toBeVisible();
    await page.mouse.click(5, 5); // the backdrop
    await expect(dialog).toHaveCount(0);
  });

  for (const [scheme, locale] of [['light', 'en-US'], ['dark', 'en-US'], ['light', 'de-DE']]) {
    test.describe(`${scheme}, ${locale}`, () => {
      test.use({ colorScheme: scheme, locale });
      test('axe finds nothing serious with the dialog and the model panel open', async ({ page }) => {
        await page.goto('./');
        await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
        await page.locator('.model-current').click();
        await expect(page.locator('#model-panel')).toBeVisible();
        expect(await seriousViolations(page), 'model panel').toEqual([]);
        await openSettings(page);
        expect(await seriousViolations(page), 'settings').toEqual([]);
      });
    });
  }

  test('the language can be chosen in it too, and it changes in place', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
    const dialog = await openSettings(page);
    await dialog.getByLabel('Language').selectOption('de');
    await expect(dialog.getByRole('heading', { name: 'Einstellungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(languageChooser(page)).toHaveValue('de');
  });
});

test('the page speaks to users, not to developers: no build-tool words anywhere', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  await page.locator('.model-current').click();
  await page.getByText('Use another RunComfy model').click();
  const dialog = await openSettings(page);
  await expect(dialog.getByRole('button', { name: "Use this site's /runcomfy proxy" })).toBeVisible();
  await expect(dialog.getByRole('link', { name: /How to host a proxy/ })).toHaveAttribute('href', './README.md');
  const words = await page.evaluate(() => document.body.innerText + document.body.innerHTML);
  expect(words).not.toMatch(/make serve|trunk|cargo/i);
});

test("the dialog's proxy button points the API at this site's /runcomfy", async ({ page, baseURL }) => {
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  const dialog = await openSettings(page);
  await dialog.getByRole('button', { name: "Use this site's /runcomfy proxy" }).click();
  await expect(dialog.getByLabel('API base URL')).toHaveValue(`${new URL(baseURL).origin}/runcomfy`);
});
