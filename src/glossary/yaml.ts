import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;

/**
 * The yaml package, loaded on first use: importing it costs about 40 ms, and a check whose
 * glossaries are already parsed (cache.ts) and that finds no config file never reads YAML.
 */
export function loadYaml(): typeof Yaml {
  return (yaml ??= require('yaml') as typeof Yaml);
}
