import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/markup/check-source.js';
import { lineDirectives, parseDirective } from '../../src/markup/directives.js';
import type { InputFormat } from '../../src/markup/format.js';
import { markupIndex } from './fixture-index.js';
import { loadMarkupParsers } from '../../src/markup/prepare.js';

await loadMarkupParsers();

const RG = 'test/rebel-group';
const OPP = 'test/opposition';

function run(src: string, format: InputFormat) {
  const r = checkSource(src, format, markupIndex());
  return { kept: r.findings.map((f) => `${f.line}:${f.ruleId}`), suppressed: r.suppressed, warnings: r.warnings.map((w) => `${w.line}:${w.column} ${w.message}`) };
}

describe('directive syntax', () => {
  it('reads the keyword, rule ids (spaces or commas) and ignores a "--" reason', () => {
    expect(parseDirective(' unspin-disable a/b, c/d -- quoted from a source ', 0, 9)).toMatchObject({ kind: 'disable', rules: ['a/b', 'c/d'] });
    expect(parseDirective('unspin-disable-next-line', 0, 1)).toMatchObject({ kind: 'disable-next-line', rules: [] });
    expect(parseDirective('unspin-enable', 0, 1)).toMatchObject({ kind: 'enable', rules: [] });
    expect(parseDirective('unspin-disabled', 0, 1)).toBeUndefined();
    expect(parseDirective('see unspin-disable', 0, 1)).toBeUndefined();
  });

  it('plain text: a line of its own, bare or behind # or //, never inside a sentence', () => {
    const text = 'unspin-disable\n  # unspin-enable test/x\n// unspin-disable-next-line\nwe mention unspin-disable in prose\n';
    expect(lineDirectives(text).map((d) => [d.kind, d.rules, text.slice(d.start, d.end)])).toEqual([
      ['disable', [], 'unspin-disable'],
      ['enable', ['test/x'], '  # unspin-enable test/x'],
      ['disable-next-line', [], '// unspin-disable-next-line'],
    ]);
  });
});

describe('suppression', () => {
  it('disable … enable switches every rule off for the range between', () => {
    const src = 'the restriction\nunspin-disable\nthe restriction and the renegade gathering\nunspin-enable\nthe restriction\n';
    expect(run(src, 'text')).toEqual({ kept: [`1:${OPP}`, `5:${OPP}`], suppressed: 2, warnings: [] });
  });

  it('disable with ids switches off only those rules; enable with ids switches them back', () => {
    const src = `# unspin-disable ${OPP}\nthe restriction and the renegade gathering\n# unspin-enable ${OPP}\nthe restriction\n`;
    expect(run(src, 'text').kept).toEqual([`2:${RG}`, `4:${OPP}`]);
    const all = `unspin-disable\nunspin-enable ${RG}\nthe restriction and the renegade gathering\n`;
    expect(run(all, 'text').kept).toEqual([`3:${RG}`]);
  });

  it('disable-next-line covers only the next line, for all rules or the named ones', () => {
    const src = `// unspin-disable-next-line\nthe restriction\nthe restriction\n// unspin-disable-next-line ${RG}\nthe restriction, the renegade gathering\n`;
    expect(run(src, 'text')).toMatchObject({ kept: [`3:${OPP}`, `5:${OPP}`], suppressed: 2 });
  });

  it('a directive naming an unknown rule warns and silences nothing', () => {
    const src = 'intro\n<!-- unspin-disable test/renegade -->\n\nthe renegade gathering\n\n<!-- unspin-disable-next-line nope/x -->\nthe restriction\n';
    expect(run(src, 'markdown')).toEqual({
      kept: [`4:${RG}`, `7:${OPP}`],
      suppressed: 0,
      warnings: ['2:1 unspin-disable names unknown rule "test/renegade"; it has no effect', '6:1 unspin-disable-next-line names unknown rule "nope/x"; it has no effect'],
    });
  });

  it('a known id beside an unknown one still applies', () => {
    const src = `<!-- unspin-disable nope/x ${OPP} -->\n\nthe restriction and the renegade gathering\n`;
    expect(run(src, 'markdown')).toMatchObject({ kept: [`3:${RG}`], suppressed: 1 });
  });

  it('markdown comments, inline or as a block', () => {
    const src = 'the restriction <!-- unspin-disable --> the restriction\n\nthe renegade gathering\n\n<!-- unspin-enable -->\n\nthe restriction\n';
    expect(run(src, 'markdown')).toMatchObject({ kept: [`1:${OPP}`, `7:${OPP}`], suppressed: 2 });
  });

  it('html comments, with next-line after a multi-line comment counting from its last line', () => {
    const src = '<p>the restriction</p>\n<!--\n  unspin-disable-next-line\n-->\n<p>the restriction</p>\n<p>the restriction</p>\n<!-- unspin-disable --><p>the renegade gathering</p>';
    expect(run(src, 'html')).toMatchObject({ kept: [`1:${OPP}`, `6:${OPP}`], suppressed: 2 });
  });

  it('a directive shown inside a Markdown code block or HTML script is only an example', () => {
    expect(run('```\n<!-- unspin-disable -->\n```\n\nthe restriction\n', 'markdown').kept).toEqual([`5:${OPP}`]);
    expect(run('<script>/* <!-- unspin-disable --> */</script><p>the restriction</p>', 'html').kept).toEqual([`1:${OPP}`]);
  });

  it('directive text in plain prose is not a directive', () => {
    expect(run('Writers add unspin-disable to skip a line; the restriction stays.\n', 'text').kept).toEqual([`1:${OPP}`]);
  });
});
