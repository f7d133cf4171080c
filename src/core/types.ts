/** Data shapes shared by the pure core. Nothing here touches fs, process or React. */

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One word of the text; offsets are 0-based UTF-16 into the checked text, end exclusive. */
export interface Token {
  start: number;
  end: number;
  /** NFC, lower-cased, apostrophes unified. */
  norm: string;
  /** True when punctuation (other than a joining hyphen or apostrophe) or a paragraph break separates this token from the previous one. */
  breakBefore: boolean;
  /** True when the token starts a sentence (first token, or after . ! ? or a paragraph break). */
  sentenceStart: boolean;
}

/** Inflection carried by a surface word relative to its base form. */
export type Inflection = '' | 'PL' | 'S' | 'ED' | 'ING' | 'POS' | 'PLPOS';

export interface ContextWindow {
  words: string[];
  within: number;
}

/** Context conditions, as data, in the spirit of LanguageTool antipatterns. */
export interface ContextConditions {
  before?: ContextWindow;
  after?: ContextWindow;
  notBefore?: ContextWindow;
  notAfter?: ContextWindow;
  /** The document must mention at least one of these words (lemma or surface). */
  documentMentions?: string[];
  /** The rule does not apply when the document mentions any of these words. */
  documentLacks?: string[];
  /**
   * The document must hold at least this many findings of rules without this condition: for
   * phrasings that are good English alone but spinner artifacts in spun text ("in the interim").
   */
  documentFindings?: number;
}

/** How a rule's canonical term generates variants; see Rule.generate. */
export type Generate = boolean | 'curated';

export interface RuleExampleFlag {
  text: string;
  fixed: string;
}

/**
 * A compiled-ready rule; glossary loading turns YAML into this. Its examples stay on the parsed
 * glossary (GlossaryDef), where the example runner reads them: a check never needs them.
 */
export interface Rule {
  /** `<glossary>/<id>` */
  id: string;
  glossary: string;
  canonical: string[];
  variants: string[];
  severity: Severity;
  category: string;
  note?: string;
  context?: ContextConditions;
  /**
   * Whether the canonical term also generates thesaurus variants (multi-word canonical terms only):
   * `curated` generates from the glossaries' `synonyms:` alone, not from WordNet.
   */
  generate: Generate;
  /** Severity of generated findings; defaults to warning. */
  generatedSeverity: Severity;
  /** Order of the rule across all loaded glossaries, used as the last overlap tie-break. */
  order: number;
  /** A curated swap made into a rule of its own (see swaps.ts); its matches pass `swapGuard`. */
  swap?: boolean;
}

/** Where a finding is: 0-based UTF-16 offsets (end exclusive), 1-based positions, and the text between. */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  category: string;
  message: string;
  expected: string[];
  note?: string;
  /** Present for generated findings: which text word stands for which canonical word. */
  substitutions?: { actual: string; canonical: string }[];
  generated?: boolean;
}

export interface Edit {
  range: [number, number];
  text: string;
}
