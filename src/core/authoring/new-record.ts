import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { RecordKind } from '../registry/record.js';
import { SCHEMA_FILE } from '../schema/schema-validator.js';
import { foldForSearch } from '../text/normalise.js';
import { yamlLibrary } from '../yaml/yaml-library.js';
import { applyCanonicalLayout, stringifyRecord } from './canonical-layout.js';
import { recordShape, shapeAt } from './schema-shape.js';

/** What `coop new` knows about the record it writes, every value already checked. */
export interface NewRecordFields {
  id?: string;
  title?: string;
  /** Agreements. */
  instrument?: string;
  legalNature?: string;
  signed?: string;
  signedPlace?: string;
  entryIntoForce?: string;
  expires?: string;
  signatories: { country: string; name?: string; role?: string }[];
  /** Programmes. */
  modalities: string[];
  events: { type: string; date?: string; description: string }[];
  agreement?: string;
  start?: string;
  end?: string;
  /** Parties of an agreement, participating countries of a programme. */
  countries: { country: string; role?: string }[];
  status?: string;
  areas: string[];
  commitments: string[];
  source: { title?: string; publisher?: string; via?: string; url?: string; published?: string };
  notes?: string;
}

export function emptyFields(): NewRecordFields {
  return { signatories: [], modalities: [], events: [], countries: [], areas: [], commitments: [], source: {} };
}

/** The list of countries in a record of this kind: parties or countries. */
export const COUNTRY_FIELD: Record<RecordKind, 'parties' | 'countries'> = { agreement: 'parties', programme: 'countries' };

/** How many countries the schema wants at least. */
export function minimumCountries(kind: RecordKind): number {
  const shape = shapeAt(recordShape(kind), [COUNTRY_FIELD[kind]]);
  return shape?.type === 'array' ? (shape.minItems ?? 1) : 1;
}

/** Whether a country of this kind of record must, or may, have a role. */
export function countryRole(kind: RecordKind): 'required' | 'optional' | 'none' {
  const item = shapeAt(recordShape(kind), [COUNTRY_FIELD[kind], 0]);
  if (item?.type !== 'object' || !item.keys.includes('role')) return 'none';
  return item.required.includes('role') ? 'required' : 'optional';
}

/**
 * The command-line flags for what a record still lacks before it can be valid: the fields the
 * schema requires that have no value yet. Nothing else is asked for: a date or place a source
 * does not give stays out.
 */
export function missingFlags(kind: RecordKind, fields: NewRecordFields): string[] {
  const missing: string[] = [];
  if (!fields.id) missing.push('--id');
  if (!fields.title) missing.push('--title');
  if (kind === 'agreement' && !fields.instrument) missing.push('--instrument');
  if (kind === 'programme' && fields.modalities.length === 0) missing.push('--modality');
  const min = minimumCountries(kind);
  if (fields.countries.length < min) missing.push(`--country (${min} or more)`);
  else if (countryRole(kind) === 'required' && fields.countries.some((c) => !c.role)) missing.push('--country CODE:ROLE (a role for each country)');
  if (!fields.status) missing.push('--status');
  if (!fields.source.title) missing.push('--source-title');
  if (!fields.source.publisher && !fields.source.via && !fields.source.url) missing.push('one of --source-publisher/--source-via/--source-url');
  return missing;
}

/**
 * The record as data. Only what was given goes in; key order does not matter here, because the
 * text is laid out in the schema's order (recordText).
 */
export function buildRecord(kind: RecordKind, fields: NewRecordFields): Record<string, unknown> {
  const record: Record<string, unknown> = { id: fields.id, kind, title: fields.title };
  const put = (key: string, value: unknown): void => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    record[key] = value;
  };
  const source = Object.fromEntries(Object.entries(fields.source).filter(([, v]) => v !== undefined && v !== ''));
  put(COUNTRY_FIELD[kind], fields.countries.map((c) => (c.role ? { country: c.country, role: c.role } : { country: c.country })));
  put('status', fields.status);
  put('areas', fields.areas);
  put('commitments', commitmentsOf(fields.commitments));
  put('sources', [source]);
  put('notes', fields.notes);
  if (kind === 'agreement') {
    put('instrument', fields.instrument);
    put('legal_nature', fields.legalNature);
    put('signatories', fields.signatories.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v))));
    const signed = Object.fromEntries(Object.entries({ date: fields.signed, place: fields.signedPlace }).filter(([, v]) => v));
    if (Object.keys(signed).length > 0) put('signed', signed);
    put('entry_into_force', fields.entryIntoForce);
    put('expires', fields.expires);
  } else {
    put('modalities', fields.modalities);
    put('agreement', fields.agreement);
    put('start', fields.start);
    put('end', fields.end);
    put('events', fields.events.map((e) => (e.date ? { type: e.type, description: e.description, date: e.date } : { type: e.type, description: e.description })));
  }
  return record;
}

/**
 * Commitments from their texts. Each gets an id made of its first words, which only has to be
 * unique in the record, and the status pending: promised, not yet known to be kept.
 */
function commitmentsOf(texts: readonly string[]): Record<string, string>[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = foldForSearch(text).split(' ').filter(Boolean).slice(0, 5).join('-').replace(/[^a-z0-9-]/g, '') || 'commitment';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, text, status: 'pending' };
  });
}

/** The record's YAML: the editor modeline, then the fields in the schema's order and coop's layout. */
export function recordText(kind: RecordKind, record: Record<string, unknown>, modeline: string): string {
  const { Document, isMap } = yamlLibrary();
  const doc = new Document(record);
  applyCanonicalLayout(doc, recordShape(kind));
  const root = doc.contents;
  if (isMap(root) && root.items[0]) {
    const key = root.items[0].key as { commentBefore?: string | null };
    key.commentBefore = ` ${modeline}`;
  }
  return stringifyRecord(doc);
}

/**
 * The modeline that points editors at the schema: relative to the record's folder, to the
 * nearest schemas/ folder above it that holds the schema (coop init copies them into a new
 * registry's root), or to ../../schemas/ as coop init lays a registry out.
 */
export function schemaModeline(recordFolder: string, kind: RecordKind): string {
  const file = SCHEMA_FILE[kind];
  let schemaPath = `../../schemas/${file}`;
  for (let dir = recordFolder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'schemas', file))) {
      schemaPath = relative(recordFolder, join(dir, 'schemas', file)).split(sep).join('/');
      break;
    }
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) break;
  }
  return `yaml-language-server: $schema=${schemaPath}`;
}

/** An id to offer: the countries' codes and the first words of the title, as records are named. */
export function suggestId(fields: NewRecordFields): string | undefined {
  const words = foldForSearch(fields.title ?? '').split(' ').filter((w) => w.length > 2 && !STOP_WORDS.has(w)).slice(0, 3);
  const codes = fields.countries.map((c) => c.country.toLowerCase());
  const year = (fields.signed ?? fields.start)?.slice(0, 4);
  const id = [...codes, ...words, ...(year ? [year] : [])].join('-').replace(/[^a-z0-9-]/g, '');
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : undefined;
}

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'between', 'from', 'into']);
