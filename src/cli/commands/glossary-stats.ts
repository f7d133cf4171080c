import { checkText } from '../../core/check.js';
import { glossaryStats, HitCounter, type GlossaryStats } from '../../glossary/stats.js';
import { compileOptionsFor } from '../../lexicon/load.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse } from '../args.js';
import { loadEngine } from '../engine.js';
import { HELP } from '../help.js';
import { inputDocs, isProblem } from '../inputs.js';
import { EXIT, type CliIO } from '../io.js';
import { CORPUS_OPTIONS, corpusOptions, plural } from './glossary-tools.js';

const CMD = 'glossary stats';

const num = (n: number): string => (n >= 1e15 ? n.toExponential(2) : Math.round(n).toLocaleString('en-US'));

function describe(s: GlossaryStats): string[] {
  const counts = (o: Record<string, number>): string =>
    Object.entries(o)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return [
    `${s.name} (${s.file})`,
    `  rules          ${num(s.rules)} (${num(s.contextRules)} with context conditions)`,
    `  variants       ${num(s.variants)} explicit`,
    `  canonical      ${num(s.canonicalForms)} forms, ${num(s.generatingForms)} generating; generated variant space up to ${num(s.generatedSpace)}`,
    `  synonyms       ${num(s.synonymEntries)} entries, ${num(s.synonymWords)} words`,
    `  examples       ${num(s.examples.flag)} flag, ${num(s.examples.pass)} pass`,
    `  severities     ${counts(s.severities) || 'none'}`,
    `  categories     ${counts(s.categories) || 'none'}`,
  ];
}

/** `unspin glossary stats [FILES] [--corpus PATH...]`: what each glossary holds and, over a corpus, what fires. */
export async function runGlossaryStats(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(CMD, argv, {
    corpus: { type: 'string', short: 'c', multiple: true },
    format: { type: 'string', short: 'f' },
    ...CORPUS_OPTIONS,
  });
  if (values.help) return (io.stdout.write(HELP[CMD]!), EXIT.ok);
  const format = oneOf(CMD, 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const engine = loadEngine(positionals, { examples: false });
  const opts = compileOptionsFor(engine.lexicon, engine.loaded.synonyms);
  const glossaries = engine.loaded.glossaries.map((g) => glossaryStats(g, opts));
  const corpusPaths = (values.corpus as string[] | undefined) ?? [];
  let corpus: { documents: number; findings: number; fired: ReturnType<HitCounter['fired']>; neverFired: string[]; failed: { path: string; message: string }[] } | undefined;
  if (corpusPaths.length) {
    const counter = new HitCounter(engine.loaded.rules.map((r) => r.id));
    const failed: { path: string; message: string }[] = [];
    let documents = 0;
    let findings = 0;
    for await (const doc of inputDocs(corpusPaths, io, corpusOptions(values))) {
      if (isProblem(doc)) {
        if (!doc.skipped) failed.push({ path: doc.path, message: doc.message });
        io.stderr.write(`unspin: ${sanitizeForTerminal(doc.path)}: ${doc.message}\n`);
        continue;
      }
      const found = checkText(doc.text, engine.index);
      documents++;
      findings += found.length;
      counter.add(found);
    }
    corpus = { documents, findings, fired: counter.fired(), neverFired: counter.neverFired(), failed };
  }
  if (format === 'json') io.stdout.write(JSON.stringify({ version: 1, glossaries, ...(corpus ? { corpus } : {}) }, null, 2) + '\n');
  else {
    const lines = glossaries.flatMap((s) => [...describe(s), '']);
    const total = (f: (s: GlossaryStats) => number): string => num(glossaries.reduce((n, s) => n + f(s), 0));
    lines.push(`total: ${plural(glossaries.length, 'glossary', 'glossaries')}, ${total((s) => s.rules)} rules, ${total((s) => s.variants)} variants, ${total((s) => s.generatingForms)} generating canonical forms`);
    if (corpus) {
      const rules = engine.loaded.rules.length;
      lines.push('', `corpus: ${plural(corpus.documents, 'document')}, ${plural(corpus.findings, 'finding')}; ${num(corpus.fired.length)} of ${num(rules)} rules fired`);
      if (corpus.fired.length) lines.push('   hits  generated  rule', ...corpus.fired.map((h) => `${String(h.hits).padStart(7)}  ${String(h.generated).padStart(9)}  ${h.rule}`));
      if (corpus.neverFired.length) lines.push('', `never fired (${corpus.neverFired.length}):`, ...corpus.neverFired.map((r) => `  ${r}`));
    }
    io.stdout.write(sanitizeForTerminal(lines.join('\n'), true) + '\n');
  }
  return corpus?.failed.length ? EXIT.usage : EXIT.ok;
}
