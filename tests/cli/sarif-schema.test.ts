import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/cli/format/sarif.js';
import { checkDocument, type Report } from '../../src/cli/report.js';
import { index, rule } from '../helpers.js';
import { FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF tooling ships it (draft-04, the schemastore
 * sarif-2.1.0-rtm.5 document), read from node_modules so the repo holds no copy of it. Its
 * language-tag pattern is not valid in /u mode, hence unicodeRegExp: false.
 */
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function errors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const idx = index([
  rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false, note: 'A "note" with <markup> & quotes' }),
  rule({ id: 'meanwhile', canonical: ['meanwhile'], variants: ['in the interim'], severity: 'warning', generate: false }),
  rule({ id: 'elsewhere', canonical: ['elsewhere'], variants: ['somewhere else'], severity: 'info', generate: false }),
]);

describe('SARIF output against the SARIF 2.1.0 JSON schema', () => {
  it('the schema rejects a log that breaks it, so a pass means something', () => {
    expect(errors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    expect(errors({ version: '2.0.0', runs: [] })).not.toEqual([]);
  });

  it('validates a report with every severity, odd paths and a multi-line finding', () => {
    const paths = ['news/a b.txt', '/abs/path/ünïcode [1]%.md', 'C:\\win\\file.txt', 'record-7', '-'];
    const texts = ['The renegade gathering met.', 'In the interim, somewhere else.', 'The renegade\ngathering.', 'Nothing here.', 'somewhere else'];
    const report: Report = { files: paths.map((p, i) => checkDocument(p, texts[i]!, idx)), skipped: [{ path: 'x.bin', reason: 'binary' }], failed: [] };
    expect(report.files.flatMap((f) => f.findings.map((x) => x.severity)).sort()).toEqual(['error', 'error', 'info', 'info', 'warning']);
    const log = JSON.parse(formatSarif(report, '0.1.0'));
    expect(errors(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results).toHaveLength(5);
    const rules = log.runs[0].tool.driver.rules;
    for (const r of results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    // SARIF columns are 1-based and endColumn is the column after the region.
    const multi = results.find((r: { locations: { physicalLocation: { region: { endLine: number } } }[] }) => r.locations[0].physicalLocation.region.endLine === 2);
    expect(multi.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 5, endLine: 2, endColumn: 10, charOffset: 4, charLength: 18 });
    expect(multi.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('rebel group');
  });

  it('validates an empty report', () => {
    expect(errors(JSON.parse(formatSarif({ files: [], skipped: [], failed: [] }, '0.1.0')))).toEqual([]);
  });

  it('validates what the real binary writes for a directory', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'spun.txt'), 'The renegade gathering met the restriction. In the interim, somewhere else.\n');
    writeFileSync(join(dir, 'clean.txt'), 'The rebel group met.\n');
    const r = unspin(['check', '-g', FIXTURE_GLOSSARY, '--format', 'sarif', dir]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(errors(log)).toEqual([]);
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['review-fixture/elsewhere', 'review-fixture/meanwhile', 'review-fixture/opposition', 'review-fixture/rebel-group']);
  });
});
