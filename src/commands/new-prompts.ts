import { PassThrough } from 'node:stream';
import type { PromptStreams } from './io.js';
import { countryName } from '../core/countries/resolve.js';
import { realDate } from '../core/dates.js';
import { countryRole, minimumCountries, suggestId, type NewRecordFields } from '../core/authoring/new-record.js';
import { choicesAt, countryChoices, searchChoices, type Choice } from '../core/authoring/vocabularies.js';
import type { RecordKind } from '../core/registry/record.js';

/** What the prompts need to know about the registry. */
export interface PromptContext {
  kind: RecordKind;
  streams: PromptStreams;
  /** Ids already taken, which the id prompt refuses. */
  takenIds: ReadonlySet<string>;
  /** Agreement ids a programme may implement. */
  agreementIds: readonly string[];
  /** The schema's pattern for ids. */
  idPattern: RegExp;
}

const DONE = '\u0000done';

/**
 * Asks, in the terminal, for every required field `fields` lacks, and for the dates, place and
 * health areas a source usually gives (Enter leaves them out). Countries, areas, statuses and
 * the other word lists autocomplete from the schema's own lists, as validation checks them.
 */
export async function askForMissing(fields: NewRecordFields, context: PromptContext): Promise<void> {
  const { input: inputPrompt, search: searchPrompt } = await import('@inquirer/prompts');
  // Each prompt ends the output stream it is given when it is done; give each its own, so that
  // the terminal (or a test's stream) stays open for the next.
  const streams = (): { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } => {
    const output = new PassThrough();
    output.pipe(context.streams.output as NodeJS.WritableStream, { end: false });
    return { input: context.streams.input, output };
  };
  const input = (config: Parameters<typeof inputPrompt>[0]): Promise<string> => inputPrompt(config, streams());
  const search = <V>(config: Parameters<typeof searchPrompt<V>>[0]): Promise<V> => searchPrompt<V>(config, streams());
  const { kind } = context;

  const text = (message: string, { required = false, defaultValue = undefined as string | undefined, check = (_: string): string | true => true } = {}): Promise<string> =>
    input({ message, default: defaultValue, validate: (v) => (v.trim() === '' ? (required ? 'required' : true) : check(v.trim())) }).then((v) => v.trim());
  const date = (message: string): Promise<string | undefined> =>
    text(`${message} (YYYY-MM-DD, YYYY-MM or YYYY; Enter if the source does not say)`, { check: (v) => (realDate(v) && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? true : 'a real date written YYYY-MM-DD, YYYY-MM or YYYY') }).then((v) => v || undefined);
  const pick = (message: string, choices: readonly Choice[], { done = undefined as string | undefined, isCountry = false } = {}): Promise<string> =>
    search<string>(
      {
        message,
        pageSize: 8,
        source: (term) => [
          ...(done !== undefined && !term ? [{ name: done, value: DONE }] : []),
          ...searchChoices(choices, term ?? '', { countries: isCountry }).map((c) => ({ name: c.label, value: c.value })),
        ],
      },
    );
  const pickMany = async (message: string, choices: readonly Choice[], chosen: string[], min: number, isCountry = false): Promise<void> => {
    for (;;) {
      const left = choices.filter((c) => !chosen.includes(c.value));
      const answer = await pick(`${message}${chosen.length ? ` (chosen: ${chosen.join(', ')})` : ''}`, left, { done: chosen.length >= min ? 'done' : undefined, isCountry });
      if (answer === DONE) return;
      chosen.push(answer);
    }
  };

  if (!fields.title) fields.title = await text('Title (as the source gives it, or a plain description)', { required: true });
  if (kind === 'agreement' && !fields.instrument) fields.instrument = await pick('Instrument (type to search)', choicesAt(kind, ['instrument']));
  if (kind === 'programme' && fields.modalities.length === 0) await pickMany('Modalities (type to search)', choicesAt(kind, ['modalities', 0]), fields.modalities, 1);

  const min = minimumCountries(kind);
  const role = countryRole(kind);
  const what = kind === 'agreement' ? 'Parties' : 'Countries taking part';
  if (fields.countries.length < min) {
    const codes = fields.countries.map((c) => c.country);
    await pickMany(`${what}: country (type a name or code)`, countryChoices(), codes, min, true);
    const roles = new Map(fields.countries.map((c) => [c.country, c.role]));
    fields.countries = codes.map((country) => ({ country, role: roles.get(country) }));
  }
  if (role === 'required') {
    for (const c of fields.countries) {
      c.role ??= await pick(`Role of ${countryName(c.country)}`, choicesAt(kind, [kind === 'agreement' ? 'parties' : 'countries', 0, 'role']));
    }
  }
  if (kind === 'programme' && fields.agreement === undefined && context.agreementIds.length > 0) {
    const answer = await pick('The agreement it implements (type to search)', context.agreementIds.map((id) => ({ value: id, label: id })), { done: 'none' });
    if (answer !== DONE) fields.agreement = answer;
  }
  if (kind === 'agreement' && fields.signed === undefined) fields.signed = await date('Signed on');
  if (kind === 'agreement' && fields.signed !== undefined && fields.signedPlace === undefined) fields.signedPlace = (await text('Signed in (city; Enter if not known)')) || undefined;
  if (kind === 'programme' && fields.start === undefined) fields.start = await date('Started on');
  if (!fields.status) fields.status = await pick('Status (type to search; unknown when no source says)', choicesAt(kind, ['status']));
  if (fields.areas.length === 0) await pickMany('Health areas (type to search)', choicesAt(kind, ['areas', 0]), fields.areas, 0);

  const source = fields.source;
  if (!source.title) source.title = await text('Source: title or headline', { required: true });
  if (!source.publisher && !source.via && !source.url) {
    source.publisher = (await text('Source: publisher (Enter if not known)')) || undefined;
    source.url = (await text('Source: web address (Enter if none)', { check: (v) => (/^https?:\/\/\S+$/.test(v) ? true : 'an http:// or https:// address') })) || undefined;
    if (!source.publisher && !source.url) source.via = await text('Source: who it reports from (a ministry, an agency)', { required: true });
  }
  if (source.published === undefined) source.published = await date('Source: published on');

  if (!fields.id) {
    fields.id = await text('Id (lowercase words joined by hyphens; it is also the file name)', {
      required: true,
      defaultValue: suggestId(fields),
      check: (v) => (!context.idPattern.test(v) ? 'lowercase letters and digits in groups joined by single hyphens' : context.takenIds.has(v) ? `a record with id ${v} already exists` : true),
    });
  }
}

/** Whether an error is the prompt library's "the user pressed Ctrl+C". */
export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
