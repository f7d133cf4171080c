#!/usr/bin/env node
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`unspin: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
