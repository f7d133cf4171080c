import { SaxesParser } from 'saxes';
import { ImportError, type ImportEntry, type ParsedList, type SkippedRow } from './types.js';

interface Term {
  text: string;
  status: string;
}

/** TBX usage statuses (administrativeStatus, normativeAuthorization) that mark a form to flag. */
const FLAGGED = /deprecated|superseded|forbidden|notrecommended|obsolete/i;
const PREFERRED = /preferred/i;

/**
 * TermBase eXchange (TBX 2 `martif` or TBX 3 `tbx`, with tig, ntig or termSec term sections).
 * Per English termEntry: preferred terms are canonical (other terms that are not marked
 * deprecated stay correct forms too, so an admitted synonym is never flagged), deprecated,
 * superseded or forbidden terms become variants. Entries without both are reported.
 */
export function parseTbx(text: string, file = 'tbx'): ParsedList {
  const parser = new SaxesParser({ position: true, fileName: file });
  const entries: ImportEntry[] = [];
  const skipped: SkippedRow[] = [];
  let entry: { line: number; terms: Term[]; lang: boolean; anyLang: boolean } | undefined;
  let term: Term | undefined;
  let langStack: (string | undefined)[] = [];
  let capture: 'term' | 'status' | undefined;
  let buf = '';
  let error: ImportError | undefined;

  const local = (name: string): string => name.replace(/^.*:/, '');
  parser.on('error', (e) => {
    // saxes prefixes "file:line:col: "; keep only the message, the position is reported apart.
    error ??= new ImportError(e.message.replace(/^.*?:\d+:\d+: /, ''), parser.line, parser.column);
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    const lang = attrs['xml:lang'] ?? attrs.lang;
    langStack.push(lang ?? langStack[langStack.length - 1]);
    if (name === 'termEntry' || name === 'conceptEntry') entry = { line: parser.line, terms: [], lang: false, anyLang: false };
    else if (name === 'langSet' || name === 'langSec') {
      if (entry) entry.anyLang = true;
    } else if ((name === 'tig' || name === 'ntig' || name === 'termSec') && entry) term = { text: '', status: '' };
    else if (name === 'term' && term) {
      capture = 'term';
      buf = '';
    } else if ((name === 'termNote' || name === 'descrip') && term && /administrativeStatus|normativeAuthorization/i.test(attrs.type ?? '')) {
      capture = 'status';
      buf = '';
    }
  });
  parser.on('text', (t) => {
    if (capture) buf += t;
  });
  parser.on('cdata', (t) => {
    if (capture) buf += t;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    const lang = langStack.pop();
    if (name === 'term' && capture === 'term' && term) {
      term.text = buf.replace(/\s+/g, ' ').trim();
      capture = undefined;
    } else if ((name === 'termNote' || name === 'descrip') && capture === 'status' && term) {
      term.status = buf.trim();
      capture = undefined;
    } else if ((name === 'tig' || name === 'ntig' || name === 'termSec') && term && entry) {
      if (term.text && (lang === undefined || /^en\b/i.test(lang))) {
        entry.terms.push(term);
        entry.lang = true;
      }
      term = undefined;
    } else if ((name === 'termEntry' || name === 'conceptEntry') && entry) {
      finish(entry);
      entry = undefined;
    }
  });

  function finish(e: { line: number; terms: Term[]; lang: boolean; anyLang: boolean }): void {
    if (!e.lang) {
      skipped.push({ line: e.line, reason: e.anyLang ? 'no English (xml:lang="en") term' : 'no terms' });
      return;
    }
    const flagged = e.terms.filter((t) => FLAGGED.test(t.status)).map((t) => t.text);
    const preferred = e.terms.filter((t) => PREFERRED.test(t.status)).map((t) => t.text);
    const otherCorrect = e.terms.filter((t) => !FLAGGED.test(t.status) && !PREFERRED.test(t.status)).map((t) => t.text);
    const canonical = [...new Set([...preferred, ...otherCorrect])];
    if (!canonical.length) skipped.push({ line: e.line, reason: 'no preferred (or admitted) term to repair to' });
    else if (!flagged.length) skipped.push({ line: e.line, reason: 'no deprecated, superseded or forbidden term to flag' });
    else entries.push({ canonical, variants: [...new Set(flagged)], line: e.line });
  }

  parser.write(text);
  if (!error) parser.close();
  langStack = [];
  if (error) throw error;
  return { entries, skipped };
}
