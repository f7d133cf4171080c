import type { ContextConditions, Generate, RuleExampleFlag, Severity } from '../core/types.js';

/** Glossary format version 1: the keys each level accepts (documented in glossaries/README.md). */
export const TOP_KEYS = ['version', 'name', 'description', 'language', 'covers', 'omits', 'defaults', 'synonyms', 'slots', 'rules'] as const;

/** A rule's canonical forms may name slots ({portfolio}); this caps the forms one rule expands to. */
export const MAX_EXPANSION = 5000;
export const DEFAULT_KEYS = ['severity', 'category', 'generatedSeverity'] as const;
export const RULE_KEYS = ['id', 'canonical', 'variants', 'severity', 'category', 'note', 'url', 'context', 'generate', 'generatedSeverity', 'examples'] as const;
export const CONTEXT_KEYS = ['before', 'after', 'notBefore', 'notAfter', 'documentMentions', 'documentLacks', 'documentFindings'] as const;
export const WINDOW_KEYS = ['words', 'within'] as const;
export const EXAMPLE_KEYS = ['flag', 'pass'] as const;
export const FLAG_KEYS = ['text', 'fixed'] as const;

export const DEFAULT_WINDOW = 3;

/** Source positions kept so lint and add can point back into the file. */
export interface Located<T> {
  value: T;
  offset: number;
}

export interface RuleDef {
  id: string;
  canonical: string[];
  variants: Located<string>[];
  severity: Severity;
  category: string;
  note?: string;
  url?: string;
  context?: ContextConditions;
  generate: Generate;
  generatedSeverity: Severity;
  examples: { flag: Located<RuleExampleFlag>[]; pass: Located<string>[] };
  offset: number;
}

export interface GlossaryDef {
  file: string;
  name: string;
  description: string;
  language: string;
  synonyms: Map<string, Located<string[]>>;
  rules: RuleDef[];
  /** 1-based line and column of an offset in the source file. */
  linePos: (offset: number) => { line: number; col: number };
}
