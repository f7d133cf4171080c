import { readFileSync } from 'node:fs';
import { explain } from '../../core/explain.js';
import { LineIndex } from '../../core/lines.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse } from '../args.js';
import { loadEngine } from '../engine.js';
import { HELP } from '../help.js';
import { CliError, EXIT, type CliIO } from '../io.js';

/** The span to explain: the whole TEXT argument, or a window of a file around LINE:COL. */
function target(values: Record<string, unknown>, positionals: string[]): { text: string; offset: number } {
  if (values.file) {
    let source: string;
    try {
      source = readFileSync(String(values.file), 'utf8');
    } catch (err) {
      throw new CliError(`explain: cannot read ${String(values.file)}: ${(err as Error).message}`);
    }
    const m = /^(\d+):(\d+)$/.exec(String(values.at ?? ''));
    if (!m) throw new CliError('explain: --file needs --at LINE:COL');
    const lines = new LineIndex(source);
    const line = Number(m[1]);
    if (line < 1 || line > lines.lineCount) throw new CliError(`explain: line ${line} is outside ${String(values.file)} (${lines.lineCount} lines)`);
    const at = lines.lineStart(line) + Number(m[2]) - 1;
    const from = Math.max(0, source.lastIndexOf('\n', Math.max(0, at - 200)) + 1);
    const nl = source.indexOf('\n', at + 200);
    return { text: source.slice(from, nl < 0 ? undefined : nl), offset: from };
  }
  if (positionals.length !== 1) throw new CliError('explain: give the text to explain in quotes, or --file F --at LINE:COL');
  return { text: positionals[0]!, offset: 0 };
}

export async function runExplain(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('explain', argv, {
    glossary: { type: 'string', short: 'g', multiple: true },
    file: { type: 'string' },
    at: { type: 'string' },
    format: { type: 'string', short: 'f' },
  });
  if (values.help) {
    io.stdout.write(HELP.explain!);
    return EXIT.ok;
  }
  const format = oneOf('explain', 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const { text, offset } = target(values, positionals);
  // Examples are not run: explain is the tool for debugging a glossary whose examples fail.
  const engine = loadEngine(values.glossary as string[] | undefined, { examples: false });
  const e = explain(text, engine.index);
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ version: 1, offset, ...e }, null, 2) + '\n');
    return EXIT.ok;
  }
  const s = sanitizeForTerminal;
  const out: string[] = ['tokens (text → normalized; base forms; may stand for):'];
  for (const t of e.tokens) {
    const stands = t.standsFor.map((x) => `${x.canonical} (${x.strength})`).join(', ');
    out.push(`  ${s(t.text)} → ${s(t.norm)}; ${t.lemmas.map((l) => s(l)).join(', ')}${stands ? `; may stand for ${stands}` : ''}`);
  }
  out.push('', `candidates considered: ${e.candidates.length}`);
  for (const c of e.candidates) {
    out.push(`  "${s(c.text)}" ${c.ruleId}${c.generated ? ' (generated)' : ''}: ${c.verdict}`);
    for (const sub of c.substitutions ?? []) out.push(`      ${s(sub)}`);
  }
  out.push('', `findings: ${e.findings.length}`);
  for (const f of e.findings) out.push(`  ${offset + f.start}-${offset + f.end} "${s(f.actual)}" → "${s(f.expected[0] ?? '')}" ${f.ruleId}: ${s(f.message)}`);
  io.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}
