import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

/**
 * The `yaml` package, loaded on first use: a clean registry is read by the fast path alone, so
 * most runs never need it, and loading it costs more than reading a thousand records.
 */
export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}
