import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { buildRecord, countryRole, emptyFields, missingFlags, recordText, schemaModeline, type NewRecordFields } from '../core/authoring/new-record.js';
import { recordShape, shapeAt } from '../core/authoring/schema-shape.js';
import { allowedWords, checkArea, checkCountry, checkWord, type Checked } from '../core/authoring/vocabularies.js';
import { realDate } from '../core/dates.js';
import { writableRegistry } from './writable-registry.js';
import { loadRegistry } from '../core/registry/load-registry.js';
import { FOLDER_OF_KIND, type RecordKind } from '../core/registry/record.js';
import { closest } from '../core/text/suggest.js';
import { validateRegistry, type ValidationResult } from '../core/validate.js';
import { displayPath } from '../format/paths.js';
import { validateFormatters } from '../format/validate/formatters.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { createFile } from './create-file.js';
import { asOfDay } from './options.js';
import { outputContext } from './output-context.js';

export interface NewOptions {
  registry?: string;
  color: boolean;
  asOf?: string;
  dryRun?: boolean;
  id?: string;
  title?: string;
  country?: string[];
  status?: string;
  area?: string[];
  instrument?: string;
  legalNature?: string;
  signed?: string;
  signedPlace?: string;
  entryIntoForce?: string;
  expires?: string;
  signatory?: string[];
  modality?: string[];
  event?: string[];
  agreement?: string;
  start?: string;
  end?: string;
  commitment?: string[];
  sourceTitle?: string;
  sourcePublisher?: string;
  sourceVia?: string;
  sourceUrl?: string;
  sourcePublished?: string;
  notes?: string;
}

// Flags that belong to one kind of record only.
const ONLY_FOR: Record<RecordKind, readonly (keyof NewOptions)[]> = {
  agreement: ['instrument', 'legalNature', 'signed', 'signedPlace', 'entryIntoForce', 'expires', 'signatory'],
  programme: ['modality', 'event', 'agreement', 'start', 'end'],
};

/**
 * Writes a new record file from flags, asking in the terminal for what is missing: the path on
 * stdout, or with --dry-run the record itself. Never overwrites: an id already in the registry
 * stops it. What it writes is validated against the whole registry.
 */
