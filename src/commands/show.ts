import { basename, extname } from 'node:path';
import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/text/suggest.js';
import { recordView } from '../core/status/record-view.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { displayPath } from '../format/paths.js';
import { showFormatters } from '../format/show/formatters.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { noteSkipped, openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { outputContext } from './output-context.js';
import { writeOutput } from './write-output.js';

export interface ShowOptions extends CommonOptions {
  format?: FormatOf<'show'>;
}

export async function show(id: string, options: ShowOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.show, 'text');
  const asOf = asOfDay(options.asOf, io.today);
  const { records, skipped, dir, saveCache } = openRegistry(options, asOf, io, { quiet: true });
  // By the ids the loader knows, so that finding one record reads no other.
  const idOf = (r: (typeof records)[number]): string => r.id ?? r.record.id;
  const found = records.find((r) => idOf(r) === id);
  saveCache();
  // A record's file is named after its id, so a left-out file of that name is the record.
  const invalid = found ? undefined : skipped.find((file) => basename(file, extname(file)) === id);
  if (invalid) {
    io.err(`coop: record "${terminalSafe(id)}" in ${terminalSafe(displayPath(invalid, io.cwd))} is invalid; run coop validate to see why\n`);
    return ExitCode.Findings;
  }
  noteSkipped(skipped, io);
  if (!found) {
    const hint = suggestId(id, records.map(idOf));
    throw new UsageError(`no record with id "${id}"${hint || '; coop list shows every id'}`);
  }
  const text = await showFormatters[format](recordView(found, asOf), await outputContext(options, asOf, io));
  writeOutput(text, { ...options, registryDir: dir }, io);
  return ExitCode.Ok;
}

/** A near spelling, or an id holding every part of what was typed ("pk-ps-mou" → "pk-ps-health-mou-2025"). */
function suggestId(input: string, ids: string[]): string {
  const near = didYouMean(input, ids);
  if (near) return near;
  const parts = input.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const holding = ids.filter((id) => parts.every((part) => id.split('-').includes(part)));
  return holding.length > 0 && holding.length <= 3 ? `; did you mean ${holding.map((id) => `"${id}"`).join(' or ')}?` : '';
}
