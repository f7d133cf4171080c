import { LOOSE_GATE, SUBSTITUTION, type CompiledIndex } from './compile.js';
import { collocationFindings } from './collocations.js';
import { checkContext, documentWordSet, type ContextProbe } from './context.js';
import { LineIndex } from './lines.js';
import { generatedGuard } from './guards.js';
import { findMatches, type CanonicalSpans, type RawMatch } from './match.js';
import { lemmaCandidates } from './morphology.js';
import { resolveOverlaps, type MatchContext } from './resolve.js';
import { articleLike, indefiniteArticle } from './article.js';
import { suggest } from './suggest.js';
import { swapGuard } from './swaps.js';
import { tokenize, type Tokens } from './tokenize.js';
import { SEVERITY_RANK, type Finding, type Severity } from './types.js';

export interface CheckOptions {
  minSeverity?: Severity;
  /** Treat `documentFindings` conditions as met: a rule's examples run alone, without other rules to vouch. */
  assumeSpun?: boolean;
}

/** Why a raw match was dropped before overlap resolution (used by `explain`). */
export interface Rejection {
  match: RawMatch;
  reason: string;
}

export interface Analysis {
  tokens: Tokens;
  candidates: RawMatch[];
  rejected: Rejection[];
  accepted: RawMatch[];
  findings: Finding[];
}

/**
 * True when the matched words are one of the rule's canonical forms up to plural or possessive
 * endings. Verb endings do not count: "living ammunition" is not "live ammunition".
 */
const NOUN_ENDINGS: ReadonlySet<string> = new Set(['S', 'PL', 'POS', 'PLPOS']);

function equalsCanonical(index: CompiledIndex, tokens: Tokens, m: RawMatch): boolean {
  const n = m.last - m.first + 1;
  return index.canonicalWords[m.rule]!.some(
    (words) =>
      words.length === n &&
      words.every((w, k) => {
        const norm = tokens.norm(m.first + k);
        if (norm === w) return true;
        // Plural and possessive endings keep the first letter; irregular plurals (men, women) too.
        return norm[0] === w[0] && lemmaCandidates(norm, index.morph).some((l) => l.lemma === w && NOUN_ENDINGS.has(l.infl));
      }),
  );
}

function severityOf(index: CompiledIndex, m: RawMatch): Severity {
  const rule = index.rules[m.rule]!;
  return m.generated ? rule.generatedSeverity : rule.severity;
}

/** The whole pure pipeline: tokenize → match → filter → resolve overlaps → suggest. */
export function analyze(text: string, index: CompiledIndex, options: CheckOptions = {}): Analysis {
  const tokens = tokenize(text, index.cache);
  const ctx: MatchContext = { text, tokens, index };
  let docWords: Set<string> | undefined;
  const probe: ContextProbe = { tokens, morph: index.morph, documentWords: () => (docWords ??= documentWordSet(tokens, index.morph)) };
  const min = SEVERITY_RANK[options.minSeverity ?? 'info'];
  const canonicalSpans: CanonicalSpans = [];
  const candidates = findMatches(tokens, index, canonicalSpans);
  const rejected: Rejection[] = [];
  const passing: RawMatch[] = [];
  for (const m of candidates) {
    const reason = insideCanonical(canonicalSpans, m) ?? rejectReason(ctx, probe, m, min);
    if (reason) rejected.push({ match: m, reason });
    else passing.push(m);
  }
  let accepted = resolveOverlaps(ctx, options.assumeSpun ? passing : spinGated(ctx, passing, rejected));
  const lines = new LineIndex(text);
  // An article may join a finding only when no earlier finding already holds it.
  const all = accepted.map((m, i) => toFinding(ctx, lines, m, i > 0 ? accepted[i - 1]!.last : -1));
  // A generated pair the language model finds at least as likely as its repair is ordinary English.
  const findings: Finding[] = [];
  const kept: RawMatch[] = [];
  all.forEach((f, i) => {
    const reason = ordinaryPair(index, f);
    if (reason) rejected.push({ match: accepted[i]!, reason: `guard: ${reason}` });
    else (findings.push(f), kept.push(accepted[i]!));
  });
  accepted = kept;
  if (!options.assumeSpun && min <= SEVERITY_RANK.warning) addCollocations(ctx, lines, accepted, findings);
  return { tokens, candidates, rejected, accepted, findings };
}

/** Pairs no rule lists, read against a language model, in a document other rules show to be spun. */
function addCollocations(ctx: MatchContext, lines: LineIndex, accepted: RawMatch[], findings: Finding[]): void {
  const { index, tokens, text } = ctx;
  const covered = new Uint8Array(tokens.length);
  for (const m of accepted) covered.fill(1, m.first, m.last + 1);
  const others = accepted.filter((m) => !index.rules[m.rule]!.context?.documentFindings).length;
  const extra = collocationFindings(index, text, tokens, lines, covered, others);
  if (!extra.length) return;
  findings.push(...extra);
  findings.sort((a, b) => a.start - b.start);
}

/**
 * Drops matches of rules that apply only in spun documents when the document holds too few
 * findings of rules without that condition; conditional rules never vouch for each other.
 */
