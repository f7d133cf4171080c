import { SEVERITIES } from '../../core/types.js';
import { DEFAULT_THRESHOLDS, type VerdictThresholds } from '../../report/score.js';
import { oneOf, parse, type Values } from '../args.js';
import { countInputs } from '../count-inputs.js';
import { CSV_HEADER, csvRow } from '../format/csv.js';
import { fileRecord, formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { makeStyle } from '../format/style.js';
import { formatStylish } from '../format/stylish.js';
import { HELP } from '../help.js';
import { INPUT_FORMAT_OPTION, inputFormatFlag, writeDocumentWarnings } from '../input-format.js';
import { inputDocs, type InputOptions } from '../inputs.js';
import { CliError, EXIT, useColor, type CliIO } from '../io.js';
import { openOutput } from '../output.js';
import { Progress } from '../progress.js';
import { checkDocs } from '../parallel/check-stream.js';
import { jobsFlag } from '../parallel/jobs.js';
import type { Report } from '../report.js';
import { version } from '../version.js';

export const COMMON_OPTIONS = {
  glossary: { type: 'string', short: 'g', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export function colorFlag(values: Values): boolean | undefined {
  return values['no-color'] ? false : values.color ? true : undefined;
}

const FORMATS = ['stylish', 'json', 'jsonl', 'csv', 'sarif'] as const;
const FAIL_ON = ['error', 'suspicious', 'spun', 'none'] as const;

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
  });
  if (values.help) {
    io.stdout.write(HELP.check!);
    return EXIT.ok;
  }
  const format = oneOf('check', 'format', values.format as string | undefined, FORMATS, 'stylish');
  const minSeverity = oneOf('check', 'min-severity', values['min-severity'] as string | undefined, SEVERITIES, 'info');
  const inputFormat = inputFormatFlag('check', values);
  const failOn = oneOf('check', 'fail-on', values['fail-on'] as string | undefined, FAIL_ON, 'error');
  const thresholds: VerdictThresholds = {
    spunScore: number('spun-score', values['spun-score'], DEFAULT_THRESHOLDS.spunScore),
    spunErrors: number('spun-errors', values['spun-errors'], DEFAULT_THRESHOLDS.spunErrors),
    suspiciousScore: number('suspicious-score', values['suspicious-score'], DEFAULT_THRESHOLDS.suspiciousScore),
  };
  if (!positionals.length && io.stdin.isTTY) {
    io.stderr.write('unspin check: no input; give files, directories or pipe text to stdin (see --help)\n');
    return EXIT.usage;
  }
  const inputOptions: InputOptions = {
    include: (values.include as string[] | undefined) ?? [],
    exclude: (values.exclude as string[] | undefined) ?? [],
    jsonl: values.jsonl === true,
    idField: (values['id-field'] as string | undefined) ?? 'id',
    textField: (values['text-field'] as string | undefined) ?? 'text',
    ...(inputFormat ? { inputFormat } : {}),
  };
  const jobs = jobsFlag('check', values.jobs, positionals, inputOptions);
  const settings = { glossaries: values.glossary as string[] | undefined, minSeverity, thresholds };
  const showProgress = io.stderr.isTTY === true && !values.quiet;
  const progress = new Progress(io, showProgress, showProgress ? countInputs(positionals, inputOptions) : undefined);
  const docs = checkDocs(inputDocs(positionals, io, inputOptions), settings, jobs, format === 'stylish');
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
        io.stderr.write(`unspin: ${path}: ${reason}\n`);
        continue;
      }
      const result = c.result;
      writeDocumentWarnings(io, result);
      progress.add(result.words, result.findings.length);
      failing ||=
        failOn === 'error' ? result.findings.some((x) => x.severity === 'error') : failOn === 'spun' ? result.verdict === 'spun' : failOn === 'suspicious' ? result.verdict !== 'clean' : false;
      // Streaming formats write each document as it finishes and keep nothing.
      if (format === 'jsonl') out.write(JSON.stringify(fileRecord(result)) + '\n');
      else if (format === 'csv') out.write(csvRow(result));
      else report.files.push({ ...result, text: format === 'stylish' ? result.text : '' });
    }
    progress.done();
    if (format === 'json') out.write(formatJson(report));
    else if (format === 'sarif') out.write(formatSarif(report, version()));
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
