import { ensureParsersFor } from '../../markup/prepare.js';
import { loadEngine } from '../engine.js';
import { isProblem, type InputDoc, type InputProblem } from '../inputs.js';
import { checkDocument, type FileResult } from '../report.js';
import { orderedMap } from './ordered-map.js';
import type { TaskOutcome } from './pool.js';
import type { CheckSettings } from './protocol.js';

/** One input in input order: a problem reading it, its result, or why checking it failed. */
export type Checked = { input: InputProblem } | { input: InputDoc; result: FileResult } | { input: InputDoc; error: string };

/** Documents in flight or waiting per worker: enough to keep every worker busy while one document is slow. */
const PER_WORKER = 8;

function checked(input: InputDoc, outcome: TaskOutcome, keepText: boolean): Checked {
  return outcome.ok ? { input, result: { ...outcome.result, text: keepText ? input.text : '' } } : { input, error: outcome.message };
}

/**
 * Checks `docs` with `jobs` workers (1: in this thread, no workers) and yields every input in
 * input order as soon as it is next. `keepText` keeps each source on its result, for formats
 * that print it; otherwise sources are dropped as soon as a document is checked.
 */
export async function* checkDocs(docs: AsyncIterable<InputDoc | InputProblem>, settings: CheckSettings, jobs: number, keepText: boolean): AsyncGenerator<Checked> {
  // A timeout needs a worker to stop: code running in this thread cannot be interrupted.
  if (jobs <= 1 && !settings.timeoutMs) {
    const index = loadEngine(settings.glossaries).index;
    for await (const input of docs) {
      if (isProblem(input)) {
        yield { input };
        continue;
      }
      let outcome: TaskOutcome;
      try {
        await ensureParsersFor(input.format);
        const { text: _text, ...result } = checkDocument(input.path, input.text, index, settings.minSeverity, settings.thresholds, input.format);
        outcome = { ok: true, result };
      } catch (err) {
        outcome = { ok: false, message: `check failed: ${(err as Error).message}` };
      }
      yield checked(input, outcome, keepText);
    }
    return;
  }
  // Loaded only here: worker_threads is not needed by a single-threaded check and adds to start-up.
  const { CheckPool } = await import('./pool.js');
  const pool = new CheckPool(jobs, settings);
  try {
    yield* orderedMap<InputDoc | InputProblem, Checked>(
      docs,
      async (input, seq) =>
        isProblem(input) ? { input } : checked(input, await pool.run({ seq, path: input.path, text: input.text, format: input.format }), keepText),
      jobs * PER_WORKER,
    );
  } finally {
    await pool.close();
  }
}
