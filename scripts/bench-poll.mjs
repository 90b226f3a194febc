// `make bench`, part 4: a finished job seen at once (issue "Money and time"). For jobs that
// RunComfy (the fake) finishes 10, 30, 60 and 120 s after their submit, each length on a
// page of its own, all at once: first a set of LEARN variations with no history (the plain
// backoff), then a set of MEASURE once the model's run time is learnt from them. For each
// job, from the fake's log: how long after it finished the app's first poll came ("seen
// after"), and how many API requests it cost (its submit, status and result polls).

const LENGTHS_S = [10, 30, 60, 120];
const LEARN = 3;
const MEASURE = 3;
const TOKEN = 'rc-bench-token';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function pressAndWait(page, variations, timeoutMs) {
  const cards = page.locator('.job-card');
  const before = await cards.count();
  const field = page.locator('#variations');
  await field.fill(String(variations));
  await field.press('Tab');
  await page.getByRole('button', { name: 'Generate' }).click();
  await page.waitForFunction(
    (n) => {
      const statuses = [...document.querySelectorAll('.job-card [data-testid="job-status"]')];
      return statuses.length >= n && statuses.every((s) => s.textContent.trim() === 'Done');
    },
    before + variations,
    { timeout: timeoutMs, polling: 200 },
  );
  // The newest cards come first.
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-request-id')));
  return ids.slice(0, variations);
}

/** Seen after (ms) and API requests of each job in `ids`, from the fake's log. */
async function figures(fake, ids) {
  const jobs = await (await fetch(`${fake.url}/__control/jobs`)).json();
  return ids.map((id) => {
    const job = jobs.find((j) => j.request_id === id);
    const polls = fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/v1/requests/${id}/`));
    const seen = polls.find((r) => r.time >= job.final_at);
    return {
      ranMs: job.final_at - job.submitted_at,
      seenAfterMs: seen ? seen.time - job.final_at : null,
      // Its submit, and every status and result poll.
      requests: 1 + polls.length,
    };
  });
}

async function oneLength(browser, url, seconds, { newFake, newContext }) {
  const { fake, stop } = await newFake();
  const { context, close } = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(
      ([base, token]) => {
        localStorage.setItem('wan-i2v.settings.v1', JSON.stringify({ api_base: base, remember_token: true }));
        localStorage.setItem('wan-i2v.token.v1', JSON.stringify(token));
      },
      [fake.url, TOKEN],
    );
    await page.goto(url);
    await page.locator('#app[data-ready="true"]').waitFor();
    await page.locator('#field-prompt').fill(`bench [run-${seconds}s]`);
    await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="image-facts"]')?.textContent.includes('640 × 360') ?? false,
      null,
      { timeout: 15_000 },
    );
    const timeout = (seconds + 60) * 1000;
    const first = await figures(fake, await pressAndWait(page, LEARN, timeout));
    const learnt = await figures(fake, await pressAndWait(page, MEASURE, timeout));
    return { seconds, first, learnt };
  } finally {
    await close();
    await stop();
  }
}

function summary(runs) {
  const seen = runs.map((r) => r.seenAfterMs).filter((v) => v !== null);
  const requests = runs.map((r) => r.requests);
  return {
    seenAfterMs: { median: median(seen), max: Math.max(...seen) },
    requests: { median: median(requests), max: Math.max(...requests) },
  };
}

/** Every length at once; the figures of the first (no history) and the learnt runs. */
export async function measurePolling(browser, url, helpers) {
  const lengths = await Promise.all(LENGTHS_S.map((s) => oneLength(browser, url, s, helpers)));
  return lengths.map((l) => ({ seconds: l.seconds, first: summary(l.first), learnt: summary(l.learnt), runs: l }));
}

export const POLL_LENGTHS_S = LENGTHS_S;
export const POLL_RUNS = { learn: LEARN, measure: MEASURE };
