import { SEVERITIES } from '../../core/types.js';
import { DEFAULT_THRESHOLDS, type VerdictThresholds } from '../../report/score.js';
import { oneOf, parse, type Values } from '../args.js';
import { FAIL_ON, REPORT_FORMATS as FORMATS } from '../config.js';
import { loadConfig } from '../config-file.js';
import { countInputs } from '../count-inputs.js';
import { CSV_HEADER, csvRow } from '../format/csv.js';
import { formatHtml } from '../format/html.js';
import { fileRecord, formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { makeStyle } from '../format/style.js';
import { formatStylish } from '../format/stylish.js';
import { HELP } from '../help.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { INPUT_FORMAT_OPTION, inputFormatFlag, writeDocumentWarnings } from '../input-format.js';
import { inputDocs, type InputOptions } from '../inputs.js';
import { CliError, EXIT, useColor, type CliIO } from '../io.js';
import { openOutput } from '../output.js';
import { Progress } from '../progress.js';
import { checkDocs } from '../parallel/check-stream.js';
import { jobsFlag } from '../parallel/jobs.js';
import type { Report } from '../report.js';
import { applySeverityOverrides } from '../severity-overrides.js';
import { version } from '../version.js';

export const COMMON_OPTIONS = {
  glossary: { type: 'string', short: 'g', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export function colorFlag(values: Values): boolean | undefined {
  return values['no-color'] ? false : values.color ? true : undefined;
}

function number(flag: string, v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new CliError(`check: --${flag} must be a non-negative number, got "${String(v)}"`);
  return n;
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('check', argv, {
    ...COMMON_OPTIONS,
    'min-severity': { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    jsonl: { type: 'boolean' },
    'id-field': { type: 'string' },
    'text-field': { type: 'string' },
    ...INPUT_FORMAT_OPTION,
    'fail-on': { type: 'string' },
    'spun-score': { type: 'string' },
    'spun-errors': { type: 'string' },
    'suspicious-score': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
    config: { type: 'string' },
    'no-config': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(HELP.check!);
    return EXIT.ok;
  }
  // Settings: a flag beats .unspin.yaml, which beats the default.
  const config = loadConfig(io.cwd, values.config as string | undefined, values['no-config'] === true);
  const format = oneOf('check', 'format', (values.format as string | undefined) ?? config?.format, FORMATS, 'stylish');
  const minSeverity = oneOf('check', 'min-severity', (values['min-severity'] as string | undefined) ?? config?.minSeverity, SEVERITIES, 'info');
  const inputFormat = inputFormatFlag('check', values);
  const failOn = oneOf('check', 'fail-on', (values['fail-on'] as string | undefined) ?? config?.failOn, FAIL_ON, 'error');
  const limit = { ...DEFAULT_THRESHOLDS, ...config?.thresholds };
  const thresholds: VerdictThresholds = {
    spunScore: number('spun-score', values['spun-score'], limit.spunScore),
    spunErrors: number('spun-errors', values['spun-errors'], limit.spunErrors),
    suspiciousScore: number('suspicious-score', values['suspicious-score'], limit.suspiciousScore),
  };
  const overrides = config?.severity && Object.keys(config.severity).length ? config.severity : undefined;
  if (!positionals.length && io.stdin.isTTY) {
    io.stderr.write('unspin check: no input; give files, directories or pipe text to stdin (see --help)\n');
    return EXIT.usage;
  }
  const inputOptions: InputOptions = {
    include: (values.include as string[] | undefined) ?? config?.include ?? [],
    exclude: (values.exclude as string[] | undefined) ?? config?.exclude ?? [],
    jsonl: values.jsonl === true,
    idField: (values['id-field'] as string | undefined) ?? 'id',
    textField: (values['text-field'] as string | undefined) ?? 'text',
    ...(inputFormat ? { inputFormat } : {}),
  };
  const jobs = jobsFlag('check', values.jobs, positionals, inputOptions);
  // With severity overrides, workers keep every finding; the overrides then filter by severity.
  const timeout = number('timeout', values.timeout, config?.timeout ?? 0);
  if (values.timeout !== undefined && timeout === 0) throw new CliError(`check: --timeout must be a number of seconds above 0, got "${String(values.timeout)}"`);
  const settings = {
    glossaries: (values.glossary as string[] | undefined) ?? config?.glossaries,
    minSeverity: overrides ? 'info' : minSeverity,
    thresholds,
    ...(timeout ? { timeoutMs: Math.ceil(timeout * 1000) } : {}),
  };
  const showProgress = io.stderr.isTTY === true && !values.quiet;
  const progress = new Progress(io, showProgress, showProgress ? countInputs(positionals, inputOptions) : undefined);
  const docs = checkDocs(inputDocs(positionals, io, inputOptions), settings, jobs, format === 'stylish' || format === 'html');
  // The first document is awaited before the output opens, so a bad glossary fails without a report file.
  const first = await docs.next();
  const out = openOutput(io, values.output as string | undefined);
  const report: Report = { files: [], skipped: [], failed: [] };
  let failing = false;
  try {
    if (format === 'csv') out.write(CSV_HEADER);
    for (let next = first; !next.done; next = await docs.next()) {
      const c = next.value;
      if (!('result' in c)) {
        const { path } = c.input;
        const [reason, skipped] = 'error' in c ? [c.error, false] : [c.input.message, c.input.skipped];
        (skipped ? report.skipped : report.failed).push({ path, reason });
        io.stderr.write(`unspin: ${sanitizeForTerminal(path)}: ${sanitizeForTerminal(reason)}\n`);
        continue;
      }
      const result = overrides ? applySeverityOverrides(c.result, overrides, minSeverity, thresholds) : c.result;
      writeDocumentWarnings(io, result);
      progress.add(result.words, result.findings.length);
      failing ||=
        failOn === 'error' ? result.findings.some((x) => x.severity === 'error') : failOn === 'spun' ? result.verdict === 'spun' : failOn === 'suspicious' ? result.verdict !== 'clean' : false;
      // Streaming formats write each document as it finishes and keep nothing.
      if (format === 'jsonl') out.write(JSON.stringify(fileRecord(result)) + '\n');
      else if (format === 'csv') out.write(csvRow(result));
      else report.files.push({ ...result, text: format === 'stylish' || format === 'html' ? result.text : '' });
    }
    progress.done();
    if (format === 'json') out.write(formatJson(report));
    else if (format === 'sarif') out.write(formatSarif(report, version()));
    else if (format === 'html') out.write(formatHtml(report, version()));
    else if (format === 'stylish') out.write(formatStylish(report, makeStyle(!values.output && useColor(io, io.stdout, colorFlag(values)))));
    out.close();
  } catch (err) {
    out.abort();
    await docs.return(undefined);
    throw err;
  }
  if (report.failed.length) return EXIT.usage;
  return failing ? EXIT.findings : EXIT.ok;
}
