import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { expandPaths } from '../core/registry/expand-paths.js';
import { locateRegistry } from './locate-registry.js';
import { validateRegistry, type ValidationResult } from '../core/validate.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { validateFormatters } from '../format/validate/formatters.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { outputContext } from './output-context.js';
import { parseCacheFor } from './parse-cache.js';
import { writeOutput } from './write-output.js';

export interface ValidateOptions extends CommonOptions {
  format?: FormatOf<'validate'>;
  strict: boolean;
  changedSince?: string;
}

export async function validate(paths: string[], options: ValidateOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.validate, 'text');
  const registry = locateRegistry(options, io);
  const asOf = asOfDay(options.asOf, io.today);
  const cache = parseCacheFor(registry.dir, options, io);
  let result: ValidationResult;
  if (options.changedSince !== undefined) {
    if (paths.length > 0) throw new UsageError('give either paths or --changed-since, not both');
    const { validateChangedSince } = await import('../core/changed-since.js');
    result = await validateChangedSince({ registryDir: registry.dir, since: options.changedSince, asOf, strict: options.strict, cache });
  } else {
    const only = paths.length > 0 ? expandPaths(paths, io.cwd) : undefined;
    result = validateRegistry({ registryDir: registry.dir, only, asOf, strict: options.strict, cache });
  }
  const text = await validateFormatters[format](result, await outputContext(options, asOf, io));
  writeOutput(text, { ...options, registryDir: registry.dir }, io);
  return result.errors > 0 ? ExitCode.Findings : ExitCode.Ok;
}
