/** Help texts, one per command, kept together so `--help` output stays consistent. */
export const HELP: Record<string, string> = {
  main: `unspin — find spun or garbled English and repair it

Usage: unspin <command> [options]

Commands:
  check [PATH... | -]     flag spun phrasing (exit 1 when error-level findings remain)
  fix [PATH... | -]       repair what is safe to repair unattended (diff by default)
  eval [CORPUS_DIR]       measure precision, recall and false flags on annotated corpora
  review FILE             review findings one by one in an interactive terminal UI
  explain "TEXT"          show why a span is or is not flagged
  glossary <sub>          glossary maintainers' tools (lint, test, ...)

Options:
  -h, --help              show help (also "unspin <command> --help")
  -v, --version           print the version

Exit codes: 0 ok, 1 findings at the failing level, 2 usage, config or I/O error.
`,
  check: `Usage: unspin check [options] [PATH... | -]

Checks documents against the glossaries. PATH may be a file, a directory (searched
recursively; hidden, node_modules and .gitignore'd paths skipped) or - for stdin.

Options:
  -g, --glossary PATH       glossary file or directory; repeatable (default: bundled glossaries)
  --min-severity LEVEL      error | warning | info (default info): hide findings below LEVEL
  -f, --format FORMAT       stylish | json | jsonl | csv | sarif (default stylish)
  -o, --output FILE         write the report to FILE atomically instead of stdout
  --include GLOB            files to take from directories; repeatable (default *.txt *.md *.html *.jsonl)
  --exclude GLOB            paths to skip; repeatable
  --jsonl                   inputs are JSONL, one article per line (files ending .jsonl always are)
  --id-field NAME           JSONL id field (default id)
  --text-field NAME         JSONL text field (default text)
  --fail-on WHAT            error | suspicious | spun | none: what makes the exit code 1 (default error)
  --spun-score N            spin score at or above which a document is spun (default 10)
  --spun-errors N           error-level findings at or above which a document is spun (default 5)
  --suspicious-score N      spin score at or above which a document is suspicious (default 2)
  -q, --quiet               no progress display
  --color / --no-color      force colour on or off (default: on a TTY, unless NO_COLOR is set)
  -h, --help                show this help

Spin score: 1000 x (errors + 0.5 x warnings + 0.2 x infos) / max(words, 250).
Exit codes: 0 nothing at the --fail-on level, 1 something at it, 2 usage, config or I/O error.
Binary files are reported and skipped; invalid UTF-8 and bad JSONL lines are errors.
`,
  fix: `Usage: unspin fix [options] [PATH... | -]

Applies the repairs that are safe unattended: by default, error-level findings with exactly
one suggestion. Prints a unified diff and changes nothing unless --write or --stdout is given.

Options:
  -g, --glossary PATH     glossary file or directory; repeatable (default: bundled glossaries)
  --severity LEVEL        error | warning | info: also fix findings down to LEVEL (default error)
  -w, --write             rewrite each changed file atomically (keeps its mode); unchanged files are untouched
  --stdout                print the fixed text instead of a diff (works with stdin)
  --color / --no-color    colour the diff (default: on a TTY, unless NO_COLOR is set)
  -h, --help              show this help

Exit codes: 0 done, 2 usage, config or I/O error.
`,
  eval: `Usage: unspin eval [options] [CORPUS_DIR]

Measures quality on an annotated corpus (default: corpora/, format in corpora/ANNOTATION.md):
span-level precision, recall and F1 (a finding counts when it overlaps an annotated span;
"maybe" spans neither reward nor penalize), the exact-repair rate, the same per split, per spin
family and per rule, and false flags per 10,000 words on clean texts.

Options:
  -g, --glossary PATH     glossary file or directory; repeatable (default: bundled glossaries)
  --clean DIR             also count false flags on every .txt under DIR; repeatable
  -f, --format FORMAT     table | json (default table)
  --details SPLIT         none | dev | test | all: list missed spans and false positives (default dev)
  --enforce               exit 1 when a CI quality threshold is not met
  -h, --help              show this help

Exit codes: 0 done (or thresholds met with --enforce), 1 thresholds missed with --enforce, 2 usage error.
`,
  review: `Usage: unspin review [options] FILE

Walks through every finding in FILE in an interactive terminal UI: see each flag in context
with its repair as a word diff, then accept, reject, pick another suggestion or edit by hand.
Press ? inside for every key.

Every decision is journalled as it is made in .<FILE>.unspin-journal next to the file; after a
crash, quit or closed terminal, "unspin review FILE" offers to resume (only while the file is
unchanged). The journal is removed after a successful save. Saving is atomic and refuses to
overwrite a file that changed on disk since it was opened.

Options:
  -o, --output PATH       save the repaired text to PATH and leave FILE as it is
  -g, --glossary PATH     glossary file or directory; repeatable (default: bundled glossaries)
  --resume / --no-resume  resume a matching journal without asking, or ignore it
  -h, --help              show this help

Exit codes: 0 done, 2 no terminal (use check or fix), usage, config or I/O error.
`,
  explain: `Usage: unspin explain [options] "TEXT"
       unspin explain [options] --file F --at LINE:COL

Shows why a span is or is not flagged: each token with its normalized and base forms and the
canonical words it may stand for as a synonym, every candidate rule and generated variant
considered, and which context condition or precision guard blocked each one.

Options:
  -g, --glossary PATH     glossary file or directory; repeatable (default: bundled glossaries)
  --file F --at LINE:COL  explain the text around a position in a file
  -f, --format FORMAT     text | json (default text)
  -h, --help              show this help

Exit codes: 0 done, 2 usage, config or I/O error.
`,
  glossary: `Usage: unspin glossary <subcommand> [options]

Tools for glossary maintainers.

Subcommands:
  lint [FILES]    schema errors, duplicate ids and variants, variants equal to another rule's
                  canonical term, chains and cycles, generated collisions, missing examples,
                  unused synonyms
  test [FILES]    run every rule's examples and report failures like ESLint's RuleTester

Run "unspin glossary <subcommand> --help" for options.
`,
  'glossary lint': `Usage: unspin glossary lint [options] [FILE|DIR...]

Lints glossaries (default: the bundled ones) as a set.

Options:
  --strict               warnings also fail
  -f, --format FORMAT    text | json (default text)
  -h, --help             show this help

Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors (or warnings with --strict), 2 usage or I/O error.
`,
  'glossary test': `Usage: unspin glossary test [options] [FILE|DIR...]

Runs every rule's flag and pass examples in isolation and reports each failure: the rule, the
example, the expected and actual fixed text with a word diff, and the findings.

Options:
  -f, --format FORMAT    text | json (default text)
  -h, --help             show this help

Exit codes: 0 all examples pass, 1 failures, 2 a glossary does not parse, usage or I/O error.
`,
};

export function helpFor(command: string): string {
  return HELP[command] ?? HELP.main!;
}
