import { oneOf, parse, type Values } from '../args.js';
import { loadEngine } from '../engine.js';
import { formatJson } from '../format/json.js';
import { makeStyle } from '../format/style.js';
import { formatStylish } from '../format/stylish.js';
import { HELP } from '../help.js';
import { isProblem, readInputs } from '../inputs.js';
import { EXIT, useColor, type CliIO } from '../io.js';
import { checkDocument, type Report } from '../report.js';
import { SEVERITIES } from '../../core/types.js';

export const COMMON_OPTIONS = {
  glossary: { type: 'string', short: 'g', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export function colorFlag(values: Values): boolean | undefined {
  return values['no-color'] ? false : values.color ? true : undefined;
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('check', argv, {
    ...COMMON_OPTIONS,
    'min-severity': { type: 'string' },
    format: { type: 'string', short: 'f' },
  });
  if (values.help) {
    io.stdout.write(HELP.check!);
    return EXIT.ok;
  }
  const format = oneOf('check', 'format', values.format as string | undefined, ['stylish', 'json'] as const, 'stylish');
  const minSeverity = oneOf('check', 'min-severity', values['min-severity'] as string | undefined, SEVERITIES, 'info');
  if (!positionals.length && io.stdin.isTTY) {
    io.stderr.write('unspin check: no input; give file paths or pipe text to stdin (see --help)\n');
    return EXIT.usage;
  }
  const engine = loadEngine(values.glossary as string[] | undefined);
  const report: Report = { files: [], skipped: [], failed: [] };
  for (const input of await readInputs(positionals, io)) {
    if (isProblem(input)) {
      (input.skipped ? report.skipped : report.failed).push({ path: input.path, reason: input.message });
      io.stderr.write(`unspin: ${input.path}: ${input.message}\n`);
      continue;
    }
    report.files.push(checkDocument(input.path, input.text, engine.index, minSeverity));
  }
  io.stdout.write(format === 'json' ? formatJson(report) : formatStylish(report, makeStyle(useColor(io, io.stdout, colorFlag(values)))));
  if (report.failed.length) return EXIT.usage;
  return report.files.some((f) => f.findings.some((x) => x.severity === 'error')) ? EXIT.findings : EXIT.ok;
}
