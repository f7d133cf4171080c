import type { CompiledIndex } from '../core/compile.js';
import { formatDiagnostic } from '../glossary/diagnostic.js';
import { BUNDLED_GLOSSARIES, compileLoaded, loadGlossaries, type LoadOptions, type LoadResult } from '../glossary/load.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { CliError } from './io.js';

export interface Engine {
  lexicon: Lexicon;
  loaded: LoadResult;
  index: CompiledIndex;
}

/** Loads the lexicon and glossaries and compiles them once; glossary errors stop the command (exit 2). */
export function loadEngine(glossaryPaths: readonly string[] | undefined, options: LoadOptions = {}): Engine {
  const lexicon = loadLexicon();
  let loaded: LoadResult;
  try {
    loaded = loadGlossaries(glossaryPaths?.length ? glossaryPaths : [BUNDLED_GLOSSARIES], lexicon, options);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const shown = errors.slice(0, 20).map((d) => formatDiagnostic(d, loaded.sources.get(d.file)));
    const more = errors.length > 20 ? `\n… and ${errors.length - 20} more` : '';
    throw new CliError(`glossary errors (${errors.length}); fix them or run "unspin glossary lint":\n${shown.join('\n')}${more}`);
  }
  return { lexicon, loaded, index: compileLoaded(loaded, lexicon) };
}