export async function newRecord(kind: RecordKind, options: NewOptions, io: Io): Promise<ExitCode> {
  const registry = writableRegistry(options, io);
  const asOf = asOfDay(options.asOf, io.today);
  const fields = fieldsFromFlags(kind, options);
  const loaded = loadRegistry(registry.dir);
  const taken = new Map(loaded.records.filter((r) => r.id !== undefined).map((r) => [r.id!, r.file]));
  const agreementIds = loaded.records.filter((r) => r.kind === 'agreement' && r.id !== undefined).map((r) => r.id!).sort();

  const missing = missingFlags(kind, fields);
  if (missing.length > 0) {
    if (!io.prompt) throw new UsageError(`missing ${missing.join(', ')}; give them as flags, or run coop new in a terminal to be asked`);
    const { askForMissing, isPromptCancel } = await import('./new-prompts.js');
    try {
      await askForMissing(fields, { kind, streams: io.prompt, takenIds: new Set(taken.keys()), agreementIds, idPattern: idPattern() });
    } catch (error) {
      if (isPromptCancel(error)) throw new UsageError('cancelled; nothing was written');
      throw error;
    }
  }
  const id = fields.id!;
  const existing = taken.get(id);
  if (existing) throw new UsageError(`a record with id ${id} already exists: ${terminalSafe(displayPath(existing, io.cwd))}; choose another id`);
  if (fields.agreement !== undefined && !agreementIds.includes(fields.agreement)) {
    const near = closest(fields.agreement, agreementIds);
    throw new UsageError(`no agreement with id ${terminalSafe(fields.agreement)} in the registry${near ? `; did you mean ${near}?` : ''}`);
  }

  const folder = join(registry.dir, FOLDER_OF_KIND[kind]);
  const file = join(folder, `${id}.yaml`);
  const text = recordText(kind, buildRecord(kind, fields), schemaModeline(folder, kind));

  if (options.dryRun) {
    const result = validateCopy(registry.dir, file, kind, text, asOf);
    io.out(text);
    await reportFindings(result, options, asOf, io);
    return result.errors > 0 ? ExitCode.Findings : ExitCode.Ok;
  }
  let created: boolean;
  try {
    created = createFile(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${terminalSafe(displayPath(file, io.cwd))}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!created) throw new UsageError(`${terminalSafe(displayPath(file, io.cwd))} already exists; choose another id`);
  const result = validateRegistry({ registryDir: registry.dir, only: [file], asOf });
  if (result.errors > 0) {
    // Nothing else can have touched it yet: take it back rather than leave an invalid record.
    unlinkSync(file);
    await reportFindings(result, options, asOf, io);
    io.err('coop new: the record would not be valid, so it was not written\n');
    return ExitCode.Findings;
  }
  await reportFindings(result, options, asOf, io);
  io.out(`${terminalSafe(displayPath(file, io.cwd))}\n`);
  return ExitCode.Ok;
}

/**
 * Validates the text as if it were `file` in the registry, from a copy in a temporary folder;
 * findings name `file`.
 */
function validateCopy(registryDir: string, file: string, kind: RecordKind, text: string, asOf: string): ValidationResult {
  const temp = mkdtempSync(join(tmpdir(), 'coop-new-'));
  try {
    const copy = join(temp, FOLDER_OF_KIND[kind], basename(file));
    mkdirSync(dirname(copy));
    writeFileSync(copy, text);
    const result = validateRegistry({ registryDir, only: [copy], asOf });
    return { ...result, findings: result.findings.map((f) => (f.file === copy ? { ...f, file } : f)) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The findings on stderr, as `coop validate` prints them. */
async function reportFindings(result: ValidationResult, options: NewOptions, asOf: string, io: Io): Promise<void> {
  if (result.findings.length === 0) return;
  io.err(await validateFormatters.text(result, await outputContext({ color: options.color }, asOf, io)));
}

function idPattern(): RegExp {
  const shape = shapeAt(recordShape('agreement'), ['id']);
  return new RegExp(shape?.type === 'value' && shape.pattern ? shape.pattern : '^[a-z0-9]+(-[a-z0-9]+)*$', 'u');
}

/** Checks every flag against the schema's vocabularies and forms; the first problem stops coop. */
function fieldsFromFlags(kind: RecordKind, o: NewOptions): NewRecordFields {
  const other = kind === 'agreement' ? 'programme' : 'agreement';
  const wrongKind = ONLY_FOR[other].filter((key) => (Array.isArray(o[key]) ? (o[key] as unknown[]).length > 0 : o[key] !== undefined));
  if (wrongKind.length > 0) throw new UsageError(`${wrongKind.map(flagName).join(', ')} ${wrongKind.length === 1 ? 'is' : 'are'} not for ${kind === 'agreement' ? 'an agreement' : 'a programme'}`);
  const must = (checked: Checked): string => {
    if (!checked.ok) throw new UsageError(checked.message);
    return checked.value;
  };
  const word = (given: string | undefined, path: (string | number)[], what: string): string | undefined => (given === undefined ? undefined : must(checkWord(given, allowedWords(kind, path) ?? [], what)));
  const date = (given: string | undefined, flag: string): string | undefined => {
    if (given === undefined) return undefined;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(given) || !realDate(given)) throw new UsageError(`--${flag} must be a real date written YYYY-MM-DD, YYYY-MM or YYYY; got "${given}"`);
    return given;
  };
  const text = (given: string | undefined, flag: string): string | undefined => {
    if (given === undefined) return undefined;
    if (given.trim() === '') throw new UsageError(`--${flag} is empty; leave it out instead`);
    return given.trim();
  };
  const fields = emptyFields();
  if (o.id !== undefined) {
    if (!idPattern().test(o.id)) throw new UsageError(`--id must be lowercase letters and digits in groups joined by single hyphens, like pk-ps-health-mou-2025; got "${o.id}"`);
    fields.id = o.id;
  }
  fields.title = text(o.title, 'title');
  const roles = countryRole(kind);
  const countryField = kind === 'agreement' ? 'parties' : 'countries';
  for (const given of o.country ?? []) {
    const [name, role] = splitLast(given);
    if (role !== undefined && roles === 'none') throw new UsageError(`--country ${given}: ${countryField} have no role in this schema`);
    const country = must(checkCountry(name));
    if (fields.countries.some((c) => c.country === country)) throw new UsageError(`--country ${given}: ${country} is given twice`);
    fields.countries.push({ country, role: role === undefined ? undefined : word(role, [countryField, 0, 'role'], 'role') });
  }
  fields.status = word(o.status, ['status'], 'status');
  for (const area of o.area ?? []) {
    const value = must(checkArea(kind, area));
    if (!fields.areas.includes(value)) fields.areas.push(value);
  }
  fields.instrument = word(o.instrument, ['instrument'], 'instrument');
  fields.legalNature = word(o.legalNature, ['legal_nature'], 'legal nature');
  fields.signed = date(o.signed, 'signed');
  fields.signedPlace = text(o.signedPlace, 'signed-place');
  fields.entryIntoForce = date(o.entryIntoForce, 'entry-into-force');
  fields.expires = date(o.expires, 'expires');
  for (const given of o.signatory ?? []) fields.signatories.push(signatory(given, must));
  for (const modality of o.modality ?? []) {
    const value = word(modality, ['modalities', 0], 'modality')!;
    if (!fields.modalities.includes(value)) fields.modalities.push(value);
  }
  for (const given of o.event ?? []) fields.events.push(event(kind, given, must, date));
  fields.agreement = o.agreement;
  fields.start = date(o.start, 'start');
  fields.end = date(o.end, 'end');
  fields.commitments = (o.commitment ?? []).map((c) => text(c, 'commitment')!);
  fields.source = {
    title: text(o.sourceTitle, 'source-title'),
    publisher: text(o.sourcePublisher, 'source-publisher'),
    via: text(o.sourceVia, 'source-via'),
    url: o.sourceUrl === undefined ? undefined : sourceUrl(o.sourceUrl),
    published: date(o.sourcePublished, 'source-published'),
  };
  fields.notes = text(o.notes, 'notes');
  return fields;
}

/** "KZ:provider" → ["KZ", "provider"]; a name without a role → [name]. */
function splitLast(given: string): [string, string?] {
  const at = given.lastIndexOf(':');
  return at === -1 ? [given] : [given.slice(0, at), given.slice(at + 1)];
}

/** --signatory COUNTRY:NAME[:ROLE], or COUNTRY::ROLE when the source gives only the office. */
function signatory(given: string, must: (checked: Checked) => string): { country: string; name?: string; role?: string } {
  const [country, name = '', role = '', ...rest] = given.split(':');
  if (rest.length > 0 || (!name.trim() && !role.trim())) throw new UsageError(`--signatory is COUNTRY:NAME, COUNTRY:NAME:ROLE or COUNTRY::ROLE; got "${given}"`);
  return { country: must(checkCountry(country!)), name: name.trim() || undefined, role: role.trim() || undefined };
}

/** --event TYPE:DATE:DESCRIPTION, or TYPE::DESCRIPTION when the source gives no date. */
function event(kind: RecordKind, given: string, must: (checked: Checked) => string, date: (given: string | undefined, flag: string) => string | undefined): { type: string; date?: string; description: string } {
  const [type = '', when = '', ...rest] = given.split(':');
  const description = rest.join(':').trim();
  if (!description) throw new UsageError(`--event is TYPE:DATE:DESCRIPTION or TYPE::DESCRIPTION; got "${terminalSafe(given)}"`);
  return { type: must(checkWord(type, allowedWords(kind, ['events', 0, 'type']) ?? [], 'event type')), date: date(when.trim() || undefined, 'event'), description };
}

function sourceUrl(given: string): string {
  const shape = shapeAt(recordShape('agreement'), ['sources', 0, 'url']);
  const pattern = shape?.type === 'value' && shape.pattern ? new RegExp(shape.pattern, 'u') : /^https?:\/\/\S+$/;
  if (!pattern.test(given)) throw new UsageError(`--source-url must be an absolute http or https address without spaces or quotes (percent-encode them); got "${terminalSafe(given)}"`);
  return given;
}

function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
