import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { DEFAULT_THRESHOLDS } from '../../report/score.js';
import { parse } from '../args.js';
import { CONFIG_NAME } from '../config-file.js';
import { HELP } from '../help.js';
import { CliError, EXIT, type CliIO } from '../io.js';

/** Every key commented out, so a fresh file changes nothing until someone edits it. */
export const STARTER_CONFIG = `# unspin configuration. \`unspin check\` reads the nearest .unspin.yaml in the working
# directory or a parent (or the file given with --config). Command-line flags override it.
# Uncomment what you need; a bad value is reported with file:line:column and exit code 2.

# Glossary files or directories, relative to this file (default: the bundled glossaries).
# glossaries:
#   - glossaries/

# Hide findings below this level: error | warning | info.
# min-severity: info

# Severity per rule id or per category: error | warning | info | off.
# severity:
#   spinner-synonym: warning
#   news/rebel-group: error

# Files taken from directories, and paths skipped, as globs relative to each directory given.
# include:
#   - "**/*.txt"
#   - "**/*.md"
# exclude:
#   - "drafts/**"

# What makes the exit code 1: error | suspicious | spun | none.
# fail-on: error

# Verdicts. Spin score = 1000 x (errors + 0.5 x warnings + 0.2 x infos) / max(words, 250).
# thresholds:
#   spun-score: ${DEFAULT_THRESHOLDS.spunScore}        # score at or above which a document is spun
#   spun-errors: ${DEFAULT_THRESHOLDS.spunErrors}        # error-level findings that make a document spun whatever its length
#   suspicious-score: ${DEFAULT_THRESHOLDS.suspiciousScore}   # score at or above which a document is suspicious

# Report format: stylish | json | jsonl | csv | sarif | html.
# format: stylish

# Seconds a document may take before it is given up and reported as failed (unattended batches).
# timeout: 30
`;

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('init', argv, { force: { type: 'boolean', short: 'f' } });
  if (values.help) {
    io.stdout.write(HELP.init!);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError('init: give at most one PATH; see "unspin init --help"');
  const given = resolve(io.cwd, positionals[0] ?? CONFIG_NAME);
  const target = existsSync(given) && statSync(given).isDirectory() ? join(given, CONFIG_NAME) : given;
  const shown = target === given ? (positionals[0] ?? CONFIG_NAME) : join(positionals[0]!, CONFIG_NAME);
  if (existsSync(target) && !values.force) throw new CliError(`init: ${shown} already exists; use --force to overwrite it`);
  try {
    writeFileAtomic(target, STARTER_CONFIG);
  } catch (err) {
    throw new CliError(`init: cannot write ${shown}: ${(err as Error).message}`);
  }
  io.stdout.write(`wrote ${shown}\n`);
  return EXIT.ok;
}
