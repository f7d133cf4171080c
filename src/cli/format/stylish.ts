import type { Severity } from '../../core/types.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { ranking, summarize, type Report } from '../report.js';
import type { Style } from './style.js';

function severityLabel(s: Severity, st: Style): string {
  const padded = s.padEnd(7);
  return s === 'error' ? st.red(padded) : s === 'warning' ? st.yellow(padded) : st.cyan(padded);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** For people at a terminal: findings grouped by file, one line each, then a summary line. */
export function formatStylish(r: Report, st: Style): string {
  const out: string[] = [];
  for (const f of r.files) {
    if (!f.findings.length) continue;
    out.push(`${st.underline(sanitizeForTerminal(f.path))}  ${st.dim(`${f.verdict}, spin score ${f.score}`)}`);
    const width = Math.max(...f.findings.map((x) => `${x.line}:${x.column}`.length));
    for (const x of f.findings) {
      const pos = `${x.line}:${x.column}`.padEnd(width);
      const repair = x.expected[0] !== undefined ? ` → "${sanitizeForTerminal(x.expected[0])}"` : '';
      out.push(`  ${st.dim(pos)}  ${severityLabel(x.severity, st)} "${sanitizeForTerminal(x.actual)}"${repair}  ${st.dim(x.ruleId)}`);
    }
    out.push('');
  }
  for (const s of r.skipped) out.push(st.dim(`${sanitizeForTerminal(s.path)}: ${s.reason}`));
  const ranked = ranking(r.files);
  if (r.files.length > 1 && ranked.length) {
    out.push(st.bold('most spun first:'));
    for (const x of ranked.slice(0, 10)) out.push(`  ${String(x.score).padStart(7)}  ${x.verdict.padEnd(10)} ${sanitizeForTerminal(x.path)}`);
    if (ranked.length > 10) out.push(st.dim(`  … ${ranked.length - 10} more (see --format json or csv)`));
    out.push('');
  }
  const s = summarize(r);
  const parts = `${plural(s.findings, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info)`;
  const line = `${s.findings ? '✖' : '✔'} ${parts} in ${plural(s.files, 'file')}, ${plural(s.words, 'word')}; ${s.spun} spun, ${s.suspicious} suspicious, ${s.clean} clean`;
  out.push(s.errors ? st.red(st.bold(line)) : s.findings ? st.yellow(line) : st.green(line));
  return out.join('\n') + '\n';
}
