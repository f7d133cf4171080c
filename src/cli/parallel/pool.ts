import { Worker } from 'node:worker_threads';
import { CliError } from '../io.js';
import type { CheckSettings, CheckTask, CheckedResult, WorkerReply } from './protocol.js';

export type TaskOutcome = { ok: true; result: CheckedResult } | { ok: false; message: string };

interface Slot {
  worker: Worker;
  task?: { task: CheckTask; resolve: (o: TaskOutcome) => void; reject: (e: unknown) => void };
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Up to `size` workers, started on demand, each checking one document at a time so a crash is
 * blamed on the document that caused it. A crashed worker fails that document and is replaced;
 * a worker that cannot build its engine fails the whole run.
 */
export class CheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: CheckTask; resolve: (o: TaskOutcome) => void; reject: (e: unknown) => void }[] = [];
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
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.task) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      slot.task = this.queue.shift()!;
      slot.worker.postMessage(slot.task.task);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: this.settings }) };
    this.slots.push(slot);
    slot.worker.on('message', (m: WorkerReply) => {
      if (m.kind === 'fatal') return this.fail(new CliError(m.message));
      const t = slot.task;
      if (!t || t.task.seq !== m.seq) return;
      slot.task = undefined;
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
    this.slots.splice(i, 1);
    const t = slot.task;
    slot.task = undefined;
    if (this.fatal) return;
    t?.resolve({ ok: false, message });
    void slot.worker.terminate();
    this.dispatch();
  }

  private fail(err: CliError): void {
    this.fatal ??= err;
    for (const s of this.slots) s.task?.reject(err);
    for (const q of this.queue.splice(0)) q.reject(err);
    void this.close();
  }
}
