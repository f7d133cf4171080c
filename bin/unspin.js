#!/usr/bin/env node
// A reader that stops early (unspin check -f jsonl | head) closes the pipe: stop quietly, as a filter should.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`unspin: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
