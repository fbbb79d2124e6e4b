import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { Io } from './io.js';
import { packageVersion } from '../core/version.js';
import type { OutputContext } from '../format/output-context.js';
import { displayPath } from '../format/paths.js';

/** Width for files and pipes, where no terminal says how wide it is. */
const DEFAULT_WIDTH = 120;

export interface OutputContextOptions {
  /** -o FILE as given; undefined or "-" for stdout. */
  output?: string;
  /** false with --no-color. */
  color?: boolean;
}

/** The one OutputContext of a command run: colours, width, paths and links, the day and the version. */
export async function outputContext(options: OutputContextOptions, asOf: string, io: Io): Promise<OutputContext> {
  const toStdout = options.output === undefined || options.output === '-';
  const { palette, wantsColor } = await import('../format/color.js');
  const paint = palette(toStdout && wantsColor({ color: options.color !== false, env: io.env, isTTY: io.stdoutIsTTY }));
  // Links are relative to where the output is written, so they work wherever it is committed.
  const base = toStdout ? io.cwd : dirname(resolve(io.cwd, options.output!));
  return {
    paint,
    width: tableWidth(toStdout, io),
    path: (file) => displayPath(file, io.cwd),
    link: linkFrom(base),
    asOf,
    version: packageVersion(),
  };
}

/** $COLUMNS, else the terminal's width, else DEFAULT_WIDTH. */
function tableWidth(toStdout: boolean, io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return toStdout && io.stdoutIsTTY && io.columns ? io.columns : DEFAULT_WIDTH;
}

/**
 * A file as a link relative to `base`. Records live in two folders, so each folder's way from
 * `base` is worked out once: a report links every record, and path.relative per link was a
 * tenth of a 10,000-record report.
 */
function linkFrom(base: string): (file: string) => string {
  const folders = new Map<string, string>();
  return (file) => {
    const folder = dirname(file);
    let way = folders.get(folder);
    if (way === undefined) {
      way = relative(base, folder).split(sep).join('/');
      folders.set(folder, way);
    }
    return way === '' ? basename(file) : `${way}/${basename(file)}`;
  };
}
