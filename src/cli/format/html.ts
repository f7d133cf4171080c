import type { Finding, Severity } from '../../core/types.js';
import { VERDICTS } from '../../report/score.js';
import { escapeHtml as attr, untrustedHtml as esc } from '../../text/escape-html.js';
import { summarize, type FileResult, type Report } from '../report.js';

/**
 * A single self-contained HTML report: no script, no network. Everything from documents,
 * paths and glossaries passes through `esc`; the CSP forbids scripts as a second line of
 * defence. Filters by verdict and rule are radio buttons driven by CSS `:has()`.
 */

const CSS = `
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--fg:#1b1b1b;--muted:#666;--line:#ddd;--bg:#fff}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:72rem;padding:1rem 1.5rem 4rem}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin:0;overflow-wrap:anywhere}
.meta{color:var(--muted);margin:0 0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.path{overflow-wrap:anywhere}
.verdict{font-weight:600;border-radius:.25rem;padding:0 .35rem}
.v-spun .verdict,.verdict.v-spun{background:#fde0dc;color:var(--err)}
.v-suspicious .verdict,.verdict.v-suspicious{background:#fff1d6;color:var(--warn)}
.v-clean .verdict,.verdict.v-clean{background:#e3f4e4;color:#2e7d32}
fieldset{border:1px solid var(--line);border-radius:.4rem;margin:0 0 .6rem;padding:.3rem .7rem}
legend{color:var(--muted);font-size:.85rem}
fieldset label{margin-right:.9rem;white-space:nowrap;cursor:pointer}
.rules{max-height:9rem;overflow:auto}
section.doc{border-top:2px solid var(--line);padding:1rem 0}
.findings{font-size:.9rem}
.findings code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere}
.sev{font-weight:600}.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,monospace;background:#fafafa;border:1px solid var(--line);border-radius:.4rem;padding:.8rem;margin:0}
mark{position:relative;background:none;color:inherit;border-bottom:3px solid;cursor:help}
mark.sev-error{background:#fde0dc;border-color:var(--err)}
mark.sev-warning{background:#fff1d6;border-color:var(--warn)}
mark.sev-info{background:#e3eefc;border-color:var(--info)}
mark:focus{outline:2px solid var(--fg)}
mark .tip{display:none;position:absolute;left:0;top:1.6em;z-index:2;min-width:16rem;max-width:32rem;white-space:normal;background:#222;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:.4rem .6rem;border-radius:.3rem}
mark:hover .tip,mark:focus .tip,mark:focus-within .tip{display:block}
.repair{color:#2e7d32;font-weight:600}.tip .repair{color:#9be39f}
.none{color:var(--muted)}
`;

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/** All documents, most spun first (ties: more findings, then input order). */
function ranked(files: readonly FileResult[]): { f: FileResult; i: number }[] {
  return files.map((f, i) => ({ f, i })).sort((a, b) => b.f.score - a.f.score || b.f.findings.length - a.f.findings.length || a.i - b.i);
}

function counts(f: FileResult): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const x of f.findings) c[x.severity]++;
  return c;
}

function repairText(f: Finding): string {
  if (f.expected[0] === undefined) return '<span class="none">no automatic repair</span>';
  const others = f.expected.slice(1).map((e) => `“${esc(e)}”`);
  return `<span class="repair">“${esc(f.expected[0])}”</span>${others.length ? ` <span class="none">or ${others.join(', ')}</span>` : ''}`;
}

/** The document's text with each finding wrapped in a focusable mark; overlapping findings keep only the first. */
function highlighted(f: FileResult, doc: number): string {
  const out: string[] = [];
  let cursor = 0;
  const sorted = f.findings.map((x, k) => ({ x, k })).sort((a, b) => a.x.start - b.x.start || a.k - b.k);
  for (const { x, k } of sorted) {
    if (x.start < cursor || x.end > f.text.length) continue;
    out.push(esc(f.text.slice(cursor, x.start)));
    const note = x.note ? `<br>${esc(x.note)}` : '';
    out.push(
      `<mark id="d${doc}-f${k}" class="sev-${x.severity}" tabindex="0" data-rule="${esc(x.ruleId)}">${esc(f.text.slice(x.start, x.end))}` +
        `<span class="tip" role="tooltip">→ ${repairText(x)}${note}<br><code>${esc(x.ruleId)}</code> · ${x.severity}</span></mark>`,
    );
    cursor = x.end;
  }
  out.push(esc(f.text.slice(cursor)));
  return out.join('');
}

