import type { Io } from './io.js';
import { ExitCode } from '../core/errors.js';
import { diffRevisions } from '../core/diff/diff-revisions.js';
import { locateRegistry } from './locate-registry.js';
import { diffFormatters } from '../format/diff/formatters.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { outputContext } from './output-context.js';
import { parseCacheFor } from './parse-cache.js';
import { writeOutput } from './write-output.js';

export interface DiffOptions extends CommonOptions {
  format?: FormatOf<'diff'>;
}

/** What records a git change adds, removes, renames and changes. */
export async function diff(base: string, head: string | undefined, options: DiffOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.diff, 'markdown');
  const registry = locateRegistry(options, io);
  const result = await diffRevisions({ registryDir: registry.dir, base, head, cache: parseCacheFor(registry.dir, options, io) });
  const text = await diffFormatters[format](result, await outputContext(options, asOfDay(options.asOf, io.today), io));
  writeOutput(text, { ...options, registryDir: registry.dir }, io);
  return ExitCode.Ok;
}
