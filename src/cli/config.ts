import type { Node, YAMLMap } from 'yaml';
import { loadYaml } from '../glossary/yaml.js';
import { SEVERITIES, type Severity } from '../core/types.js';
import type { Diagnostic } from '../glossary/diagnostic.js';
import type { VerdictThresholds } from '../report/score.js';
import { didYouMean } from '../text/did-you-mean.js';

/** Report formats `check --format` and the config's `format` accept. */
export const REPORT_FORMATS = ['stylish', 'json', 'jsonl', 'csv', 'sarif', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const FAIL_ON = ['error', 'suspicious', 'spun', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** A severity override may also switch a rule or category off. */
export const OVERRIDE_LEVELS = [...SEVERITIES, 'off'] as const;
export type OverrideLevel = Severity | 'off';

/** What `.unspin.yaml` holds; every key is optional and a command-line flag beats it. */
export interface Config {
  /** Where the settings came from, for messages. */
  file: string;
  /** Glossary paths, resolved by the loader against the config file's directory. */
  glossaries?: string[];
  minSeverity?: Severity;
  /** Per rule id or per category. */
  severity?: Record<string, OverrideLevel>;
  include?: string[];
  exclude?: string[];
  failOn?: FailOn;
  thresholds?: Partial<VerdictThresholds>;
  format?: ReportFormat;
  /** Seconds a document may take before it is given up (`check --timeout`). */
  timeout?: number;
}

const TOP_KEYS = ['glossaries', 'min-severity', 'severity', 'include', 'exclude', 'fail-on', 'thresholds', 'format', 'timeout'] as const;
const THRESHOLD_KEYS: Record<string, keyof VerdictThresholds> = { 'spun-score': 'spunScore', 'spun-errors': 'spunErrors', 'suspicious-score': 'suspiciousScore' };

/** Parses and checks one config file's YAML, collecting every problem with its place. Pure. */
export function parseConfig(source: string, file: string): { config: Config; diagnostics: Diagnostic[] } {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  const config: Config = { file };
  const at = (node: Node | null | undefined | number, code: string, message: string): void => {
    const offset = typeof node === 'number' ? node : (node?.range?.[0] ?? 0);
    const { line, col } = lineCounter.linePos(offset);
    diagnostics.push({ code, severity: 'error', message, file, line, column: col, offset });
  };
  for (const e of doc.errors) at(e.pos[0], 'yaml-syntax', e.message.split('\n')[0]!);
  if (doc.errors.length) return { config, diagnostics };
  const root = doc.contents;
  // An empty file (or one of comments only) is a valid config that sets nothing.
  if (root === null || (isScalar(root) && root.value === null)) return { config, diagnostics };
  if (!isMap(root)) {
    at(root as Node, 'not-a-map', `a config file must be a YAML mapping of ${TOP_KEYS.join(', ')}`);
    return { config, diagnostics };
  }

  const oneOf = <T extends string>(node: Node, key: string, allowed: readonly T[]): T | undefined => {
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    const hint = typeof v === 'string' ? didYouMean(v, allowed) : undefined;
    at(node, 'bad-value', `"${key}" must be one of ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`);
    return undefined;
  };
  const strings = (node: Node, key: string): string[] | undefined => {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim()) return [node.value];
    if (!isSeq(node)) {
      at(node, 'bad-type', `"${key}" must be a string or a list of strings`);
      return undefined;
    }
    const out: string[] = [];
    for (const item of node.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) out.push(item.value);
      else at(item as Node, 'bad-type', `each item of "${key}" must be a non-empty string`);
    }
    return out;
  };
  const mapOf = (node: Node, key: string, each: (k: string, keyNode: Node, value: Node) => void): void => {
    if (!isMap(node)) {
      at(node, 'bad-type', `"${key}" must be a mapping`);
      return;
    }
    for (const pair of (node as YAMLMap).items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      each(k, pair.key as Node, pair.value as Node);
    }
  };

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node;
    if (value === null || (isScalar(value) && value.value === null)) {
      if ((TOP_KEYS as readonly string[]).includes(key)) {
        at(pair.key as Node, 'missing-value', `"${key}" has no value`);
        continue;
      }
    }
    switch (key) {
      case 'glossaries':
      case 'include':
      case 'exclude': {
        const list = value ? strings(value, key) : undefined;
        if (list) config[key] = list;
        break;
      }
      case 'min-severity': {
        const v = value ? oneOf(value, key, SEVERITIES) : undefined;
        if (v) config.minSeverity = v;
        break;
      }
      case 'fail-on': {
        const v = value ? oneOf(value, key, FAIL_ON) : undefined;
        if (v) config.failOn = v;
        break;
      }
      case 'format': {
        const v = value ? oneOf(value, key, REPORT_FORMATS) : undefined;
        if (v) config.format = v;
        break;
      }
      case 'severity': {
        const overrides: Record<string, OverrideLevel> = {};
        if (value)
          mapOf(value, key, (k, keyNode, v) => {
            if (!k.trim()) at(keyNode, 'bad-type', 'each key of "severity" must be a rule id or a category');
            if (!v || (isScalar(v) && v.value === null)) {
              at(keyNode, 'missing-value', `"${k}" in "severity" has no value`);
              return;
            }
            const level = oneOf(v, `severity of ${k}`, OVERRIDE_LEVELS);
            if (level) overrides[k] = level;
          });
        config.severity = overrides;
        break;
      }
      case 'timeout': {
        const n = isScalar(value) ? value.value : undefined;
        if (typeof n === 'number' && Number.isFinite(n) && n > 0) config.timeout = n;
        else at(value ?? (pair.key as Node), 'bad-value', '"timeout" must be a number of seconds above 0');
        break;
      }
      case 'thresholds': {
        const t: Partial<VerdictThresholds> = {};
        if (value)
          mapOf(value, key, (k, keyNode, v) => {
            const name = THRESHOLD_KEYS[k];
            if (!name) {
              const hint = didYouMean(k, Object.keys(THRESHOLD_KEYS));
              at(keyNode, 'unknown-key', `unknown threshold "${k}"; use ${Object.keys(THRESHOLD_KEYS).join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`);
              return;
            }
            const n = isScalar(v) ? v.value : undefined;
            if (typeof n === 'number' && Number.isFinite(n) && n >= 0) t[name] = n;
            else at(v ?? keyNode, 'bad-value', `threshold "${k}" must be a non-negative number`);
          });
        config.thresholds = t;
        break;
      }
      default: {
        const hint = didYouMean(key, TOP_KEYS);
        at(pair.key as Node, 'unknown-key', `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; a config file may set ${TOP_KEYS.join(', ')}`);
      }
    }
  }
  return { config, diagnostics };
}
