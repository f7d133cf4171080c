import { ensureParsersFor } from '../../markup/prepare.js';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { findingsFingerprint, Journal, journalPath, sha256, type JournalEntry, type JournalHeader } from '../../review/journal.js';
import { replay } from '../../review/replay.js';
import { initialState } from '../../review/state.js';
import { parse } from '../args.js';
import { CONFIG_OPTIONS, configuredGlossaries } from '../config-file.js';
import { loadEngine } from '../engine.js';
import { HELP } from '../help.js';
import { INPUT_FORMAT_OPTION, inputFormatFlag } from '../input-format.js';
import { isProblem, readFileInput } from '../inputs.js';
import { CliError, EXIT, type CliIO } from '../io.js';
import { checkDocument } from '../report.js';

async function askResume(io: CliIO, n: number): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  const answer = await rl.question(`A journal holds ${n} unsaved decision${n === 1 ? '' : 's'} for this file. Resume them? [Y/n] `);
  rl.close();
  return !/^n/i.test(answer.trim());
}

export async function runReview(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('review', argv, {
    glossary: { type: 'string', short: 'g', multiple: true },
    output: { type: 'string', short: 'o' },
    resume: { type: 'boolean' },
    'no-resume': { type: 'boolean' },
    ...INPUT_FORMAT_OPTION,
    ...CONFIG_OPTIONS,
  });
  if (values.help) {
    io.stdout.write(HELP.review!);
    return EXIT.ok;
  }
  if (!io.stdin.isTTY || !io.stdout.isTTY) {
    io.stderr.write('unspin review needs an interactive terminal; use "unspin check" to list findings or "unspin fix" to apply repairs unattended\n');
    return EXIT.usage;
  }
  if (positionals.length !== 1) throw new CliError('review: give exactly one file to review');
  const file = positionals[0]!;
  const input = readFileInput(file, inputFormatFlag('review', values));
  if (isProblem(input)) throw new CliError(`${file}: ${input.message}`);
  const engine = loadEngine(configuredGlossaries(io.cwd, values));
  let openedHash = sha256(readFileSync(file));
  const journal = new Journal(journalPath(file));
  // A journal written after a mid-session save carries the text its decisions were made on.
  const saved = Journal.header(journal.path);
  const baseText = saved?.base !== undefined && saved.sha256 === openedHash ? saved.base : input.text;
  await ensureParsersFor(input.format);
  const result = checkDocument(file, baseText, engine.index, undefined, undefined, input.format);
  const header: JournalHeader = { version: 1, sha256: openedHash, findings: findingsFingerprint(result.findings), ...(baseText !== input.text ? { base: baseText } : {}) };
  let state = initialState(baseText, result.findings);
  const entries: JournalEntry[] = [];
  const previous = Journal.read(journal.path, header);
  if (previous?.length && !values['no-resume'] && (values.resume || (await askResume(io, previous.length)))) {
    state = replay(state, previous);
    entries.push(...previous);
  }
  journal.start(header);
  for (const e of entries) journal.append(e);
  let journalOpen = true;
  const target = (values.output as string | undefined) ?? file;

  const onSave = (text: string): string => {
    const onDisk = sha256(readFileSync(file));
    if (onDisk !== openedHash) throw new Error(`${file} changed on disk since it was opened; refusing to overwrite it (save elsewhere with --output)`);
    const content = (input.bom ? '\ufeff' : '') + text;
    writeFileAtomic(target, content);
    if (target === file) {
      openedHash = sha256(Buffer.from(content, 'utf8'));
      header.sha256 = openedHash;
      header.base = baseText;
    }
    journal.remove();
    journalOpen = false;
    return `saved ${target}`;
  };

  // Ink reads CI/CONTINUOUS_INTEGRATION once, at import, and then draws only the final frame.
  // review has already required a terminal on both ends, so an editor inside a CI-flagged shell
  // (or a job container) still needs live frames.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const [{ render }, { createElement }, { App }] = await Promise.all([import('ink'), import('react'), import('../../review/ui/App.js')]);
  const app = render(
    createElement(App, {
      initial: state,
      file,
      onSave,
      onDecision: (cursor, action, value) => {
        const entry = value === undefined ? { cursor, action } : { cursor, action, value };
        entries.push(entry);
        // After a save the journal starts again, pinned to the saved file, with every decision so far.
        if (!journalOpen) {
          journal.start(header);
          for (const e of entries.slice(0, -1)) journal.append(e);
          journalOpen = true;
        }
        journal.append(entry);
      },
      onExit: (s) => {
        if (!s.dirty) journal.remove();
      },
    }),
    { stdin: io.stdin as NodeJS.ReadStream, stdout: io.stdout as NodeJS.WriteStream, stderr: io.stderr as NodeJS.WriteStream, exitOnCtrlC: true },
  );
  await app.waitUntilExit();
  return EXIT.ok;
}
