import { countryName } from '../../core/countries/resolve.js';
import { earliestDay, latestDay, realDate } from '../../core/dates.js';
import { commitmentDue, deadlineRecord } from '../../core/deadlines/deadlines.js';
import { digestOf } from '../../core/digest/record-digest.js';
import { agreementExpiry } from '../../core/deadlines/expiry.js';
import { timeDeadline } from '../../core/deadlines/timing.js';
import { entryIntoForceDate, recordCountries, recordDate, signedDate, type Person, type StoredRecord } from '../../core/model.js';
import { currentStatus } from '../../core/status/current-status.js';
import { summariseCountries } from '../../core/query/country-summary.js';
import { AREAS } from '../../core/vocabulary.js';
import { compareText } from '../../core/text/compare-text.js';

// The registry as relational tables, shared by the SQLite and CSV exports. One row per record,
// and one table per repeated part of a record (countries, areas, commitments, sources, history,
// events, organisations, people), each keyed by record_id. Computed columns (due dates, expiry, timing) use the core's
// deadline functions, so they agree with `coop deadlines` and `coop show`.

export type Cell = string | number | null;

export interface ColumnDef {
  name: string;
  type: 'TEXT' | 'INTEGER';
  notNull?: boolean;
  /** "table(column)" this column refers to. */
  references?: string;
}

export interface TableDef {
  name: string;
  columns: ColumnDef[];
  /** Column names of the primary key; empty for an INTEGER rowid key given as the first column. */
  primaryKey: string[];
  /** Each an index over these columns. */
  indexes: string[][];
  rows: Cell[][];
}

export interface ExportInput {
  records: readonly StoredRecord[];
  /** The day timing is judged against (overdue, due, ...). */
  asOf: string;
  /** Look-ahead for "due", ISO 8601. */
  within: string;
  /** A record file's path as the tables give it. */
  filePath: (file: string) => string;
}

const text = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ name, type: 'TEXT', ...extra });
const int = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ name, type: 'INTEGER', ...extra });
const recordId = (): ColumnDef => text('record_id', { notNull: true, references: 'records(id)' });
const v = (value: string | number | undefined): Cell => (value === undefined ? null : value);

