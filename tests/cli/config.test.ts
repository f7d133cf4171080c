import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../../src/cli/commands/init.js';
import { parseConfig } from '../../src/cli/config.js';
import { findConfig, loadConfig } from '../../src/cli/config-file.js';
import { CliError } from '../../src/cli/io.js';
import { checkDocument } from '../../src/cli/report.js';
import { applySeverityOverrides } from '../../src/cli/severity-overrides.js';
import { DEFAULT_THRESHOLDS } from '../../src/report/score.js';
import { index, rule } from '../helpers.js';
import { tempDir } from './run.js';

const where = (source: string): string[] => parseConfig(source, 'c.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('parseConfig', () => {
  it('reads every setting', () => {
    const { config, diagnostics } = parseConfig(
      [
        'glossaries: [a.yaml, dir/]',
        'min-severity: warning',
        'severity:',
        '  spinner-synonym: info',
        '  news/rebel-group: "off"',
        'include: "**/*.txt"',
        'exclude: [drafts/**]',
        'fail-on: spun',
        'thresholds:',
        '  spun-score: 7.5',
        '  spun-errors: 3',
        '  suspicious-score: 0',
        'format: html',
      ].join('\n'),
      'c.yaml',
    );
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      file: 'c.yaml',
      glossaries: ['a.yaml', 'dir/'],
      minSeverity: 'warning',
      severity: { 'spinner-synonym': 'info', 'news/rebel-group': 'off' },
      include: ['**/*.txt'],
      exclude: ['drafts/**'],
      failOn: 'spun',
      thresholds: { spunScore: 7.5, spunErrors: 3, suspiciousScore: 0 },
      format: 'html',
    });
  });

  it('treats an empty or comment-only file as setting nothing', () => {
    expect(parseConfig('', 'c.yaml')).toEqual({ config: { file: 'c.yaml' }, diagnostics: [] });
    expect(parseConfig('# nothing\n', 'c.yaml')).toEqual({ config: { file: 'c.yaml' }, diagnostics: [] });
  });

  it('places every problem at its line and column, with a hint where one helps', () => {
    expect(where('format: htm\n')).toEqual(['1:9 bad-value']);
    expect(parseConfig('format: htm\n', 'c.yaml').diagnostics[0]!.message).toContain('did you mean "html"?');
    expect(where('fail-on: spun\nfial-on: error\n')).toEqual(['2:1 unknown-key']);
    expect(parseConfig('formt: json\n', 'c.yaml').diagnostics[0]!.message).toContain('did you mean "format"?');
    expect(where('thresholds:\n  spun-score: -1\n  spun-eror: 2\n  suspicious-score: lots\n')).toEqual(['2:15 bad-value', '3:3 unknown-key', '4:21 bad-value']);
    expect(where('severity:\n  news/x: loud\n  news/y:\n')).toEqual(['2:11 bad-value', '3:3 missing-value']);
    expect(where('include: 3\nexclude: [ok, 4]\n')).toEqual(['1:10 bad-type', '2:15 bad-type']);
    expect(where('glossaries:\n')).toEqual(['1:1 missing-value']);
    expect(where('- just\n- a list\n')).toEqual(['1:1 not-a-map']);
    expect(where('format: json\nformat: csv\n')).toEqual(['2:1 yaml-syntax']);
    expect(where('thresholds: {spun-score: 1\n')[0]).toMatch(/^\d+:\d+ yaml-syntax$/);
  });

  it('the starter config parses cleanly and sets nothing; uncommented, it sets the documented defaults', () => {
    expect(parseConfig(STARTER_CONFIG, 'starter').diagnostics).toEqual([]);
    expect(parseConfig(STARTER_CONFIG, 'starter').config).toEqual({ file: 'starter' });
    const uncommented = STARTER_CONFIG.split('\n')
      .filter((l) => /^# {0,3}[a-z-]+:|^# {3}/.test(l))
      .map((l) => l.replace(/^# /, ''))
      .join('\n');
    const { config, diagnostics } = parseConfig(uncommented, 'starter');
    expect(diagnostics).toEqual([]);
    expect(config.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(config).toMatchObject({ glossaries: ['glossaries/'], minSeverity: 'info', failOn: 'error', format: 'stylish', include: ['**/*.txt', '**/*.md'], exclude: ['drafts/**'] });
    expect(config.severity).toEqual({ 'spinner-synonym': 'warning', 'news/rebel-group': 'error' });
  });
});

describe('the README example', () => {
  it('parses cleanly and sets every key', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = readme.split('### Configuration (`.unspin.yaml`)')[1]!.split('```yaml\n')[1]!.split('```')[0]!;
    const { config, diagnostics } = parseConfig(block, 'README.md');
    expect(diagnostics).toEqual([]);
    expect(Object.keys(config).sort()).toEqual(['exclude', 'failOn', 'file', 'format', 'glossaries', 'include', 'minSeverity', 'severity', 'thresholds', 'timeout']);
  });
});

describe('finding and loading the config file', () => {
  it('finds the nearest .unspin.yaml upward, and resolves glossaries against its directory', () => {
    const root = tempDir();
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, '.unspin.yaml'), 'glossaries: [g/mine.yaml]\nformat: json\n');
    expect(findConfig(deep)).toBe(join(root, '.unspin.yaml'));
    expect(loadConfig(deep)).toMatchObject({ glossaries: [join(root, 'g/mine.yaml')], format: 'json' });
    writeFileSync(join(root, 'a', '.unspin.yaml'), 'format: csv\n');
    expect(loadConfig(deep)?.format).toBe('csv');
    expect(loadConfig(deep, undefined, true)).toBeUndefined();
    expect(loadConfig(deep, '../../.unspin.yaml')?.format).toBe('json');
  });

  it('stops with every problem as file:line:col, the source line and a caret', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.unspin.yaml'), 'format: json\nfail-on: sometimes\nthresholds:\n  spun-score: high\n');
    let err: unknown;
    try {
      loadConfig(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    const lines = (err as CliError).message.split('\n');
    expect(lines[0]).toBe('bad config file (2 problems):');
    expect(lines[1]).toBe(`${join(dir, '.unspin.yaml')}:2:10: error: "fail-on" must be one of error, suspicious, spun, none [bad-value]`);
    expect(lines.slice(2, 4)).toEqual(['  2 | fail-on: sometimes', `${' '.repeat(2 + '2 | '.length + 9)}^`]);
    expect(lines[4]).toMatch(/:4:15: error: threshold "spun-score" must be a non-negative number/);
    expect(() => loadConfig(dir, 'missing.yaml')).toThrow('config file missing.yaml: no such file');
  });
});

