import { summarize, type Report } from '../report.js';

/** The stable machine-readable shape (version 1), documented in the README. */
export function formatJson(r: Report): string {
  return (
    JSON.stringify(
      {
        version: 1,
        files: r.files.map((f) => ({ path: f.path, words: f.words, findings: f.findings })),
        skipped: r.skipped,
        failed: r.failed,
        summary: summarize(r),
      },
      null,
      2,
    ) + '\n'
  );
}
