// `make bench`, part 8: one film from a chain (issue "One film from a chain"). A chain of six
// 5 s 720p clips (tests/fixtures/film/clip720.mp4, as RunComfy's Wan delivers one), kept on
// the device, joined by "Download as one video" with the CPU slowed 4×: from the press to
// "Saved 6 clips…" (in the page's own clock), and the longest task meanwhile, which is how
// long a key pressed during the join could wait.

import { watchLongTasks, longestTask } from '../tests/e2e/lib/big-schema.mjs';

const CLIPS = 6;
const MODEL = 'wan-ai/wan-2-2/image-to-video';

/** A history whose newest six jobs are a chain of the 720p clip (each at its own address). */
function chain(fakeUrl) {
  const jobs = [];
  for (let i = 1; i <= CLIPS; i++) {
    jobs.push({
      request_id: `film-${i}-0000-0000`,
      model_id: MODEL,
      inputs: { prompt: `part ${i}` },
      phase: { Succeeded: { media: [{ url: `${fakeUrl}/media/film/clip720.mp4?part=${i}`, kind: 'Video' }] } },
      submitted_at_ms: 1_700_000_000_000 + i * 60_000,
      ...(i > 1 ? { continues: { request_id: `film-${i - 1}-0000-0000`, at_secs: 5 } } : {}),
    });
  }
  return JSON.stringify({ format: 'wan-i2v-history', version: 2, jobs: jobs.reverse() });
}

async function joinOnce(browser, url, fake, newContext) {
  const { context, close } = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(
      ([text, base]) => {
        localStorage.setItem('wan-i2v.history', text);
        localStorage.setItem('wan-i2v.settings.v1', JSON.stringify({ api_base: base }));
      },
      [chain(fake.url), fake.url],
    );
    await page.goto(url);
    await page.locator('#app[data-ready="true"]').waitFor();
    // Every clip kept on the device first: the join reads the device's copies.
    await page.getByTestId('gallery-summary').filter({ hasText: `${CLIPS} results kept` }).waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const chainBox = page.locator(`.job-card[data-request-id="film-${CLIPS}-0000-0000"]`).getByTestId('chain');
    await watchLongTasks(page);
    await page.evaluate((clips) => {
      const box = document.querySelector(`.job-card[data-request-id="film-${clips}-0000-0000"] [data-testid="chain"]`);
      const button = [...box.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Download as one video');
      window.__joinDone = undefined;
      new MutationObserver(() => {
        const status = box.querySelector('[data-testid="chain-status"]')?.textContent ?? '';
        if (window.__joinDone === undefined && status.startsWith(`Saved ${clips} clips as one video`)) window.__joinDone = performance.now();
      }).observe(box, { subtree: true, childList: true, characterData: true });
      window.__joinStart = performance.now();
      button.click();
    }, CLIPS);
    await page.waitForFunction(() => window.__joinDone !== undefined, null, { timeout: 30_000 });
    const joinMs = await page.evaluate(() => window.__joinDone - window.__joinStart);
    const longestTaskMs = await longestTask(page);
    await chainBox.getByTestId('chain-status').waitFor();
    return { joinMs, longestTaskMs };
  } finally {
    await close();
  }
}

/** Joins the chain `runs` times (a fresh page each time). */
export async function measureFilm(browser, url, { newFake, newContext, runs = 5 }) {
  const { fake, stop } = await newFake();
  const all = [];
  try {
    for (let i = 0; i < runs; i++) all.push(await joinOnce(browser, url, fake, newContext));
  } finally {
    await stop();
  }
  const sorted = (key) => all.map((r) => r[key]).sort((a, b) => a - b);
  const median = (values) => values[Math.floor(values.length / 2)];
  return {
    runs: all,
    clips: CLIPS,
    joinMs: { median: median(sorted('joinMs')), max: Math.max(...sorted('joinMs')) },
    longestTaskMs: { median: median(sorted('longestTaskMs')), max: Math.max(...sorted('longestTaskMs')) },
  };
}
