import type { Io } from '../cli/io.js';
import { ExitCode } from '../cli/exit-codes.js';
import { expandPaths } from '../core/registry/expand-paths.js';
import { findRegistry } from '../core/registry/find-registry.js';
import { validateRegistry, type ValidationResult } from '../core/validate.js';
import { displayPath } from '../format/paths.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { paintFor } from './paint.js';
import { writeOutput } from './write-output.js';

export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export interface ValidateOptions extends CommonOptions {
  format?: ValidateFormat;
  strict: boolean;
}

export async function validate(paths: string[], options: ValidateOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, { txt: 'text', json: 'json' }, 'text');
  const registry = findRegistry({ option: options.registry, environment: io.env.COOP_REGISTRY, cwd: io.cwd });
  const only = paths.length > 0 ? expandPaths(paths, io.cwd) : undefined;
  const result = validateRegistry({ registryDir: registry.dir, only, asOf: asOfDay(options.asOf, io.today), strict: options.strict });
  writeOutput(await render(result, format, options, io), options.output, io);
  return result.errors > 0 ? ExitCode.Findings : ExitCode.Ok;
}

async function render(result: ValidationResult, format: ValidateFormat, options: ValidateOptions, io: Io): Promise<string> {
  const path = (file: string): string => displayPath(file, io.cwd);
  switch (format) {
    case 'json':
      return (await import('../format/validate/json.js')).formatJson(result, path);
    case 'github':
      return (await import('../format/validate/github.js')).formatGithub(result, path);
    case 'text':
      return (await import('../format/validate/text.js')).formatText(result, { paint: await paintFor(options, io), path });
  }
}
