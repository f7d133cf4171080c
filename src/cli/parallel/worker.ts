import { ensureParsersFor } from '../../markup/prepare.js';
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine, type Engine } from '../engine.js';
import { checkDocument } from '../report.js';
import type { CheckSettings, CheckTask, WorkerReply } from './protocol.js';

// One engine per worker, built before the first document and reused for every one after it.
const settings = workerData as CheckSettings;
const port = parentPort!;
const reply = (r: WorkerReply): void => port.postMessage(r);
// Test-only fault injection (see tests/cli/parallel.e2e.test.ts): a document containing the
// first marker crashes the worker outright, as an uncaught error would; one containing the second
// keeps it busy, as a pathological document would.
const FAULT = process.env.UNSPIN_TEST_WORKER_FAULT;
const STALL = process.env.UNSPIN_TEST_WORKER_STALL;

let engine: Engine | undefined;
try {
  engine = loadEngine(settings.glossaries);
} catch (err) {
  reply({ kind: 'fatal', message: (err as Error).message });
}

if (engine) {
  const index = engine.index;
  reply({ kind: 'ready' });
  port.on('message', async (task: CheckTask) => {
    if (FAULT && task.text.includes(FAULT)) throw new Error(`injected worker fault on ${task.path}`);
    if (STALL && task.text.includes(STALL)) for (;;);
    try {
      await ensureParsersFor(task.format);
      const { text: _text, ...result } = checkDocument(task.path, task.text, index, settings.minSeverity, settings.thresholds, task.format);
      reply({ kind: 'result', seq: task.seq, result });
    } catch (err) {
      reply({ kind: 'error', seq: task.seq, message: (err as Error).message });
    }
  });
}
