import type { Severity } from '../../core/types.js';
import type { InputFormat } from '../../markup/format.js';
import type { VerdictThresholds } from '../../report/score.js';
import type { FileResult } from '../report.js';

/**
 * What every worker needs to build its own engine: paths and options, never a compiled index
 * (an index does not survive structured cloning cheaply, and each worker compiles it once).
 */
export interface CheckSettings {
  glossaries?: string[];
  minSeverity?: Severity;
  thresholds: VerdictThresholds;
  /** Milliseconds a worker may spend on one document before it is stopped and the document fails. */
  timeoutMs?: number;
}

export interface CheckTask {
  seq: number;
  path: string;
  text: string;
  format: InputFormat;
}

/** A result without its text: the main thread still holds the source and re-attaches it. */
export type CheckedResult = Omit<FileResult, 'text'>;

export type WorkerReply =
  /** The engine is built: documents sent from now on are checked at once. */
  | { kind: 'ready' }
  | { kind: 'result'; seq: number; result: CheckedResult }
  | { kind: 'error'; seq: number; message: string }
  /** The engine could not be built (bad glossary): no document can be checked. */
  | { kind: 'fatal'; message: string };
