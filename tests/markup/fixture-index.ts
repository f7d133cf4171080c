import type { CompiledIndex } from '../../src/core/compile.js';
import { index, rule } from '../helpers.js';

let ix: CompiledIndex | undefined;

/** A small fixed index for the markup tests: two phrase rules and one single-word rule. */
export function markupIndex(): CompiledIndex {
  return (ix ??= index([
    rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false }),
    rule({ id: 'opposition', canonical: ['opposition'], variants: ['restriction'], generate: false }),
    rule({ id: 'meanwhile', canonical: ['meanwhile'], variants: ['in the interim'], generate: false, severity: 'warning' }),
  ]));
}
