import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { tempDir } from './cli.js';

// A seeded generator of valid registries, for tests that need hundreds of varied records: every
// kind, status, instrument and modality; exact and partial dates; undated records; commitments
// due by date or by duration, met and pending; events with people and sites; countries that the
// map draws and some it cannot (small states, Kosovo); names with accents; agreement histories
// that agree with their status, organisations, party roles, cited source ids, translated titles.

/** mulberry32: a small, fast PRNG with a 32-bit seed; the same seed gives the same registry. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Drawn at 1:110m, plus small states (SG, MT, BH, MV, LU, SM) and Kosovo (XK) and Palestine (PS).
export const GENERATED_COUNTRIES = ['PK', 'PS', 'KZ', 'AF', 'TR', 'EG', 'IN', 'BR', 'ZA', 'KE', 'DE', 'FR', 'JP', 'CN', 'US', 'XK', 'CI', 'SG', 'MT', 'BH', 'MV', 'CU', 'UZ', 'ID', 'NG', 'MX', 'SA', 'QA', 'LU', 'SM'];
const AREAS = ['burn-care', 'cardiology', 'emergency-care', 'endoscopy', 'health-systems', 'health-workforce', 'infectious-diseases', 'maternal-child-health', 'medical-education', 'medical-research', 'mental-health', 'noncommunicable-diseases', 'oncology', 'ophthalmology', 'organ-transplantation', 'orthopaedics', 'pharmaceuticals', 'plastic-surgery', 'primary-care', 'public-health', 'surgery'];
const INSTRUMENTS = ['memorandum-of-understanding', 'treaty', 'agreement', 'protocol', 'letter-of-intent', 'joint-declaration', 'exchange-of-notes', 'other'];
const AGREEMENT_STATUSES = ['negotiating', 'signed', 'in-force', 'suspended', 'expired', 'terminated', 'superseded', 'unknown'];
const PROGRAMME_STATUSES = ['planned', 'active', 'completed', 'cancelled', 'suspended', 'unknown'];
const MODALITIES = ['training', 'scholarship', 'exchange', 'joint-research', 'medical-mission', 'capacity-building', 'supply', 'other'];
const EVENT_TYPES = ['delegation-visit', 'training-cohort', 'student-cohort', 'medical-mission', 'meeting', 'other'];
const TOPICS = ['cardiac surgery', 'nurse training', 'vaccine supply', 'telemedicine', 'hospital twinning', 'malaria control', 'maternal care', 'cancer screening', 'médecine tropicale', 'santé publique'];
const PLACES = ['Islamabad', 'Astana', 'Kabul', 'Ankara', 'Cairo', 'São Paulo', 'Abidjan', 'Genève', 'Tashkent', 'Havana'];

export interface GeneratedRegistry {
  /** The registry folder (holding agreements/ and programmes/). */
  dir: string;
  ids: string[];
}

