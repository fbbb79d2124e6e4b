import type { ChalkInstance } from 'chalk';
import type { Io } from './io.js';
import type { CommonOptions } from './options.js';

/** Colours for terminal output, or none: never in files, and only where wantsColor says so. */
export async function paintFor(options: CommonOptions, io: Io): Promise<ChalkInstance> {
  const { palette, wantsColor } = await import('../format/color.js');
  return palette(options.output === undefined && wantsColor({ color: options.color, env: io.env, isTTY: io.stdoutIsTTY }));
}
