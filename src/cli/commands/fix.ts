import { ensureParsersFor } from '../../markup/prepare.js';
import { createTwoFilesPatch } from 'diff';
import { applyEdits } from '../../core/apply.js';
import { SEVERITIES, SEVERITY_RANK, type Finding, type Severity } from '../../core/types.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { sourceEdits } from '../../markup/escape.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse, type Values } from '../args.js';
import { CONFIG_OPTIONS, configuredGlossaries } from '../config-file.js';
import { loadEngine } from '../engine.js';
import { makeStyle, type Style } from '../format/style.js';
import { HELP } from '../help.js';
import { INPUT_FORMAT_OPTION, inputFormatFlag, writeDocumentWarnings } from '../input-format.js';
import { isProblem, readInputs } from '../inputs.js';
import { CliError, EXIT, useColor, type CliIO } from '../io.js';
import { checkDocument } from '../report.js';
import { colorFlag, COMMON_OPTIONS } from './check.js';

/** Safe unattended: at or above the chosen severity, and only one possible repair. */
export function isSafeFix(f: Finding, severity: Severity): boolean {
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity] && f.expected.length === 1;
}

function colorPatch(patch: string, st: Style): string {
  return patch
    .split('\n')
    .map((l) => (l.startsWith('+') && !l.startsWith('+++') ? st.green(l) : l.startsWith('-') && !l.startsWith('---') ? st.red(l) : l.startsWith('@@') ? st.cyan(l) : l))
    .join('\n');
}

export async function runFix(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('fix', argv, {
    ...COMMON_OPTIONS,
    severity: { type: 'string' },
    write: { type: 'boolean', short: 'w' },
    stdout: { type: 'boolean' },
    ...INPUT_FORMAT_OPTION,
    ...CONFIG_OPTIONS,
  });
  if (values.help) {
    io.stdout.write(HELP.fix!);
    return EXIT.ok;
  }
  const severity = oneOf('fix', 'severity', values.severity as string | undefined, SEVERITIES, 'error');
  if (values.write && values.stdout) throw new CliError('fix: choose either --write or --stdout, not both');
  if (!positionals.length && io.stdin.isTTY) {
    io.stderr.write('unspin fix: no input; give file paths or pipe text to stdin (see --help)\n');
    return EXIT.usage;
  }
  const inputFormat = inputFormatFlag('fix', values);
  const engine = loadEngine(configuredGlossaries(io.cwd, values));
  const style = makeStyle(useColor(io, io.stdout, colorFlag(values)));
  let code: number = EXIT.ok;
  let fixed = 0;
  for (const input of await readInputs(positionals, io, inputFormat)) {
    if (isProblem(input)) {
      io.stderr.write(`unspin: ${sanitizeForTerminal(input.path)}: ${sanitizeForTerminal(input.message)}\n`);
      if (!input.skipped) code = EXIT.usage;
      continue;
    }
    await ensureParsersFor(input.format);
    const result = checkDocument(input.path, input.text, engine.index, undefined, undefined, input.format);
    writeDocumentWarnings(io, result);
    const { output, applied } = applyEdits(input.text, sourceEdits(result.findings.filter((f) => isSafeFix(f, severity)), input.format));
    fixed += applied.length;
    if (values.stdout) {
      io.stdout.write(output);
    } else if (values.write) {
      if (output === input.text) continue;
      if (input.stdin) throw new CliError('fix: --write needs file paths; use --stdout for stdin');
      try {
        writeFileAtomic(input.path, (input.bom ? '\ufeff' : '') + output);
      } catch (err) {
        io.stderr.write(`unspin: ${sanitizeForTerminal(input.path)}: cannot write: ${sanitizeForTerminal((err as Error).message)}\n`);
        code = EXIT.usage;
        continue;
      }
      io.stderr.write(`fixed ${applied.length} in ${sanitizeForTerminal(input.path)}\n`);
    } else if (output !== input.text) {
      const patch = createTwoFilesPatch(input.path, input.path, input.text, output, undefined, undefined, { context: 2 });
      io.stdout.write(colorPatch(sanitizeForTerminal(patch, true), style));
    }
  }
  if (!values.stdout && !values.write) io.stderr.write(`${fixed} repair${fixed === 1 ? '' : 's'} shown; nothing written (use --write or --stdout)\n`);
  return code;
}
