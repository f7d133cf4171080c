import { HELP } from './help.js';
import { version } from './version.js';
import { CliError, EXIT, processIO, type CliIO } from './io.js';


type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Commands load lazily so `check` never pays for ink/react. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).runCheck,
  fix: async () => (await import('./commands/fix.js')).runFix,
  eval: async () => (await import('./commands/eval.js')).runEval,
  explain: async () => (await import('./commands/explain.js')).runExplain,
  glossary: async () => (await import('./commands/glossary.js')).runGlossary,
  init: async () => (await import('./commands/init.js')).runInit,
  review: async () => (await import('./commands/review.js')).runReview,
};

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(HELP.main!);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '-v' || command === '--version') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    const load = COMMANDS[command];
    if (!load) {
      const { didYouMean } = await import('../text/did-you-mean.js');
      const hint = didYouMean(command, Object.keys(COMMANDS));
      throw new CliError(`unknown command "${command}"${hint ? ` (did you mean "${hint}"?)` : ''}; see "unspin --help"`);
    }
    return await (await load())(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`unspin: ${err.message}\n`);
      return err.code;
    }
    throw err;
  }
}