export function exportTables({ records, asOf, within, filePath }: ExportInput): TableDef[] {
  // Agreements first, so every programme's agreement exists when the programme row is inserted.
  const ordered = [...records].sort((a, b) => (a.record.kind === b.record.kind ? compareText(a.record.id, b.record.id) : a.record.kind === 'agreement' ? -1 : 1));
  const ids = new Set(ordered.map((r) => r.record.id));

  const recordRows: Cell[][] = ordered.map(({ record, file }) => {
    const dateText = recordDate(record);
    const date = dateText === undefined ? undefined : realDate(dateText);
    const a = record.kind === 'agreement' ? record : undefined;
    const p = record.kind === 'programme' ? record : undefined;
    const expiry = a ? agreementExpiry(a, asOf) : undefined;
    return [
      record.id,
      record.kind,
      record.title,
      currentStatus(record, asOf).status,
      record.status,
      v(record.status_as_of),
      v(record.status_source),
      v(dateText),
      date ? earliestDay(date) : null,
      date ? latestDay(date) : null,
      v(a?.instrument),
      v(a?.legal_nature),
      v(a && signedDate(a)),
      v(a?.signed?.place),
      v(a && entryIntoForceDate(a)),
      v(a?.expires),
      expiry?.window ? expiry.window.earliest : null,
      expiry?.window ? expiry.window.latest : null,
      v(expiry?.basis ?? expiry?.unknown),
      v(a?.validity?.duration),
      v(a?.validity?.renewal),
      v(a?.validity?.notice),
      p ? p.modalities.join(';') : null,
      p?.agreement && ids.has(p.agreement) ? p.agreement : null,
      v(p?.start),
      v(p?.end),
      v(record.notes),
      filePath(file),
    ];
  });

  const summaries = new Map(summariseCountries(ordered.map((r) => digestOf(r, asOf))).map((s) => [s.code, s]));
  const referenced = new Set<string>(summaries.keys());
  const people: Cell[][] = [];
  const addPerson = (recordIdValue: string, event: number | null, context: string, person: Person, position: number): void => {
    referenced.add(person.country);
    people.push([people.length + 1, recordIdValue, event, context, position, v(person.name), v(person.role), person.country]);
  };

  const recordCountryRows: Cell[][] = [];
  const areaRows: Cell[][] = [];
  const commitmentRows: Cell[][] = [];
  const sourceRows: Cell[][] = [];
  const eventRows: Cell[][] = [];
  const historyRows: Cell[][] = [];
  const organisationRows: Cell[][] = [];
  for (const { record, file } of ordered) {
    const roles = record.kind === 'agreement' ? record.parties.map((x) => ({ country: x.country, role: x.role ?? 'party' })) : record.countries;
    roles.forEach((x, i) => recordCountryRows.push([record.id, x.country, x.role, i + 1]));
    for (const area of record.areas ?? []) areaRows.push([record.id, area, AREAS[area]?.label ?? area, AREAS[area]?.crs.join(';') || null]);
    (record.organisations ?? []).forEach((o, i) => {
      if (o.country) referenced.add(o.country);
      organisationRows.push([record.id, i + 1, o.name, o.role, v(o.type), v(o.country), v(o.source)]);
    });
    if (record.kind === 'agreement')
      (record.history ?? []).forEach((e, i) => {
        if (e.party) referenced.add(e.party);
        historyRows.push([record.id, i + 1, e.type, v(e.date), v(e.party), v(e.place), v(e.duration), v(e.expires), v(e.record), v(e.description), v(e.source)]);
      });
    (record.commitments ?? []).forEach((c, i) => {
      const due = commitmentDue(record, c);
      const timed = due && timeDeadline({ record: deadlineRecord(record), file, type: 'commitment', item: c.id, what: c.text, due, status: c.status }, asOf, within);
      commitmentRows.push([record.id, c.id, i + 1, c.text, v(c.basis), c.status, v(c.met_on), c.met_on_unknown ? 1 : 0, v(c.status_as_of), v(c.status_source), v(c.due?.date), v(c.due?.within), v(c.due?.from), due ? due.earliest : null, due ? due.latest : null, timed ? timed.timing : null]);
    });
    record.sources.forEach((s, i) => sourceRows.push([record.id, i + 1, v(s.id), s.title, v(s.title_translation), v(s.publisher), v(s.via), v(s.url), v(s.archive_url), v(s.published), v(s.accessed), v(s.language)]));
    if (record.kind === 'agreement') (record.signatories ?? []).forEach((person, i) => addPerson(record.id, null, 'signatory', person, i + 1));
    else
      (record.events ?? []).forEach((e, i) => {
        for (const code of [e.from, e.to, e.country]) if (code) referenced.add(code);
        const sites = e.sites?.map((s) => (s.type ? `${s.name} (${s.type})` : s.name)).join('; ');
        eventRows.push([record.id, i + 1, e.type, e.description, v(e.date), v(e.duration), v(e.from), v(e.to), v(e.country), v(e.size), v(sites), v(e.source)]);
        (e.people ?? []).forEach((person, j) => addPerson(record.id, i + 1, 'event', person, j + 1));
      });
  }
  for (const { record } of ordered) for (const code of recordCountries(record)) referenced.add(code);
  const countryRows: Cell[][] = [...referenced].sort().map((code) => {
    const s = summaries.get(code);
    return [code, countryName(code), s?.agreements ?? 0, s?.programmes ?? 0, s?.pending_commitments ?? 0];
  });

  return [
    {
      name: 'records',
      columns: [
        text('id', { notNull: true }),
        text('kind', { notNull: true }),
        text('title', { notNull: true }),
        text('status', { notNull: true }),
        text('stated_status', { notNull: true }),
        text('status_as_of'),
        text('status_source'),
        text('date'),
        text('date_earliest'),
        text('date_latest'),
        text('instrument'),
        text('legal_nature'),
        text('signed_date'),
        text('signed_place'),
        text('entry_into_force'),
        text('expires'),
        text('expiry_earliest'),
        text('expiry_latest'),
        text('expiry_basis'),
        text('validity_duration'),
        text('validity_renewal'),
        text('validity_notice'),
        text('modalities'),
        text('agreement', { references: 'records(id)' }),
        text('start_date'),
        text('end_date'),
        text('notes'),
        text('file', { notNull: true }),
      ],
      primaryKey: ['id'],
      indexes: [['kind'], ['status'], ['date_earliest'], ['agreement']],
      rows: recordRows,
    },
    {
      name: 'countries',
      columns: [text('code', { notNull: true }), text('name', { notNull: true }), int('agreements', { notNull: true }), int('programmes', { notNull: true }), int('pending_commitments', { notNull: true })],
      primaryKey: ['code'],
      indexes: [['name']],
      rows: countryRows,
    },
    {
      name: 'record_countries',
      columns: [recordId(), text('country', { notNull: true, references: 'countries(code)' }), text('role', { notNull: true }), int('position', { notNull: true })],
      primaryKey: ['record_id', 'country'],
      indexes: [['country']],
      rows: recordCountryRows,
    },
    {
      name: 'areas',
      columns: [recordId(), text('area', { notNull: true }), text('label', { notNull: true }), text('crs_codes')],
      primaryKey: ['record_id', 'area'],
      indexes: [['area']],
      rows: areaRows,
    },
    {
      name: 'commitments',
      columns: [
        recordId(),
        text('id', { notNull: true }),
        int('position', { notNull: true }),
        text('text', { notNull: true }),
        text('basis'),
        text('status', { notNull: true }),
        text('met_on'),
        int('met_on_unknown', { notNull: true }),
        text('status_as_of'),
        text('status_source'),
        text('due_date'),
        text('due_within'),
        text('due_from'),
        text('due_earliest'),
        text('due_latest'),
        text('timing'),
      ],
      primaryKey: ['record_id', 'id'],
      indexes: [['status'], ['due_earliest']],
      rows: commitmentRows,
    },
    {
      name: 'sources',
      columns: [recordId(), int('position', { notNull: true }), text('id'), text('title', { notNull: true }), text('title_translation'), text('publisher'), text('via'), text('url'), text('archive_url'), text('published'), text('accessed'), text('language')],
      primaryKey: ['record_id', 'position'],
      indexes: [],
      rows: sourceRows,
    },
    {
      name: 'events',
      columns: [
        recordId(),
        int('position', { notNull: true }),
        text('type', { notNull: true }),
        text('description', { notNull: true }),
        text('date'),
        text('duration'),
        text('from_country', { references: 'countries(code)' }),
        text('to_country', { references: 'countries(code)' }),
        text('country', { references: 'countries(code)' }),
        int('size'),
        text('sites'),
        text('source'),
      ],
      primaryKey: ['record_id', 'position'],
      indexes: [['type'], ['date']],
      rows: eventRows,
    },
    {
      name: 'history',
      columns: [
        recordId(),
        int('position', { notNull: true }),
        text('type', { notNull: true }),
        text('date'),
        text('party', { references: 'countries(code)' }),
        text('place'),
        text('duration'),
        text('expires'),
        text('record'),
        text('description'),
        text('source'),
      ],
      primaryKey: ['record_id', 'position'],
      indexes: [['type'], ['date']],
      rows: historyRows,
    },
    {
      name: 'organisations',
      columns: [recordId(), int('position', { notNull: true }), text('name', { notNull: true }), text('role', { notNull: true }), text('type'), text('country', { references: 'countries(code)' }), text('source')],
      primaryKey: ['record_id', 'position'],
      indexes: [['name'], ['country']],
      rows: organisationRows,
    },
    {
      name: 'people',
      columns: [int('id', { notNull: true }), recordId(), int('event_position'), text('context', { notNull: true }), int('position', { notNull: true }), text('name'), text('role'), text('country', { notNull: true, references: 'countries(code)' })],
      primaryKey: ['id'],
      indexes: [['record_id'], ['country']],
      rows: people,
    },
  ];
}
