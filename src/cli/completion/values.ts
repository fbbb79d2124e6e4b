import type { Io } from '../../commands/io.js';
import { parseCacheFor } from '../../commands/parse-cache.js';
import { SORT_FIELDS } from '../../core/query/sort.js';
import { findRegistry } from '../../core/registry/find-registry.js';
import { loadRegistry } from '../../core/registry/load-registry.js';
import { RECORD_KINDS } from '../../core/registry/record.js';
import { AGREEMENT_STATUSES, AREAS, INSTRUMENTS, MODALITIES, PROGRAMME_STATUSES } from '../../core/vocabulary.js';
import { FILES, type Candidates, type ValueSource } from './complete.js';

/** Values that come from coop's vocabularies, by option name. */
const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  kind: RECORD_KINDS,
  status: [...new Set([...AGREEMENT_STATUSES, ...PROGRAMME_STATUSES])],
  area: Object.keys(AREAS),
  instrument: INSTRUMENTS,
  modality: MODALITIES,
  legalNature: ['binding', 'non-binding', 'unknown'],
  sort: [...SORT_FIELDS, ...SORT_FIELDS.map((field) => `-${field}`)],
};

/** Options and arguments that name files or folders. */
const PATHS = new Set(['registry', 'output', 'paths', 'dir']);

interface RegistryValues {
  ids: string[];
  agreementIds: string[];
  countries: string[];
}

/** Candidate values by name; the registry is read only when a value needs it, and at most once. */
export function valueSource(io: Io): ValueSource {
  let loaded: RegistryValues | undefined;
  const registry = (option: string | undefined): RegistryValues => (loaded ??= readRegistry(option, io));
  return (name, option): Candidates => {
    if (PATHS.has(name)) return FILES;
    const vocabulary = VOCABULARY[name];
    if (vocabulary) return vocabulary;
    if (name === 'id') return registry(option).ids;
    if (name === 'agreement') return registry(option).agreementIds;
    if (name === 'country') return registry(option).countries;
    return [];
  };
}

/** Ids and countries of the registry's records, read as they are: a broken file gives what it can. */
function readRegistry(option: string | undefined, io: Io): RegistryValues {
  const { dir } = findRegistry({ option, environment: io.env.COOP_REGISTRY, cwd: io.cwd });
  const registry = loadRegistry(dir, { cache: parseCacheFor(dir, {}, io) });
  registry.saveCache();
  const { records } = registry;
  const ids = new Set<string>();
  const agreementIds = new Set<string>();
  const countries = new Set<string>();
  for (const record of records) {
    if (typeof record.id === 'string') ids.add(record.id);
    if (typeof record.id === 'string' && record.kind === 'agreement') agreementIds.add(record.id);
    for (const code of countryCodes(record.data)) countries.add(code);
  }
  const sorted = (set: Set<string>): string[] => [...set].sort();
  return { ids: sorted(ids), agreementIds: sorted(agreementIds), countries: sorted(countries) };
}

/** The country codes of a record's parties or countries, whatever shape a broken record has. */
function countryCodes(data: unknown): string[] {
  if (data === null || typeof data !== 'object') return [];
  const { parties, countries } = data as { parties?: unknown; countries?: unknown };
  return [parties, countries]
    .flatMap((list) => (Array.isArray(list) ? (list as unknown[]) : []))
    .map((entry) => (entry !== null && typeof entry === 'object' ? (entry as { country?: unknown }).country : undefined))
    .filter((code): code is string => typeof code === 'string' && /^[A-Z]{2}$/.test(code));
}
