import type { Finding } from '../../core/types.js';
import type { Report } from '../report.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function region(f: Finding) {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.start, charLength: f.end - f.start };
}

/** SARIF 2.1.0, so code-scanning dashboards show findings with their fixes. */
export function formatSarif(r: Report, version: string): string {
  const rules = new Map<string, Finding>();
  for (const f of r.files) for (const x of f.findings) if (!rules.has(x.ruleId)) rules.set(x.ruleId, x);
  const ruleIds = [...rules.keys()].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'unspin',
            version,
            informationUri: 'https://www.npmjs.com/package/unspin',
            rules: ruleIds.map((id) => {
              const f = rules.get(id)!;
              return {
                id,
                shortDescription: { text: `${f.category}: ${id}` },
                ...(f.note ? { fullDescription: { text: f.note } } : {}),
                defaultConfiguration: { level: LEVEL[f.severity] },
                properties: { category: f.category },
              };
            }),
          },
        },
        results: r.files.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: ruleIds.indexOf(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(file.path) }, region: region(f) } }],
            ...(f.expected[0] !== undefined
              ? {
                  fixes: [
                    {
                      description: { text: `Replace "${f.actual}" with "${f.expected[0]}"` },
                      artifactChanges: [{ artifactLocation: { uri: encodeURI(file.path) }, replacements: [{ deletedRegion: region(f), insertedContent: { text: f.expected[0] } }] }],
                    },
                  ],
                }
              : {}),
            properties: { score: file.score, verdict: file.verdict },
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
