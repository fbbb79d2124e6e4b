import type { Finding } from '../findings.js';
import type { LoadedRecord } from '../registry/record.js';
import { isObject } from '../shape.js';

export interface CheckContext {
  records: readonly LoadedRecord[];
  /** Records by id; an id held by several records maps to all of them. */
  byId: ReadonlyMap<string, readonly LoadedRecord[]>;
  /** Other files are named relative to it in messages. */
  registryDir: string;
}

/** A rule about one record alone, whatever the day: its findings depend on the file's content only. */
export type RecordCheck = (record: LoadedRecord) => Finding[];

/** A rule about one record as of a day (YYYY-MM-DD): its findings depend on the file's content and the day only. */
export type RecordDayCheck = (record: LoadedRecord, asOf: string) => Finding[];

/** A cross-record rule: reads records defensively (the schema may have failed) and returns findings. */
export type Check = (context: CheckContext) => Finding[];

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
