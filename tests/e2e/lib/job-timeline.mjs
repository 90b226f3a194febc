// A fake job's status as a pure function of wall-clock time.
// Status is derived from time elapsed since submit, never from how often the
// client polls, so a test can poll at any rate (or not at all) and still see
// the same story; control calls only record timestamps that this reads.
import { jobScenario, OUTPUT_BY_KIND } from './scenarios.mjs';

const SUCCESS = new Set(['completed', 'succeeded']);

/**
 * `scenario`: a keyword from matchKeyword that creates a job ('default', a key of
 * JOB_SCENARIOS or '[run-<N>s]'). `outputKind`: the catalog entry's output_kind
 * (image, images, audio, video), or undefined.
 */
export function createJob({ id, model, input, scenario, speed, now, outputKind }) {
  const s = jobScenario(scenario);
  if (!s) throw new Error(`no job scenario for ${scenario}`);
  const natural = OUTPUT_BY_KIND[outputKind] ?? OUTPUT_BY_KIND.video;
  return {
    id,
    model,
    scenario,
    prompt: typeof input.prompt === 'string' ? input.prompt : null,
    input,
    createdAt: now,
    queue: s.queue.map(([pos, ms]) => [pos, ms / speed]),
    runMs: s.runMs / speed,
    final: s.final,
    // A forced completion of a failing job still needs a success word and output.
    successStatus: SUCCESS.has(s.final) ? s.final : 'completed',
    output: s.output && s.byKind ? { ...natural, ...s.extraOutput } : s.output,
    fallbackOutput: { ...natural, ...s.extraOutput },
    error: s.error,
    pollFaults: [...s.pollFaults],
    polls: 0,
    releasedAt: null, // control: leave the queue now
    forcedAt: null, // control: complete now
    cancelledAt: null, // client cancel while queued
  };
}

/**
 * Current state: { status, queuePosition?, final, finalAt?, output?, error? }.
 * The earliest of natural end / forced completion / cancellation wins; the
 * control functions below only set a timestamp while the job is not final,
 * so "earliest" is always the event that really happened first.
 */
export function jobState(job, now) {
  const queueMs = job.queue.reduce((sum, [, ms]) => sum + ms, 0);
  const queueEnd = job.releasedAt ?? job.createdAt + queueMs;
  const ends = [{ at: queueEnd + job.runMs, status: job.final }];
  if (job.forcedAt !== null) ends.push({ at: job.forcedAt, status: job.successStatus });
  if (job.cancelledAt !== null) ends.push({ at: job.cancelledAt, status: 'cancelled' });
  const end = ends.reduce((a, b) => (b.at < a.at ? b : a));

  if (now >= end.at) {
    const state = { status: end.status, final: true, finalAt: end.at };
    if (SUCCESS.has(end.status)) state.output = job.output ?? job.fallbackOutput;
    if (end.status === 'failed') state.error = job.error;
    return state;
  }
  if (now < queueEnd) return { status: 'in_queue', queuePosition: queuePosition(job, now), final: false };
  return { status: 'in_progress', final: false };
}

function queuePosition(job, now) {
  let t = job.createdAt;
  for (const [pos, ms] of job.queue) {
    t += ms;
    if (now < t) return pos;
  }
  return job.queue.at(-1)[0];
}

/** Client cancel: only a queued job can be cancelled. Returns the outcome word. */
export function cancelJob(job, now) {
  const { status } = jobState(job, now);
  if (status === 'in_queue') {
    job.cancelledAt = now;
    return 'cancelled';
  }
  // Repeating a cancel that already worked reports success again, so a client
  // retrying after a lost response is not told its job is unstoppable.
  return status === 'cancelled' ? 'cancelled' : 'not_cancellable';
}

/** Control: let a queued job start running now. False if it is not queued. */
export function releaseJob(job, now) {
  if (jobState(job, now).status !== 'in_queue') return false;
  job.releasedAt = now;
  return true;
}

/** Control: finish a job successfully now. False if it is already final. */
export function completeJob(job, now) {
  if (jobState(job, now).final) return false;
  job.forcedAt = now;
  return true;
}

/** The scripted fault for this poll (500, 503, 'malformed') or null. */
export function takePollFault(job) {
  job.polls += 1;
  return job.pollFaults[job.polls - 1] ?? null;
}