function spinGated(ctx: MatchContext, passing: RawMatch[], rejected: Rejection[]): RawMatch[] {
  const need = (m: RawMatch): number => ctx.index.rules[m.rule]!.context?.documentFindings ?? (m.substituted?.includes(SUBSTITUTION.loose) ? LOOSE_GATE : 0);
  if (!passing.some((m) => need(m) > 0)) return passing;
  const others = resolveOverlaps(ctx, passing.filter((m) => need(m) === 0)).length;
  return passing.filter((m) => {
    if (need(m) <= others) return true;
    rejected.push({ match: m, reason: `context: the document has ${others} finding(s) of other rules, fewer than ${need(m)}` });
    return false;
  });
}

function rejectReason(ctx: MatchContext, probe: ContextProbe, m: RawMatch, min: number): string | undefined {
  const { index, tokens } = ctx;
  if (SEVERITY_RANK[severityOf(index, m)] < min) return 'below the minimum severity';
  if (equalsCanonical(index, tokens, m)) return 'the text already equals a canonical form';
  if (m.generated) {
    const guard = generatedGuard(index, tokens, ctx.text, m);
    if (guard) return `guard: ${guard}`;
  }
  if (index.rules[m.rule]!.swap) {
    const guard = swapGuard(index, tokens, m);
    if (guard) return `guard: ${guard}`;
  }
  const verdict = checkContext(probe, index.rules[m.rule]!.context, m.first, m.last);
  if (!verdict.ok) return `context: ${verdict.reason}`;
  return undefined;
}

function toFinding(ctx: MatchContext, lines: LineIndex, m: RawMatch, takenUpTo: number): Finding {
  const { tokens, text, index } = ctx;
  const rule = index.rules[m.rule]!;
  const sug = suggest(ctx, m);
  const article = m.first - 1 > takenUpTo ? articleFix(ctx, m, sug.expected) : undefined;
  const start = article?.start ?? tokens.starts[m.first]!;
  const end = tokens.ends[m.last]!;
  const finding: Finding = {
    ruleId: rule.id,
    severity: severityOf(index, m),
    category: rule.category,
    message: sug.message,
    ...lines.span(text, start, end),
    expected: article?.expected ?? sug.expected,
  };
  if (rule.note) finding.note = rule.note;
  if (m.generated) {
    finding.generated = true;
    finding.substitutions = sug.substitutions ?? [];
  }
  return finding;
}

/**
 * A repair that starts with another sound than the spun words needs the other article ("an
 * arduous weapon" → "a heavy weapon"), so the finding then takes in the article before it.
 */
function articleFix(ctx: MatchContext, m: RawMatch, expected: string[]): { start: number; expected: string[] } | undefined {
  const { tokens, text } = ctx;
  const prev = m.first - 1;
  if (prev < 0 || tokens.breakBefore(m.first)) return undefined;
  const written = text.slice(tokens.starts[prev]!, tokens.ends[prev]!);
  const norm = written.toLowerCase();
  if (norm !== 'a' && norm !== 'an') return undefined;
  if (expected.every((x) => indefiniteArticle(x) === norm)) return undefined;
  const gap = text.slice(tokens.ends[prev]!, tokens.starts[m.first]!);
  return { start: tokens.starts[prev]!, expected: expected.map((x) => articleLike(written, indefiniteArticle(x)) + gap + x) };
}

export function checkText(text: string, index: CompiledIndex, options: CheckOptions = {}): Finding[] {
  return analyze(text, index, options).findings;
}

/** Repairs as data: one edit per finding, its preferred repair. */
export function findingEdits(findings: readonly Finding[]): { range: [number, number]; text: string }[] {
  return findings.map((f) => ({ range: [f.start, f.end], text: f.expected[0] ?? f.actual }));
}

/**
 * A generated candidate overlapping a longer (or equal) exact canonical term is part of a
 * correct name: "Health Service" in "National Health Service".
 */
function insideCanonical(spans: CanonicalSpans, m: RawMatch): string | undefined {
  if (!m.generated) return undefined;
  for (const [f, l] of spans) {
    if (f <= m.last && m.first <= l && l - f >= m.last - m.first && !(f === m.first && l === m.last)) return 'part of a correct canonical term that occurs here';
  }
  return undefined;
}

/**
 * How much likelier (log10) than a generated pair its repair must be for the pair to read as
 * spin. At 0 only pairs the model finds at least as likely as their repair are let through; a
 * margin of 1 also let through spins the glossaries' own examples hold ("financial class").
 */
export const ORDINARY_MARGIN = 0;

/**
 * Why a generated two-word finding is ordinary English, or undefined: the language model knows
 * the pair and its repair, and finds the pair at least as likely ("civil case" beside "civil
 * suit", "medicinal cannabis" beside "medical marijuana"). A spinner's pair is unknown to it or
 * less likely ("help staff" beside "support staff").
 */
function ordinaryPair(index: CompiledIndex, f: Finding): string | undefined {
  const pair = index.evidence?.collocation;
  if (!pair || !f.generated) return undefined;
  const a = f.actual.toLowerCase().split(/[\s-]+/);
  const c = (f.expected[0] ?? '').toLowerCase().split(/[\s-]+/);
  if (a.length !== 2 || c.length !== 2) return undefined;
  const v = pair(a[0]!, a[1]!);
  const k = pair(c[0]!, c[1]!);
  if (!v || !k || v.logProb < k.logProb - ORDINARY_MARGIN) return undefined;
  return `the language model finds "${a.join(' ')}" at least as likely as "${c.join(' ')}"`;
}