/** Writes `count` valid records (about half agreements) into a new temp registry. */
export function generateRegistry(count: number, seed = 14): GeneratedRegistry {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    for (let n = int(min, max); n > 0 && pool.length; n--) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return out;
  };
  const pad = (n: number): string => String(n).padStart(2, '0');
  /** A date from 2000 to 2025, sometimes only to the month or year. */
  const date = (year = int(2000, 2025)): string => {
    const form = random();
    if (form < 0.1) return String(year);
    if (form < 0.25) return `${year}-${pad(int(1, 12))}`;
    return `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  };
  const source = (i: number): Record<string, string> => {
    const s: Record<string, string> = { title: `Report ${i} on ${pick(TOPICS)}` };
    const form = random();
    if (form < 0.5) s.url = `https://news.example.org/${2000 + (i % 26)}/item-${i}?lang=en&ref=coop`;
    if (form >= 0.3) s.publisher = pick(['Health Ministry', 'News Agency', 'Journal of Cooperation', 'Agence de presse']);
    if (form > 0.8) s.via = 'Press office';
    if (random() < 0.5) s.published = `${int(2000, 2025)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    return s;
  };

  const dir = join(tempDir('coop-generated-'), 'registry');
  mkdirSync(join(dir, 'agreements'), { recursive: true });
  mkdirSync(join(dir, 'programmes'), { recursive: true });
  const ids: string[] = [];
  const agreements: string[] = [];
  const write = (kind: 'agreement' | 'programme', record: Record<string, unknown>): void => {
    const text = `# yaml-language-server: $schema=../../schemas/${kind}.schema.json\n${stringify(record, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}`;
    writeFileSync(join(dir, `${kind}s`, `${record.id as string}.yaml`), text);
    ids.push(record.id as string);
  };

  for (let i = 0; i < count; i++) {
    const countries = some(GENERATED_COUNTRIES, 2, random() < 0.85 ? 2 : 4);
    const topic = pick(TOPICS);
    const areas = some(AREAS, 0, 4);
    if (i % 2 === 0) {
      const id = `${countries.slice(0, 2).join('-').toLowerCase()}-agreement-${i}`;
      const record: Record<string, unknown> = {
        id,
        kind: 'agreement',
        title: `${countries.join('–')} agreement on ${topic} (${i})`,
        instrument: pick(INSTRUMENTS),
        legal_nature: pick(['binding', 'non-binding', 'unknown']),
        parties: countries.map((country) => ({ country })),
        status: pick(AGREEMENT_STATUSES),
      };
      const dated = random() < 0.9;
      const signedYear = int(2000, 2024);
      if (dated) {
        record.signed = { date: `${signedYear}-${pad(int(1, 12))}-${pad(int(1, 28))}`, place: pick(PLACES) };
        if (random() < 0.15) (record.signed as Record<string, string>).date = `${signedYear}-${pad(int(1, 12))}`;
        record.signatories = countries.slice(0, 2).map((country, j) => (j === 0 ? { name: `Minister ${i}`, role: 'Health Minister', country } : { role: 'Ambassador', country }));
        if (random() < 0.4) {
          record.entry_into_force = `${signedYear + 1}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
          if (random() < 0.5) record.validity = { duration: pick(['P5Y', 'P3Y', 'P10Y']), renewal: pick(['automatic', 'negotiated', 'none', 'unknown']), notice: pick(['P6M', 'P3M']) };
          else if (random() < 0.5) record.expires = `${signedYear + int(3, 8)}-12-31`;
        }
        const commitments: Record<string, unknown>[] = [];
        for (let c = int(0, 3); c > 0; c--) {
          const form = random();
          const status = pick(['pending', 'pending', 'pending', 'met', 'missed', 'partially-met', 'unknown', 'cancelled']);
          const commitment: Record<string, unknown> = { id: `commitment-${c}`, text: `Set up ${pick(TOPICS)} (${i}.${c})`, basis: `within ${c * 30} days of signing`, status };
          if (form < 0.6) commitment.due = { within: pick(['P30D', 'P3M', 'P1Y', 'P2W']), from: 'signed' };
          else if (form < 0.85) commitment.due = { date: date(int(2020, 2027)) };
          if (status === 'met' && random() < 0.2) commitment.met_on_unknown = true;
          else if (status === 'met') commitment.met_on = `${signedYear + 1}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
          commitments.push(commitment);
        }
        if (commitments.length) record.commitments = commitments;
      }
      if (areas.length) record.areas = areas;
      const sources = [{ id: `s${i}`, ...source(i) }, ...(random() < 0.3 ? [source(i + 1000)] : [])];
      if (random() < 0.15) Object.assign(sources[0]!, { language: 'fr', title_translation: `Report ${i}, in English`, archive_url: `https://archive.example.org/${i}` });
      record.sources = sources;
      const signed = record.signed as { date: string; place: string } | undefined;
      if (signed && random() < 0.35) {
        // A history the status agrees with: signed, then in force when the record says so.
        const events: Record<string, unknown>[] = [{ type: 'signature', date: signed.date, place: signed.place, source: `s${i}` }];
        if (record.entry_into_force) events.push({ type: 'entry-into-force', date: record.entry_into_force });
        record.history = events;
        record.status = record.entry_into_force ? 'in-force' : 'signed';
        record.status_as_of = signed.date;
        record.status_source = `s${i}`;
      }
      if (random() < 0.25) record.organisations = [{ name: `Ministry of Health of ${countries[0]}`, role: pick(['implementing', 'funding', 'coordinating']), type: 'ministry', country: countries[0], source: `s${i}` }];
      if (random() < 0.1) record.parties = countries.map((country, j) => ({ country, role: j === 0 ? 'provider' : 'recipient' }));
      if (random() < 0.6) record.notes = `Notes on ${topic} in ${pick(PLACES)}: the parties agreed to cooperate.\n\nSecond paragraph for record ${i}.`;
      write('agreement', record);
      agreements.push(id);
    } else {
      const id = `${countries.slice(0, 2).join('-').toLowerCase()}-programme-${i}`;
      const roles = countries.map((country, j) => ({ country, role: j === 0 ? 'provider' : pick(['recipient', 'partner']) }));
      const record: Record<string, unknown> = {
        id,
        kind: 'programme',
        title: `${countries[0]} programme of ${topic} with ${countries.slice(1).join(', ')} (${i})`,
        modalities: some(MODALITIES, 1, 3),
        countries: roles,
        status: pick(PROGRAMME_STATUSES),
      };
      if (agreements.length && random() < 0.4) record.agreement = pick(agreements);
      const startYear = int(2000, 2024);
      if (random() < 0.9) {
        record.start = date(startYear);
        if (random() < 0.4) record.end = String(startYear + int(1, 4));
        const events: Record<string, unknown>[] = [];
        for (let e = int(0, 3); e > 0; e--) {
          const event: Record<string, unknown> = { type: pick(EVENT_TYPES), description: `Cohort ${e} of ${pick(TOPICS)} in ${pick(PLACES)}` };
          if (random() < 0.8) event.date = String(startYear + int(1, 3));
          if (random() < 0.5) Object.assign(event, { from: countries[1], to: countries[0] });
          if (random() < 0.5) event.size = int(5, 200);
          if (random() < 0.4) event.sites = [{ name: `${pick(PLACES)} University Hospital`, type: 'hospital' }];
          if (random() < 0.3) event.people = [{ name: `Dr Person ${i}.${e}`, role: 'Team lead', country: countries[0] }];
          events.push(event);
        }
        if (events.length) record.events = events;
        if (random() < 0.3) record.commitments = [{ id: 'first-cohort', text: `Train the first cohort (${i})`, due: { within: 'P1Y', from: 'start' }, status: 'pending' }];
      }
      if (areas.length) record.areas = areas;
      record.sources = [source(i)];
      if (random() < 0.5) record.notes = `Programme notes about ${topic}.`;
      write('programme', record);
    }
  }
  return { dir, ids };
}
