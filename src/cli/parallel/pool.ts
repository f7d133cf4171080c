import { Worker } from 'node:worker_threads';
import { CliError } from '../io.js';
import type { CheckSettings, CheckTask, CheckedResult, WorkerReply } from './protocol.js';

export type TaskOutcome = { ok: true; result: CheckedResult } | { ok: false; message: string };

interface Pending {
  task: CheckTask;
  resolve: (o: TaskOutcome) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and unanswered, oldest first; a worker answers in the order it receives. */
  sent: Pending[];
  /** The worker has built its engine, so the oldest document sent is the one it is checking. */
  ready: boolean;
  /** Stops the worker when the document it is checking takes longer than the timeout. */
  timer?: NodeJS.Timeout;
}

/** Documents sent to a worker ahead of its answers, so it never waits on the main thread between two. */
const DEPTH = 2;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Up to `size` workers, started on demand. A worker checks its documents one after another, so
 * when it crashes the oldest unanswered document is the one that did it: that document fails,
 * the others go back to the front of the queue, and a fresh worker takes over. A worker that
 * cannot build its engine fails the whole run. With a timeout, a worker that spends longer than
 * that on one document is stopped the same way, and that document fails.
 */
export class CheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private fatal: CliError | undefined;

  constructor(
    private readonly size: number,
    private readonly settings: CheckSettings,
  ) {}

  run(task: CheckTask): Promise<TaskOutcome> {
    return new Promise((resolve, reject) => {
      if (this.fatal) return reject(this.fatal);
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) this.disarm(s);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const idle = this.slots.find((s) => !s.sent.length);
      const slot = idle ?? (this.slots.length < this.size ? this.spawn() : this.slots.find((s) => s.sent.length < DEPTH));
      if (!slot) return;
      const p = this.queue.shift()!;
      slot.sent.push(p);
      slot.worker.postMessage(p.task);
      this.arm(slot);
    }
  }

  /** Times the document the worker is on, if there is a timeout and no timer runs yet. */
  private arm(slot: Slot): void {
    const ms = this.settings.timeoutMs;
    if (!ms || !slot.ready || slot.timer || !slot.sent.length) return;
    slot.timer = setTimeout(() => this.crashed(slot, `check timed out after ${ms / 1000} s`), ms);
  }

  private disarm(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: this.settings }), sent: [], ready: false };
    this.slots.push(slot);
    slot.worker.on('message', (m: WorkerReply) => {
      if (m.kind === 'fatal') return this.fail(new CliError(m.message));
      if (m.kind === 'ready') {
        slot.ready = true;
        return this.arm(slot);
      }
      const t = slot.sent[0];
      if (!t || t.task.seq !== m.seq) return;
      slot.sent.shift();
      this.disarm(slot);
      this.arm(slot);
      t.resolve(m.kind === 'result' ? { ok: true, result: m.result } : { ok: false, message: `check failed: ${m.message}` });
      this.dispatch();
    });
    slot.worker.on('error', (err) => this.crashed(slot, `worker failed: ${err.message}`));
    slot.worker.on('exit', (code) => this.crashed(slot, `worker exited with code ${code}`));
    return slot;
  }

  /** The worker is gone: its document fails, and the queue moves on with a fresh worker. */
  private crashed(slot: Slot, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.disarm(slot);
    this.slots.splice(i, 1);
    const [culprit, ...innocent] = slot.sent.splice(0);
    if (this.fatal) return;
    culprit?.resolve({ ok: false, message });
    this.queue.unshift(...innocent);
    void slot.worker.terminate();
    this.dispatch();
  }

  private fail(err: CliError): void {
    this.fatal ??= err;
    for (const s of this.slots) for (const p of s.sent.splice(0)) p.reject(err);
    for (const q of this.queue.splice(0)) q.reject(err);
    void this.close();
  }
}
