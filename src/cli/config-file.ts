import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { formatDiagnostic } from '../glossary/diagnostic.js';
import { parseConfig, type Config } from './config.js';
import { CliError } from './io.js';

export const CONFIG_NAME = '.unspin.yaml';

/** The nearest `.unspin.yaml` in `cwd` or a parent directory. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The config for a command: `--config PATH` if given, else the discovered file, else none.
 * Any problem in the file stops the command with every diagnostic (exit 2).
 */
export function loadConfig(cwd: string, explicit?: string, disabled = false): Config | undefined {
  if (disabled) return undefined;
  const file = explicit !== undefined ? resolve(cwd, explicit) : findConfig(cwd);
  if (file === undefined) return undefined;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`config file ${explicit ?? file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  const shown = explicit ?? file;
  const { config, diagnostics } = parseConfig(source, shown);
  if (diagnostics.length) {
    throw new CliError(`bad config file (${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}):\n${diagnostics.map((d) => formatDiagnostic(d, source)).join('\n')}`);
  }
  // Glossary paths are written relative to the config file, wherever the command runs.
  if (config.glossaries) config.glossaries = config.glossaries.map((g) => (isAbsolute(g) ? g : join(dirname(file), g)));
  return config;
}

/** The `--config` and `--no-config` flags every command that reads glossaries takes. */
export const CONFIG_OPTIONS = {
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
} as const;

/** Glossaries for a command: `-g` flags win, then the config file's list, then the bundled set. */
export function configuredGlossaries(cwd: string, values: Record<string, unknown>): string[] | undefined {
  const flags = values.glossary as string[] | undefined;
  if (flags?.length) return flags;
  return loadConfig(cwd, values.config as string | undefined, values['no-config'] === true)?.glossaries;
}
