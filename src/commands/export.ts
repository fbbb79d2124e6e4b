import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { openRegistry } from './open-registry.js';
import { checkOutsideRegistry } from './output-folder.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';

export interface ExportOptions extends CommonOptions {
  format?: FormatOf<'export'>;
}

/** The registry as tables: one SQLite file, or a folder of CSV files. */
export async function exportTables(options: ExportOptions, io: Io): Promise<ExitCode> {
  const output = options.output;
  if (output === undefined || output === '-') throw new UsageError('coop export needs somewhere to write: -o coop.db for SQLite, -o DIR with --format csv');
  const format = options.format ?? pickFormat(undefined, output, EXTENSIONS.export, 'sqlite');
  if (!options.format && !/\.[^./\\]+$/.test(output)) throw new UsageError(`give --format sqlite or --format csv for "${terminalSafe(output)}"`);
  const asOf = asOfDay(options.asOf, io.today);
  const { records, dir: registryDir, saveCache } = openRegistry(options, asOf, io);
  const target = checkOutsideRegistry(output, registryDir, options.force, io);
  const { exportTables: tables } = await import('../format/export/tables.js');
  const defs = tables({ records, asOf, within: 'P90D', filePath: (file) => relative(registryDir, file).split(sep).join('/') });
  saveCache();
  let files: [string, string | Uint8Array][];
  if (format === 'sqlite') {
    const { sqliteDatabase } = await import('../format/export/sqlite.js');
    files = [[target, await sqliteDatabase(defs)]];
  } else {
    const { csvFiles } = await import('../format/export/csv.js');
    files = [...csvFiles(defs)].map(([name, text]) => [join(target, name), text]);
  }
  try {
    for (const [file, content] of files) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  } catch (error) {
    throw new UsageError(`cannot write ${terminalSafe(output)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const rows = defs.map((t) => `${t.rows.length} ${t.name}`).join(', ');
  io.err(`coop export: ${terminalSafe(displayPath(target, io.cwd))} (${format}): ${rows}\n`);
  return ExitCode.Ok;
}
