import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorInput {
  /** false when --no-color was given */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

/** --no-color, then FORCE_COLOR=0, then NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal. */
export function wantsColor({ color, env, isTTY }: ColorInput): boolean {
  if (!color) return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return true;
  return isTTY;
}

export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
