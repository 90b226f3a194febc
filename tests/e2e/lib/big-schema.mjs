// A pasted schema of thousands of properties, and the page's long tasks while it is built:
// shared by the end-to-end test (the shape) and `make bench` (the time).

/** A schema of `count` properties `p0`, `p1`, …: every third an integer, the rest text. */
export function bigSchema(count = 3000) {
  const properties = {};
  for (let i = 0; i < count; i++) {
    properties[`p${i}`] = { type: i % 3 ? 'string' : 'integer', title: `Field ${i}`, default: i % 3 ? '' : i };
  }
  return JSON.stringify({ properties });
}

/** Opens the model panel of the page (already started) and pastes `schema` under `modelId`,
 *  ready for "Use this model". */
export async function pasteSchema(page, modelId, schema) {
  const picker = page.locator('.model-current');
  if ((await picker.getAttribute('aria-expanded')) !== 'true') await picker.click();
  await page.getByText('Use another RunComfy model').click();
  await page.getByLabel('Model id').fill(modelId);
  await page.getByLabel('Input schema (JSON)').fill(schema);
}

/** Starts counting the tasks that hold the page for 50 ms or more, as the browser counts
 *  them (`longest(page)` reads the longest since). */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
}

/** The longest task since `watchLongTasks` (or the last `forgetLongTasks`), in ms. */
export async function longestTask(page) {
  return Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
}

/** Forgets the tasks counted so far. */
export async function forgetLongTasks(page) {
  await page.evaluate(() => (window.__longTasks = []));
}
