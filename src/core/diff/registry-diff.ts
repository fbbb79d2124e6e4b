import { isDeepStrictEqual } from 'node:util';
import { compareText } from '../text/compare-text.js';
import { isObject } from '../shape.js';

/** A record as a revision holds it: its id, kind, repository-relative file and raw fields. */
export interface Snapshot {
  id: string;
  kind: string;
  file: string;
  data: Record<string, unknown>;
}

export interface FieldChange {
  /** Where in the record: `status`, `signed.date`, `commitments[health-working-group].status`. */
  field: string;
  /** Absent when the field was added. */
  before?: unknown;
  /** Absent when the field was removed. */
  after?: unknown;
}

export interface ChangedRecord {
  before: Snapshot;
  after: Snapshot;
  changes: FieldChange[];
}

export interface RegistryDiff {
  added: Snapshot[];
  removed: Snapshot[];
  /** Same content under a new id (and file). */
  renamed: ChangedRecord[];
  /** Same id, different content or a different file. */
  changed: ChangedRecord[];
}

const withoutId = ({ id: _, ...rest }: Record<string, unknown>): Record<string, unknown> => rest;

/** What changed between two sets of records, matched by id; a removed and an added record with the same content are a rename. */
export function diffRegistries(before: readonly Snapshot[], after: readonly Snapshot[]): RegistryDiff {
  const beforeById = new Map(before.map((s) => [s.id, s]));
  const afterById = new Map(after.map((s) => [s.id, s]));
  const added = new Set(after.filter((s) => !beforeById.has(s.id)));
  const removed = before.filter((s) => !afterById.has(s.id));
  // Added records by content, so each removed record finds its rename in one lookup.
  const addedByContent = new Map<string, Snapshot[]>();
  for (const s of added) {
    const key = canonical(withoutId(s.data));
    addedByContent.set(key, [...(addedByContent.get(key) ?? []), s]);
  }
  const renamed: ChangedRecord[] = [];
  const stillRemoved: Snapshot[] = [];
  for (const old of removed) {
    const match = addedByContent.get(canonical(withoutId(old.data)))?.shift();
    if (!match) {
      stillRemoved.push(old);
      continue;
    }
    renamed.push({ before: old, after: match, changes: fieldChanges(old.data, match.data) });
    added.delete(match);
  }
  const changed = after
    .filter((s) => beforeById.has(s.id))
    .map((s) => ({ before: beforeById.get(s.id)!, after: s, changes: fieldChanges(beforeById.get(s.id)!.data, s.data) }))
    .filter((c) => c.changes.length > 0 || c.before.file !== c.after.file);
  const byId = (a: { id: string }, b: { id: string }): number => compareText(a.id, b.id);
  return {
    added: [...added].sort(byId),
    removed: stillRemoved.sort(byId),
    renamed: renamed.sort((a, b) => byId(a.after, b.after)),
    changed: changed.sort((a, b) => byId(a.after, b.after)),
  };
}


/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}

const hasIds = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.every((item) => isObject(item) && typeof item.id === 'string');

/** Field-level differences; lists of items with ids (commitments) are matched by id. Keys are looked up as own properties only. */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      const field = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(after, key)) return [{ field, before: before[key] }];
      if (!Object.hasOwn(before, key)) return [{ field, after: after[key] }];
      return fieldChanges(before[key], after[key], field);
    });
  }
  if (hasIds(before) && hasIds(after)) {
    const beforeItems = new Map(before.map((i) => [i.id as string, i]));
    const afterItems = new Map(after.map((i) => [i.id as string, i]));
    const ids = [...new Set([...beforeItems.keys(), ...afterItems.keys()])];
    return ids.flatMap((id) => {
      const field = `${path}[${id}]`;
      const a = beforeItems.get(id);
      const b = afterItems.get(id);
      if (!b) return [{ field, before: a }];
      if (!a) return [{ field, after: b }];
      return fieldChanges(a, b, field);
    });
  }
  return [{ field: path, before, after }];
}
