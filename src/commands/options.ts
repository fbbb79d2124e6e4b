import { UsageError } from '../core/errors.js';
import { realDate } from '../core/dates.js';
import { parseDuration } from '../core/duration.js';

/** Options every command accepts. */
export interface CommonOptions {
  registry?: string;
  color: boolean;
  output?: string;
  /** Let -o write inside the registry folder. */
  force?: boolean;
  asOf?: string;
  /** false with --no-cache. */
  cache?: boolean;
}

/** --as-of, checked to be a real YYYY-MM-DD day, or today. */
export function asOfDay(given: string | undefined, today: string): string {
  if (given === undefined) return today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || !realDate(given)) {
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, like 2025-10-01; got "${given}"`);
  }
  return given;
}

/** --format if given, else the one the --output file's extension names, else the default. */
export function pickFormat<F extends string>(format: F | undefined, output: string | undefined, byExtension: Record<string, F>, fallback: F): F {
  if (format) return format;
  const extension = output?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase();
  if (output && extension === undefined) return fallback;
  if (extension !== undefined) {
    const found = byExtension[extension];
    if (!found) throw new UsageError(`cannot tell the format from "${output}"; add --format (${Object.keys(byExtension).map((e) => `.${e}`).join(', ')} are known)`);
    return found;
  }
  return fallback;
}

/** --within of deadlines, report and site: how far ahead counts as due, as an ISO 8601 duration. */
export function withinDuration(given: string): string {
  const within = parseDuration(given);
  if (!within) throw new UsageError(`--within must be a duration like 90d, 12w, 3m, 1y or P90D; got "${given}"`);
  return within;
}
