import type { ChalkInstance } from 'chalk';

/**
 * What every formatter may know of the run besides its data, built once per command run
 * (src/commands/output-context.ts). Formatters read nothing else of the outside world.
 */
export interface OutputContext {
  /** Colours, or none: never in files, and only where the terminal and the flags allow. */
  paint: ChalkInstance;
  /** Columns a terminal table must fit in. */
  width: number;
  /** A file as messages show it: relative to the current folder when inside it. */
  path: (file: string) => string;
  /** A file as a link in the output: relative to where the output is written. */
  link: (file: string) => string;
  /** The day dates are judged against, YYYY-MM-DD. */
  asOf: string;
  /** coop's version, for outputs that name their producer (SARIF, the site). */
  version: string;
}

/** Turns a command's data into the text of one format. */
export type Formatter<D> = (data: D, ctx: OutputContext) => string | Promise<string>;

/** A command's formatters, one per format it offers. */
export type FormatterTable<F extends string, D> = Readonly<Record<F, Formatter<D>>>;