function findingRows(f: FileResult, doc: number, ruleKey: ReadonlyMap<string, string>): string {
  return f.findings
    .map(
      (x, k) =>
        `<tr class="finding ${ruleKey.get(x.ruleId)}" data-rule="${esc(x.ruleId)}"><td class="n"><a href="#d${doc}-f${k}">${x.line}:${x.column}</a></td>` +
        `<td class="sev sev-${x.severity}">${x.severity}</td><td><code>${esc(x.actual)}</code> → ${repairText(x)}</td>` +
        `<td><code>${esc(x.ruleId)}</code>${x.note ? `<br>${esc(x.note)}` : ''}</td></tr>`,
    )
    .join('\n');
}

export function formatHtml(r: Report, version: string): string {
  const s = summarize(r);
  const rules = [...new Set(r.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort();
  const ruleKey = new Map(rules.map((id, i) => [id, `r${i}`]));
  const classes = (f: FileResult): string => [`v-${f.verdict}`, ...new Set(f.findings.map((x) => ruleKey.get(x.ruleId)!))].join(' ');
  // Rule ids reach CSS only as these generated keys, never as text.
  const filterCss = [
    ...VERDICTS.map((v) => `body:has(#fv-${v}:checked) :is(tr.doc,section.doc):not(.v-${v}){display:none}`),
    ...rules.map((id) => {
      const k = ruleKey.get(id)!;
      return `body:has(#fr-${k}:checked) :is(tr.doc,section.doc,tr.finding):not(.${k}){display:none}`;
    }),
  ].join('\n');

  // The sections below follow the ranking too, so the worst are read first.
  const order = ranked(r.files);
  const rows = order
    .map(({ f, i }, rank) => {
      const c = counts(f);
      const name = f.findings.length ? `<a href="#doc-${i}">${esc(f.path)}</a>` : esc(f.path);
      return (
        `<tr class="doc ${classes(f)}"><td class="n">${rank + 1}</td><td class="path">${name}</td><td><span class="verdict">${f.verdict}</span></td>` +
        `<td class="n">${f.score}</td><td class="n">${f.words}</td>${SEVERITY_ORDER.map((sv) => `<td class="n">${c[sv]}</td>`).join('')}</tr>`
      );
    })
    .join('\n');

  const sections = order
    .map(({ f, i }) =>
      f.findings.length
        ? `<section class="doc ${classes(f)}" id="doc-${i}"><h2>${esc(f.path)}</h2>` +
          `<p class="meta"><span class="verdict">${f.verdict}</span> spin score ${f.score} · ${f.words} words · ${f.findings.length} finding${f.findings.length === 1 ? '' : 's'}</p>` +
          `<table class="findings"><thead><tr><th class="n">at</th><th>severity</th><th>flagged → repair</th><th>rule and note</th></tr></thead><tbody>\n${findingRows(f, i, ruleKey)}\n</tbody></table>` +
          (f.text ? `<pre class="text">${highlighted(f, i)}</pre>` : '') +
          `</section>`
        : '',
    )
    .filter(Boolean)
    .join('\n');

  const skipped = [...r.skipped, ...r.failed];
  const skippedList = skipped.length ? `<h2>Not checked</h2><ul>${skipped.map((x) => `<li>${esc(x.path)}: ${esc(x.reason)}</li>`).join('')}</ul>` : '';
  const radio = (group: string, id: string, label: string, checked = false): string =>
    `<label><input type="radio" name="${group}" id="${id}"${checked ? ' checked' : ''}> ${label}</label>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="unspin ${attr(version)}">
<title>unspin report: ${s.spun} spun, ${s.suspicious} suspicious, ${s.clean} clean</title>
<style>${CSS}${filterCss}</style>
</head>
<body>
<header>
<h1>unspin report</h1>
<p class="meta">${s.files} document${s.files === 1 ? '' : 's'}, ${s.words} words, ${s.findings} findings (${s.errors} errors, ${s.warnings} warnings, ${s.infos} info): <strong>${s.spun} spun</strong>, ${s.suspicious} suspicious, ${s.clean} clean. Spin score = 1000 × (errors + 0.5 × warnings + 0.2 × infos) / max(words, 250).</p>
<form class="filters" aria-label="filters">
<fieldset><legend>verdict</legend>${radio('verdict', 'fv-all', 'all', true)}${VERDICTS.map((v) => radio('verdict', `fv-${v}`, v)).join('')}</fieldset>
${rules.length ? `<fieldset class="rules"><legend>rule</legend>${radio('rule', 'fr-all', 'all', true)}${rules.map((id) => radio('rule', `fr-${ruleKey.get(id)}`, `<code>${esc(id)}</code>`)).join('')}</fieldset>` : ''}
</form>
</header>
<main>
<table class="ranking">
<thead><tr><th class="n">#</th><th>document</th><th>verdict</th><th class="n">score</th><th class="n">words</th><th class="n">errors</th><th class="n">warnings</th><th class="n">infos</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${sections}
${skippedList}
</main>
</body>
</html>
`;
}
