// What was spent, from the costs the history recorded: today, this week, this month, by
// model, a bar per day; costs not known counted apart, never as zero; the list as CSV.
import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './support.mjs';

test('spend totals are the recorded costs, unknown ones counted apart, and the CSV lists them', async ({ page, fake }) => {
  const now = Date.now();
  const job = (id, model, agoMs, cost) => ({
    request_id: `spend-${id}-0000-0000`,
    model_id: model,
    inputs: { prompt: id },
    phase: { Succeeded: { media: [] } },
    submitted_at_ms: now - agoMs - 60_000,
    finished_at_ms: now - agoMs,
    ...(cost === undefined ? {} : { cost_usd: cost }),
  });
  const jobs = [
    job('a', 'wan-ai/wan-2-2/image-to-video', 60_000, 0.4),
    job('b', 'wan-ai/wan-2-2/image-to-video', 120_000),
    job('c', 'blackforestlabs/flux-3/image', 180_000, 1.25),
    job('old', 'blackforestlabs/flux-3/image', 400 * 86_400_000, 9),
  ];
  await page.addInitScript(
    (text) => localStorage.setItem('wan-i2v.history', text),
    JSON.stringify({ format: 'wan-i2v-history', version: 2, jobs }),
  );
  await openApp(page, fake);
  const spend = page.getByTestId('spend');
  // (Three minutes ago is today unless the test runs in the first minutes after midnight.)
  await expect(spend.getByTestId('spend-today')).toHaveText('$1.65 + 1 job of unknown cost');
  await expect(spend.getByTestId('spend-month')).toHaveText('$1.65 + 1 job of unknown cost');
  await expect(spend.locator('.spend-models tr')).toHaveText([/^flux-3 · image\$1\.25$/, /^Wan 2\.2.*\$0\.40 \+ 1 job of unknown cost$/]);
  await expect(spend.locator('.spend-bar')).toHaveCount(14);
  const today = await spend.locator('.spend-bar').last().getAttribute('aria-label');
  expect(today).toMatch(/: \$1\.65$/);
  const download = page.waitForEvent('download');
  await spend.getByRole('button', { name: 'Export as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('wan-i2v-spend.csv');
  const lines = readFileSync(await file.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('date,model_id,request_id,status,cost_usd');
  expect(lines.slice(1).map((l) => l.split(',').slice(1).join(','))).toEqual([
    'blackforestlabs/flux-3/image,spend-old-0000-0000,succeeded,9.0000',
    'blackforestlabs/flux-3/image,spend-c-0000-0000,succeeded,1.2500',
    'wan-ai/wan-2-2/image-to-video,spend-b-0000-0000,succeeded,',
    'wan-ai/wan-2-2/image-to-video,spend-a-0000-0000,succeeded,0.4000',
  ]);
});
