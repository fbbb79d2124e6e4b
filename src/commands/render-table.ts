import type { Io } from './io.js';
import type { StoredRecord } from '../core/model.js';
import type { CommonOptions } from './options.js';
import { paintFor } from './paint.js';

/** Width for files and pipes, where no terminal says how wide it is. */
const DEFAULT_WIDTH = 120;

/** $COLUMNS, else the terminal's width, else DEFAULT_WIDTH. */
export function tableWidth(options: CommonOptions, io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return options.output === undefined && io.stdoutIsTTY && io.columns ? io.columns : DEFAULT_WIDTH;
}

export async function renderTable(records: readonly StoredRecord[], options: CommonOptions, io: Io): Promise<string> {
  const { formatTable } = await import('../format/list/table.js');
  return formatTable(records, { paint: await paintFor(options, io), width: tableWidth(options, io) });
}
