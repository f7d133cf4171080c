import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../text/did-you-mean.js';
import { CliError } from './io.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs in strict mode, with a "did you mean" for unknown options. */
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export function parse(command: string, argv: string[], options: Options): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true }) as {
      values: Values;
      positionals: string[];
    };
  } catch (err) {
    const msg = (err as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(msg);
    if (unknown) {
      const hint = didYouMean(unknown[1]!.replace(/^-+/, ''), Object.keys(options));
      throw new CliError(`${command}: unknown option ${unknown[1]}${hint ? ` (did you mean --${hint}?)` : ''}; see "unspin ${command} --help"`);
    }
    throw new CliError(`${command}: ${msg.split('\n')[0]}; see "unspin ${command} --help"`);
  }
}

export function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const hint = didYouMean(value, allowed);
  throw new CliError(`${command}: --${flag} must be one of ${allowed.join(', ')}, got "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
}
