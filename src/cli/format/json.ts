import { ranking, summarize, type FileResult, type Report } from '../report.js';

/** One document as the json and jsonl formats print it. */
export const fileRecord = (f: FileResult) => ({ path: f.path, words: f.words, score: f.score, verdict: f.verdict, findings: f.findings });

/** The stable machine-readable shape (version 1), documented in the README. */
export function formatJson(r: Report): string {
  return (
    JSON.stringify(
      {
        version: 1,
        files: r.files.map(fileRecord),
        skipped: r.skipped,
        failed: r.failed,
        summary: { ...summarize(r), ranking: ranking(r.files) },
      },
      null,
      2,
    ) + '\n'
  );
}