describe('severity overrides', () => {
  const idx = index([
    rule({ id: 'a', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false, category: 'spinner-synonym' }),
    rule({ id: 'b', canonical: ['meanwhile'], variants: ['in the interim'], severity: 'warning', generate: false, category: 'wordy' }),
  ]);
  const doc = checkDocument('d', 'The renegade gathering met. In the interim, the renegade gathering left.', idx);

  it('a rule id beats its category, off drops, min severity filters, and score and verdict follow', () => {
    expect(doc.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'error']);
    const demoted = applySeverityOverrides(doc, { 'spinner-synonym': 'info', 'test/a': 'warning' }, 'info', DEFAULT_THRESHOLDS);
    expect(demoted.findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(demoted.score).toBe(6);
    const off = applySeverityOverrides(doc, { wordy: 'off' }, 'info', DEFAULT_THRESHOLDS);
    expect(off.findings.map((f) => f.ruleId)).toEqual(['test/a', 'test/a']);
    expect(off.score).toBe(8);
    expect(applySeverityOverrides(doc, { 'test/b': 'info' }, 'warning', DEFAULT_THRESHOLDS).findings).toHaveLength(2);
    expect(applySeverityOverrides(doc, {}, 'info', DEFAULT_THRESHOLDS)).toMatchObject({ score: 10, verdict: 'spun' });
    expect(applySeverityOverrides(doc, {}, 'info', { ...DEFAULT_THRESHOLDS, spunScore: 20 }).verdict).toBe('suspicious');
    expect(applySeverityOverrides(doc, {}, 'info', { ...DEFAULT_THRESHOLDS, spunScore: 20, spunErrors: 2 }).verdict).toBe('spun');
  });
});
