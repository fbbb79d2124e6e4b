#!/usr/bin/env node
// A seeded, deterministic generator of valid, realistic coop registries for benchmarks.
//
//   node bench/generate.js --records 10000 --seed 1 --out DIR [--variant NAME]
//
// Writes DIR/agreements/<id>.yaml and DIR/programmes/<id>.yaml. The same options give
// byte-identical files on any machine. A clean registry has no findings at all (no errors, no
// warnings) when checked with `coop validate --as-of 2026-01-01` (AS_OF below): every date is
// real, dates come in order, statuses agree with the dates as of that day, and every programme's
// agreement exists. Record i does not depend on how many records follow it, so the 1k registry
// is the first 1,000 records of the 10k one.
//
// Records average about 1.6 KB: mixed kinds (about half agreements), 60 countries where a few
// hubs (Kazakhstan, Pakistan, Türkiye, China, ...) take part in most records, partial dates
// (YYYY, YYYY-MM, YYYY-MM-DD), signatories, validity, events, commitments due by a date or
// counted from an anchor (within/from), sources with URLs, and notes with accents, Cyrillic,
// Arabic and Chinese. Some programmes implement an agreement and name it by id.
//
// Variants are the clean registry of the same size with one pathology (the same number of files,
// every other file byte-identical):
//   duplicate-id         2,000 programmes share one id (fewer when the registry has fewer)
//   dangling-references  1,000 programmes name an agreement that does not exist (a near-miss typo)
//   long-country         one agreement party's country is a 400 KB value
//   long-title           one record's title is 200 KB long (still a valid record)
//
// Importable: generateFiles(options) returns [{ path, text }] without touching the disk;
// writeRegistry(dir, files) writes them; generateRegistry(options) does both.

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The day a generated registry is consistent for: validate with `--as-of 2026-01-01`. */
export const AS_OF = '2026-01-01';
export const VARIANTS = ['clean', 'duplicate-id', 'dangling-references', 'long-country', 'long-title'];

const DUPLICATE_ID_RECORDS = 2000;
const DANGLING_REFERENCES = 1000;
const LONG_COUNTRY_BYTES = 400 * 1024;
const LONG_TITLE_BYTES = 200 * 1024;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: xmur3 to hash the seed, sfc32 for the stream. No Math.random, no
// clock, no locale.

function xmur3(text) {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

/** A random stream: `rng()` in [0, 1) and helpers over it. */
function makeRng(seedText) {
  const seed = xmur3(seedText);
  let a = seed();
  let b = seed();
  let c = seed();
  let d = seed();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Up to n distinct items in list order of first pick. */
    some: (list, n) => {
      const pool = [...list];
      const out = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
    weighted: (entries) => {
      let total = 0;
      for (const [, w] of entries) total += w;
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Sixty real ISO 3166-1 alpha-2 codes (XK is Kosovo's user-assigned code, which coop
// accepts); the weights make a few hubs dominate.

const COUNTRIES = [
  // code, name, capital, weight
  ['KZ', 'Kazakhstan', 'Astana', 16],
  ['PK', 'Pakistan', 'Islamabad', 12],
  ['TR', 'Türkiye', 'Ankara', 11],
  ['CN', 'China', 'Beijing', 10],
  ['RU', 'Russia', 'Moscow', 6],
  ['IN', 'India', 'New Delhi', 5],
  ['SA', 'Saudi Arabia', 'Riyadh', 4],
  ['AE', 'United Arab Emirates', 'Abu Dhabi', 4],
  ['UZ', 'Uzbekistan', 'Tashkent', 4],
  ['AF', 'Afghanistan', 'Kabul', 3],
  ['PS', 'Palestine', 'Ramallah', 3],
  ['EG', 'Egypt', 'Cairo', 3],
  ['IR', 'Iran', 'Tehran', 2],
  ['KG', 'Kyrgyzstan', 'Bishkek', 2],
  ['TJ', 'Tajikistan', 'Dushanbe', 2],
  ['TM', 'Turkmenistan', 'Ashgabat', 2],
  ['AZ', 'Azerbaijan', 'Baku', 2],
  ['QA', 'Qatar', 'Doha', 2],
  ['DE', 'Germany', 'Berlin', 2],
  ['JP', 'Japan', 'Tokyo', 2],
  ['KR', 'South Korea', 'Seoul', 2],
  ['US', 'United States', 'Washington', 2],
  ['GB', 'United Kingdom', 'London', 2],
  ['FR', 'France', 'Paris', 2],
  ['GE', 'Georgia', 'Tbilisi', 1],
  ['AM', 'Armenia', 'Yerevan', 1],
  ['BY', 'Belarus', 'Minsk', 1],
  ['UA', 'Ukraine', 'Kyiv', 1],
  ['BD', 'Bangladesh', 'Dhaka', 1],
  ['ID', 'Indonesia', 'Jakarta', 1],
  ['MY', 'Malaysia', 'Kuala Lumpur', 1],
  ['KW', 'Kuwait', 'Kuwait City', 1],
  ['OM', 'Oman', 'Muscat', 1],
  ['JO', 'Jordan', 'Amman', 1],
  ['LB', 'Lebanon', 'Beirut', 1],
  ['IQ', 'Iraq', 'Baghdad', 1],
  ['SY', 'Syria', 'Damascus', 1],
  ['YE', 'Yemen', "Sana'a", 1],
  ['SD', 'Sudan', 'Khartoum', 1],
  ['ET', 'Ethiopia', 'Addis Ababa', 1],
  ['KE', 'Kenya', 'Nairobi', 1],
  ['NG', 'Nigeria', 'Abuja', 1],
  ['ZA', 'South Africa', 'Pretoria', 1],
  ['MA', 'Morocco', 'Rabat', 1],
  ['DZ', 'Algeria', 'Algiers', 1],
  ['TN', 'Tunisia', 'Tunis', 1],
  ['SO', 'Somalia', 'Mogadishu', 1],
  ['IT', 'Italy', 'Rome', 1],
  ['ES', 'Spain', 'Madrid', 1],
  ['BR', 'Brazil', 'Brasília', 1],
  ['CU', 'Cuba', 'Havana', 1],
  ['VN', 'Viet Nam', 'Hanoi', 1],
  ['TH', 'Thailand', 'Bangkok', 1],
  ['LK', 'Sri Lanka', 'Colombo', 1],
  ['NP', 'Nepal', 'Kathmandu', 1],
  ['MN', 'Mongolia', 'Ulaanbaatar', 1],
  ['XK', 'Kosovo', 'Pristina', 1],
  ['SN', 'Senegal', 'Dakar', 1],
  ['HU', 'Hungary', 'Budapest', 1],
  ['RS', 'Serbia', 'Belgrade', 1],
];
const COUNTRY = new Map(COUNTRIES.map(([code, name, capital]) => [code, { code, name, capital }]));
const COUNTRY_WEIGHTS = COUNTRIES.map(([code, , , weight]) => [code, weight]);

const AREAS = [
  'burn-care', 'cardiology', 'emergency-care', 'endoscopy', 'health-systems', 'health-workforce', 'infectious-diseases',
  'maternal-child-health', 'medical-education', 'medical-research', 'mental-health', 'noncommunicable-diseases', 'oncology',
  'ophthalmology', 'organ-transplantation', 'orthopaedics', 'pharmaceuticals', 'plastic-surgery', 'primary-care', 'public-health', 'surgery',
];
const AREA_WORDS = {
  'burn-care': 'burn care', cardiology: 'cardiology', 'emergency-care': 'emergency medicine', endoscopy: 'endoscopy',
  'health-systems': 'health systems', 'health-workforce': 'the health workforce', 'infectious-diseases': 'infectious diseases',
  'maternal-child-health': 'maternal and child health', 'medical-education': 'medical education', 'medical-research': 'medical research',
  'mental-health': 'mental health', 'noncommunicable-diseases': 'noncommunicable diseases', oncology: 'oncology',
  ophthalmology: 'ophthalmology', 'organ-transplantation': 'organ transplantation', orthopaedics: 'orthopaedics',
  pharmaceuticals: 'pharmaceuticals', 'plastic-surgery': 'plastic surgery', 'primary-care': 'primary care',
  'public-health': 'public health', surgery: 'surgery',
};
const INSTRUMENTS = [
  ['memorandum-of-understanding', 10, 'memorandum of understanding', 'mou'],
  ['agreement', 5, 'agreement', 'agreement'],
  ['protocol', 2, 'protocol', 'protocol'],
  ['letter-of-intent', 1, 'letter of intent', 'loi'],
  ['joint-declaration', 1, 'joint declaration', 'declaration'],
  ['treaty', 1, 'treaty', 'treaty'],
  ['exchange-of-notes', 1, 'exchange of notes', 'notes'],
  ['other', 1, 'arrangement', 'arrangement'],
];
const INSTRUMENT = new Map(INSTRUMENTS.map(([key, , words, slug]) => [key, { words, slug }]));
const AGREEMENT_STATUSES = [['signed', 8], ['in-force', 6], ['expired', 2], ['negotiating', 1], ['unknown', 2], ['suspended', 1], ['terminated', 1], ['superseded', 1]];
const PROGRAMME_STATUSES = [['active', 8], ['completed', 4], ['planned', 2], ['unknown', 1], ['suspended', 1], ['cancelled', 1]];
const MODALITIES = ['training', 'scholarship', 'exchange', 'joint-research', 'medical-mission', 'capacity-building', 'supply', 'other'];
const MODALITY_WORDS = {
  training: 'specialised training', scholarship: 'medical scholarships', exchange: 'clinician exchange', 'joint-research': 'joint research',
  'medical-mission': 'medical missions', 'capacity-building': 'capacity building', supply: 'medical supplies', other: 'cooperation',
};
const EVENT_TYPES = [['delegation-visit', 4], ['training-cohort', 3], ['student-cohort', 2], ['medical-mission', 2], ['meeting', 2], ['other', 1]];
const SITE_TYPES = ['hospital', 'clinic', 'university', 'ministry', 'other'];
const SITE_NAMES = [
  'Republican Diagnostic Centre', 'National Scientific Cardiac Surgery Centre', 'Pakistan Institute of Medical Sciences', 'Shifa International',
  'Hacettepe University Hospital', 'Peking Union Medical College Hospital', 'Wazir Mohammad Akbar Khan', 'Al-Shifa', 'Sheikh Zayed',
  'Asfendiyarov Kazakh National Medical University', 'Aga Khan University Hospital', 'Ankara City Hospital', 'Kasr Al Ainy',
  'Tashkent Medical Academy', 'Children’s Hospital No. 2', 'Institut Pasteur', 'Charité', 'Sechenov University', 'Mayo Clinic',
  'King Faisal Specialist Hospital', 'Hôpital Européen Georges-Pompidou', 'Clínica Universidad de Navarra', 'Ministry of Health',
];
const GIVEN = ['Aigerim', 'Nurlan', 'Syed', 'Ayesha', 'Mehmet', 'Elif', 'Wei', 'Li Na', 'Olga', 'Dmitry', 'Fatima', 'Omar', 'Priya', 'Rahul', 'Gulnara', 'Bakhyt', 'José', 'Zoë', 'Chloé', 'Noorjalal', 'Hamid', 'Saule', 'Jürgen', 'Søren', 'Nguyễn', 'Ahmet', 'Dilnoza'];
const FAMILY = ['Sätbayeva', 'Abenov', 'Kamal', 'Siddiqui', 'Yılmaz', 'Öztürk', 'Zhang', 'Wang', 'Ivanova', 'Petrov', 'Al-Hashimi', 'Haddad', 'Sharma', 'Patel', 'Nurpeisova', 'Tokayev', 'García', 'Müller', 'Lefèvre', 'Jalali', 'Karimi', 'Dzhaksybekova', 'Çelik', 'Ødegaard', 'Văn An', 'Rashidova'];
const ROLES = ['Minister of Health', 'Deputy Minister of Health', 'Vice Minister of Health', 'Ambassador', 'Director of International Cooperation', 'Rector', 'Chief Physician', 'Head of the delegation'];
const PUBLISHERS = [
  ['Kazinform', 'https://www.inform.kz/en/'], ['Associated Press of Pakistan', 'https://www.app.com.pk/national/'], ['Anadolu Agency', 'https://www.aa.com.tr/en/health/'],
  ['Xinhua', 'https://english.news.cn/'], ['TASS', 'https://tass.com/society/'], ['The Hindu', 'https://www.thehindu.com/news/'],
  ['Saudi Press Agency', 'https://www.spa.gov.sa/en/'], ['WAM', 'https://www.wam.ae/en/article/'], ['Dawn', 'https://www.dawn.com/news/'],
  ['UzA', 'https://uza.uz/en/posts/'], ['Daily Sabah', 'https://www.dailysabah.com/turkiye/'], ['The Astana Times', 'https://astanatimes.com/'],
  ['WHO', 'https://www.who.int/news/item/'], ['Ministry of Health', 'https://www.gov.kz/memleket/entities/dsm/press/news/details/'],
];
const VIA = ['the Ministry of Health', 'the Ministry of Foreign Affairs', 'the embassy', 'a joint press release', 'the national news agency'];
const HEADLINES = [
  'sign memorandum to expand cooperation in health', 'agree on training of medical staff', 'discuss joint projects in healthcare',
  'launch medical scholarship programme', 'deepen cooperation in medical education', 'send medical mission', 'open joint research centre',
  'agree to exchange doctors and nurses', 'hold first meeting of joint health working group',
];
const NOTE_EN = [
  'The source gives the month of signing but not the day.',
  'Areas as the ministry listed them; the source does not say whether the instrument is binding.',
  'The text of the agreement has not been published; the facts come from press reports.',
  'A follow-up meeting was announced but no date was given.',
  'The source calls it "the agreement" but gives no form of the instrument and no signatories.',
  'Figures are as the source reports them and have not been checked against official statistics.',
  'The programme is funded by the host country; tuition and accommodation are covered.',
  'Both sides referred to an earlier protocol whose text is not available.',
];
const NOTE_QUOTES = [
  'Le protocole prévoit la création d’un comité mixte chargé du suivi et de l’évaluation.',
  'Sağlık Bakanlığı ile imzalanan mutabakat zaptı, hekim değişimini ve ortak eğitimi öngörüyor.',
  'Стороны договорились о подготовке медицинских кадров и обмене опытом в области кардиологии.',
  'Тараптар медицина қызметкерлерін даярлау және тәжірибе алмасу бойынша келісімге келді.',
  'اتفق الطرفان على تعزيز التعاون في مجال الصحة وتدريب الكوادر الطبية وتبادل الخبرات.',
  'دونوں ممالک نے صحت کے شعبے میں تعاون بڑھانے اور طبی عملے کی تربیت پر اتفاق کیا۔',
  '双方同意在卫生领域加强合作，包括医务人员培训和联合研究。',
  'O acordo prevê bolsas de estudo para médicos e enfermeiros e a troca de especialistas.',
  'Die Vereinbarung sieht den Austausch von Fachärzten vor; die Kosten übernimmt das Gastland.',
  'El memorando contempla la formación de personal sanitario y misiones médicas conjuntas.',
];
const COMMITMENTS = [
  ['working-group', 'Establish a joint health working group to supervise the implementation', 'a working group will be established within the next 30 days'],
  ['action-plan', 'Adopt a joint action plan with named projects, budgets and responsible institutions', 'the parties shall adopt an action plan'],
  ['train-specialists', 'Train specialists of the other party at leading national medical institutions', 'will train up to 100 specialists a year'],
  ['exchange-visits', 'Organise exchange visits of doctors, nurses and hospital managers', 'regular exchange of visits'],
  ['joint-research', 'Launch joint research projects and publish their results', 'joint research in priority areas'],
  ['supply-medicines', 'Deliver a consignment of essential medicines and medical equipment', 'will deliver before the end of the year'],
  ['open-centre', 'Open a joint diagnostic and treatment centre', 'a centre will open in the capital'],
  ['annual-review', 'Review progress at an annual meeting of the parties', 'meet once a year, alternately in each country'],
  ['scholarships', 'Offer scholarships for undergraduate and postgraduate medical study', 'scholarships will be offered every year'],
  ['telemedicine', 'Connect partner hospitals through a telemedicine network', 'a telemedicine link between the hospitals'],
];
const COMMITMENT_STATUSES = [['pending', 5], ['met', 4], ['partially-met', 1], ['missed', 1], ['cancelled', 1], ['unknown', 1]];
const DURATIONS = ['P30D', 'P60D', 'P90D', 'P2W', 'P3M', 'P6M', 'P1Y', 'P2Y'];

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01, UTC), written with a chosen precision. Dates are
// drawn in order and only then cut to YYYY-MM or YYYY, which widens them, so an order that holds
// for the days can never become "surely" wrong.

const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 0, 1) / DAY;
const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;
const pad2 = (n) => String(n).padStart(2, '0');

function formatDay(day, precision) {
  const t = new Date(day * DAY);
  const y = String(t.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad2(t.getUTCMonth() + 1)}`;
  return `${y}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}
const yearOf = (day) => new Date(day * DAY).getUTCFullYear();
const precisionOf = (rng) => rng.weighted([['day', 7], ['month', 2], ['year', 1]]);
const dateText = (rng, day) => formatDay(day, precisionOf(rng));
const between = (rng, lo, hi) => rng.int(Math.min(lo, hi), Math.max(lo, hi));

// ---------------------------------------------------------------------------------------------
// Records.

function pickCountries(rng, n) {
  const out = [];
  while (out.length < n) {
    const code = rng.weighted(COUNTRY_WEIGHTS);
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

function person(rng, country) {
  const p = {};
  const named = rng.chance(0.75);
  if (named) p.name = `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
  if (!named || rng.chance(0.7)) {
    const role = rng.pick(ROLES);
    p.role = role === 'Ambassador' ? `Ambassador in ${COUNTRY.get(rng.pick(COUNTRIES)[0]).capital}` : role;
  }
  p.country = country;
  return p;
}

function sources(rng, countries, latestDay, slug) {
  const out = [];
  const n = rng.weighted([[1, 6], [2, 3], [3, 1]]);
  for (let i = 0; i < n; i++) {
    const [publisher, base] = rng.pick(PUBLISHERS);
    const names = countries.map((c) => COUNTRY.get(c).name);
    const published = between(rng, latestDay, Math.min(TODAY - 1, latestDay + 60));
    const s = { title: `${names[0]} and ${names[1]} ${rng.pick(HEADLINES)}` };
    const form = rng.weighted([['publisher+url', 6], ['publisher', 2], ['via', 1], ['url', 1]]);
    if (form.startsWith('publisher')) s.publisher = publisher;
    if (form === 'via' || rng.chance(0.15)) s.via = `${rng.pick(VIA)} of ${names[rng.int(0, 1)]}`;
    if (form.endsWith('url')) s.url = `${base}${yearOf(published)}/${pad2(rng.int(1, 12))}/${slug}-${rng.int(1000, 99999)}`;
    if (rng.chance(0.85)) s.published = dateText(rng, published);
    if (s.url && rng.chance(0.5)) s.accessed = formatDay(between(rng, published, TODAY - 1), 'day');
    out.push(s);
  }
  return out;
}

function notes(rng, names) {
  const parts = [];
  const n = rng.int(1, 3);
  for (const sentence of rng.some(NOTE_EN, n)) parts.push(sentence);
  parts.push(`${names[0]} and ${names[1]} have cooperated in health since at least ${rng.int(1995, 2015)}.`);
  if (rng.chance(0.8)) parts.push(`The source quotes the signing ceremony: «${rng.pick(NOTE_QUOTES)}»`);
  return parts.join(' ');
}

/**
 * Commitments due by a date or counted from an anchor the record has. Pending ones fall around
 * AS_OF so `coop deadlines` has overdue and upcoming items; met ones say when.
 */
function commitments(rng, anchors, startDay) {
  const out = [];
  const n = rng.weighted([[0, 2], [1, 4], [2, 4], [3, 2], [4, 1]]);
  for (const [id, text, basis] of rng.some(COMMITMENTS, n)) {
    const c = { id, text, basis: undefined, due: undefined };
    if (rng.chance(0.4)) c.basis = basis;
    c.status = rng.weighted(COMMITMENT_STATUSES);
    // Old promises have mostly been settled one way or another: a pending one is usually due
    // within a year either side of AS_OF, so some are overdue and some upcoming.
    const recent = c.status === 'pending' && rng.chance(0.8);
    const form = rng.weighted([['date', 5], ['within', anchors.length && !recent ? 4 : 0], ['none', 2]]);
    const dueFrom = recent ? Math.max(startDay + 30, TODAY - 365) : startDay + 30;
    if (form === 'date') c.due = { date: dateText(rng, between(rng, dueFrom, recent ? TODAY + 365 : TODAY + 200)) };
    if (form === 'within') c.due = { within: rng.pick(DURATIONS), from: rng.pick(anchors) };
    if (c.status === 'met') c.met_on = dateText(rng, between(rng, Math.min(startDay, TODAY - 1), TODAY - 1));
    out.push(c);
  }
  return out;
}

function agreement(rng, i) {
  const parties = pickCountries(rng, rng.weighted([[2, 9], [3, 1]]));
  const names = parties.map((c) => COUNTRY.get(c).name);
  const instrument = rng.weighted(INSTRUMENTS.map(([key, weight]) => [key, weight]));
  const { words, slug } = INSTRUMENT.get(instrument);
  const status = rng.weighted(AGREEMENT_STATUSES);
  const areas = rng.some(AREAS, rng.int(1, 5));

  // Underlying days, in order: signed < entry into force < expiry, placed to agree with status.
  let signed;
  let inForce;
  let expires;
  if (status === 'negotiating') {
    signed = undefined;
  } else if (status === 'expired') {
    signed = between(rng, dayOf(2000, 1, 1), dayOf(2019, 12, 31));
    inForce = signed + rng.int(0, 180);
    expires = between(rng, inForce + 365, TODAY - 30);
  } else {
    signed = between(rng, dayOf(2005, 1, 1), TODAY - 1);
    if (status === 'in-force' || (status !== 'signed' && rng.chance(0.5))) inForce = Math.min(signed + rng.int(0, 200), TODAY - 1);
    if (status === 'signed' && rng.chance(0.3)) inForce = signed + rng.int(10, 400);
    if (rng.chance(0.35)) {
      const from = inForce ?? signed;
      expires = status === 'signed' || status === 'in-force' ? Math.max(from + 365 * rng.int(3, 10), TODAY + rng.int(0, 3000)) : from + 365 * rng.int(2, 10);
    }
  }
  const year = signed === undefined ? 'draft' : String(yearOf(signed));
  const id = `${parties.slice(0, 2).join('-').toLowerCase()}-health-${slug}-${year}-${i}`;
  const r = { id, kind: 'agreement', title: `${names.join('–')} ${words} on cooperation in ${AREA_WORDS[areas[0]]}`, instrument };
  if (rng.chance(0.7)) r.legal_nature = rng.weighted([['unknown', 5], ['non-binding', 3], ['binding', 2]]);
  r.parties = parties.map((country) => ({ country }));
  if (signed !== undefined && rng.chance(0.7)) r.signatories = parties.map((c) => person(rng, c));
  if (signed !== undefined) {
    r.signed = { date: dateText(rng, signed) };
    if (rng.chance(0.7)) r.signed.place = COUNTRY.get(rng.pick(parties)).capital;
  }
  if (inForce !== undefined) r.entry_into_force = dateText(rng, inForce);
  if (expires !== undefined) r.expires = dateText(rng, expires);
  if (rng.chance(0.4)) {
    let years = rng.int(2, 10);
    r.validity = { duration: undefined };
    if (rng.chance(0.8)) r.validity.renewal = rng.weighted([['automatic', 4], ['negotiated', 2], ['none', 1], ['unknown', 1]]);
    if (rng.chance(0.5)) r.validity.notice = rng.pick(['P3M', 'P6M', 'P90D', 'P1Y']);
    // Without expires, entry into force + duration is the expiry (rolled on when renewal is
    // automatic): a signed or in-force agreement's term must not have ended by AS_OF.
    if ((status === 'signed' || status === 'in-force') && expires === undefined && inForce !== undefined && r.validity.renewal !== 'automatic') {
      const needed = Math.ceil((TODAY + 400 - inForce) / 365);
      if (needed > 10) r.validity.renewal = 'automatic';
      else years = Math.max(years, needed);
    }
    // An automatic renewal would roll an expired agreement's term on past AS_OF.
    if (status === 'expired' && r.validity.renewal === 'automatic') r.validity.renewal = 'negotiated';
    r.validity.duration = `P${years}Y`;
  }
  r.status = status;
  r.areas = areas;
  const anchors = [...(signed !== undefined ? ['signed'] : []), ...(inForce !== undefined ? ['entry_into_force'] : [])];
  const cs = commitments(rng, anchors, signed ?? TODAY - 400);
  if (cs.length) r.commitments = cs;
  r.sources = sources(rng, parties, signed ?? TODAY - 200, slug);
  if (rng.chance(0.92)) r.notes = notes(rng, names);
  return { record: r, parties, year };
}

function programme(rng, i, agreements) {
  const implementing = agreements.length > 0 && rng.chance(0.4) ? rng.pick(agreements) : undefined;
  const countries = implementing ? [...implementing.parties] : pickCountries(rng, rng.weighted([[2, 7], [3, 2], [4, 1]]));
  const names = countries.map((c) => COUNTRY.get(c).name);
  const modalities = rng.some(MODALITIES, rng.weighted([[1, 5], [2, 3], [3, 1]]));
  const status = rng.weighted(PROGRAMME_STATUSES);
  const areas = rng.some(AREAS, rng.int(1, 4));

  let start;
  let end;
  if (status === 'planned') {
    if (rng.chance(0.7)) start = TODAY + rng.int(0, 400);
  } else if (status === 'completed') {
    start = between(rng, dayOf(2005, 1, 1), TODAY - 400);
    end = between(rng, start + 30, TODAY - 1);
  } else if (status === 'active') {
    start = between(rng, dayOf(2012, 1, 1), TODAY - 1);
    if (rng.chance(0.4)) end = TODAY + rng.int(0, 1500);
  } else if (rng.chance(0.8)) {
    start = between(rng, dayOf(2008, 1, 1), TODAY - 100);
    if (rng.chance(0.5)) end = between(rng, start + 30, TODAY + 700);
  }
  const modality = MODALITY_WORDS[modalities[0]];
  const id = `${countries.slice(0, 2).join('-').toLowerCase()}-${modalities[0]}-${start === undefined ? 'undated' : yearOf(start)}-${i}`;
  const title = rng.chance(0.5)
    ? `${names[0]}’s ${modality} programme for ${names[1]} in ${AREA_WORDS[areas[0]]}`
    : `${names.join('–')} programme of ${modality} in ${AREA_WORDS[areas[0]]}`;
  const r = { id, kind: 'programme', title, modalities };
  r.countries = countries.map((country, k) => ({ country, role: k === 0 ? 'provider' : k === 1 ? 'recipient' : 'partner' }));
  if (implementing) r.agreement = implementing.id;
  if (start !== undefined) r.start = dateText(rng, start);
  if (end !== undefined) r.end = dateText(rng, end);
  r.status = status;
  r.areas = areas;
  const events = [];
  const from = start ?? TODAY - 1000;
  for (let k = rng.weighted([[0, 2], [1, 4], [2, 3], [3, 1]]); k > 0; k--) {
    const type = rng.weighted(EVENT_TYPES);
    const [a, b] = rng.chance(0.5) ? [countries[0], countries[1]] : [countries[1], countries[0]];
    const e = { type, description: `${rng.int(3, 40)} ${type === 'student-cohort' ? 'students' : 'doctors and nurses'} from ${COUNTRY.get(a).name} travelled to ${COUNTRY.get(b).name} for ${modality}.` };
    if (rng.chance(0.4)) e.description += ` They visited ${rng.int(2, 6)} hospitals and took part in joint operations alongside local colleagues.`;
    if (rng.chance(0.8)) e.date = dateText(rng, between(rng, from, Math.min(TODAY - 1, from + 1200)));
    if (rng.chance(0.5)) e.duration = rng.pick(['P1W', 'P2W', 'P10D', 'P1M', 'P3M', 'P6M']);
    e.from = a;
    e.to = b;
    if (rng.chance(0.6)) e.size = rng.int(3, 250);
    if (rng.chance(0.4)) e.sites = rng.some(SITE_NAMES, rng.int(1, 3)).map((name) => (rng.chance(0.8) ? { name, type: rng.pick(SITE_TYPES) } : { name }));
    if (rng.chance(0.3)) e.people = [person(rng, a)];
    events.push(e);
  }
  if (events.length) r.events = events;
  const cs = commitments(rng, start !== undefined ? ['start'] : [], start ?? TODAY - 400);
  if (cs.length) r.commitments = cs;
  r.sources = sources(rng, countries, start === undefined ? TODAY - 300 : Math.min(start, TODAY - 1), modalities[0]);
  if (rng.chance(0.92)) r.notes = notes(rng, names);
  return { record: r };
}

/** The clean records, in order; record i depends only on the seed and the records before it. */
function generateRecords(count, seed) {
  const rng = makeRng(`coop-bench:${seed}`);
  const agreements = [];
  const records = [];
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.5)) {
      const { record, parties } = agreement(rng, i);
      agreements.push({ id: record.id, parties });
      records.push(record);
    } else {
      records.push(programme(rng, i, agreements).record);
    }
  }
  return records;
}

// ---------------------------------------------------------------------------------------------
// Pathological variants: the same files as the clean registry with one change.

/** `count` items spread evenly over `list`. */
function spread(list, count) {
  const n = Math.min(count, list.length);
  return Array.from({ length: n }, (_, k) => list[Math.floor((k * list.length) / n)]);
}

/** A string of exactly `bytes` ASCII characters made of `words`, without trailing space. */
function filler(words, bytes) {
  let text = '';
  for (let k = 0; text.length < bytes; k++) text += (k ? ' ' : '') + words[k % words.length];
  text = text.slice(0, bytes);
  return text.endsWith(' ') ? `${text.slice(0, -1)}x` : text;
}

/** Changes the clean records in place; returns how many records the variant touched. */
function applyVariant(records, variant, seed) {
  const rng = makeRng(`coop-bench:${seed}:${variant}`);
  const programmes = records.filter((r) => r.kind === 'programme');
  const agreements = records.filter((r) => r.kind === 'agreement');
  switch (variant) {
    case 'clean':
      return 0;
    case 'duplicate-id': {
      const chosen = spread(programmes, DUPLICATE_ID_RECORDS);
      const shared = chosen[0]?.id;
      for (const r of chosen) r.id = shared; // the files keep their names: copies of one template
      return chosen.length;
    }
    case 'dangling-references': {
      if (!agreements.length) return 0;
      const chosen = spread(programmes, DANGLING_REFERENCES);
      for (const r of chosen) {
        const target = r.agreement ?? rng.pick(agreements).id;
        // A near miss: the year of the id off by one, so a did-you-mean has something to find.
        r.agreement = target.replace(/-(\d{4}|draft)-(\d+)$/, (_, year, n) => `-${year === 'draft' ? 'drafts' : Number(year) + 1}-${n}`);
      }
      return chosen.length;
    }
    case 'long-country': {
      const r = agreements[Math.floor(agreements.length / 2)];
      if (r) r.parties[1].country = new Line(filler(['Republic', 'of', 'Kazakhstan'], LONG_COUNTRY_BYTES));
      return r ? 1 : 0;
    }
    case 'long-title': {
      const r = records[Math.floor(records.length / 2)];
      if (r) r.title = new Line(filler(['Joint', 'programme', 'of', 'health', 'cooperation', 'and', 'medical', 'training', 'for', 'Kazakhstan'], LONG_TITLE_BYTES));
      return r ? 1 : 0;
    }
    default:
      throw new Error(`unknown variant "${variant}"; one of ${VARIANTS.join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// YAML, written the way people write registry files: block style, quoted dates, long text folded
// with >-, some short lists and the occasional deadline in flow style.

/** A string written on one line as a plain scalar, however long (pathological values). */
class Line {
  constructor(text) {
    this.text = text;
  }
}
const FLOW = new WeakSet();
const flow = (value) => (FLOW.add(value), value);
const WIDTH = 96;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function isPlainSafe(text) {
  return /^\p{L}/u.test(text) && !/[\n\t]|: |:$| #|^\s|\s$/.test(text) && !RESERVED.test(text);
}

function scalar(value) {
  if (value instanceof Line) {
    if (!isPlainSafe(value.text)) throw new Error('a Line must be a plain scalar');
    return value.text;
  }
  if (typeof value === 'number') return String(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** Words wrapped into lines of at most `width` characters (a longer word stays whole). */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Folding keeps the text exactly: single spaces, no line breaks, no spaces at the ends. */
const foldable = (text) => typeof text === 'string' && text.length > 100 && !/\n|\t| {2}|^ | $/.test(text);

function flowValue(value) {
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  if (value && typeof value === 'object' && !(value instanceof Line)) return `{${Object.entries(value).map(([k, v]) => `${k}: ${flowValue(v)}`).join(', ')}}`;
  const text = scalar(value);
  if (/[,[\]{}]/.test(text)) throw new Error(`"${text}" cannot be written in flow style`);
  return text;
}

/** The lines of a mapping's entries at `indent` spaces. */
function mappingLines(obj, indent) {
  const pad = ' '.repeat(indent);
  const lines = [];
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (Array.isArray(value) || (value && typeof value === 'object' && !(value instanceof Line))) {
      if (FLOW.has(value)) {
        lines.push(`${pad}${key}: ${flowValue(value)}`);
      } else if (Array.isArray(value)) {
        lines.push(`${pad}${key}:`);
        for (const item of value) lines.push(...itemLines(item, indent + 2));
      } else {
        lines.push(`${pad}${key}:`, ...mappingLines(value, indent + 2));
      }
    } else if (foldable(value)) {
      lines.push(`${pad}${key}: >-`, ...wrap(value, WIDTH - indent - 2).map((l) => `${pad}  ${l}`));
    } else {
      lines.push(`${pad}${key}: ${scalar(value)}`);
    }
  }
  return lines;
}

/** A sequence item at `indent`: `- scalar`, or `- key: ...` with the rest of the mapping under it. */
function itemLines(item, indent) {
  const pad = ' '.repeat(indent);
  if (item && typeof item === 'object' && !(item instanceof Line)) {
    const lines = mappingLines(item, indent + 2);
    lines[0] = `${pad}- ${lines[0].slice(indent + 2)}`;
    return lines;
  }
  return [`${pad}- ${scalar(item)}`];
}

function recordText(record, rng) {
  // Short enum lists and deadlines are sometimes written in flow style, as people do.
  if (rng.chance(0.2)) flow(record.areas);
  if (record.modalities && rng.chance(0.3)) flow(record.modalities);
  for (const c of record.commitments ?? []) if (c.due && rng.chance(0.3)) flow(c.due);
  const folder = record.kind === 'agreement' ? 'agreement' : 'programme';
  return `# yaml-language-server: $schema=../../schemas/${folder}.schema.json\n${mappingLines(record, 0).join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Public API.

/**
 * A generated registry: `files` as [{ path: 'agreements/<id>.yaml', text }] in generation order,
 * and `affected`, how many records the variant changed (0 for clean). `records` is the number of
 * files; `variant` one of VARIANTS.
 */
export function generate({ records, seed = 1, variant = 'clean' }) {
  if (!Number.isInteger(records) || records < 1) throw new Error(`records must be a positive integer, not ${records}`);
  if (!VARIANTS.includes(variant)) throw new Error(`unknown variant "${variant}"; one of ${VARIANTS.join(', ')}`);
  const list = generateRecords(records, seed);
  // File names come from the clean ids, so a variant changes contents, never names.
  const names = list.map((r) => `${r.kind === 'agreement' ? 'agreements' : 'programmes'}/${r.id}.yaml`);
  const affected = applyVariant(list, variant, seed);
  const style = makeRng(`coop-bench:${seed}:style`);
  return { files: list.map((record, i) => ({ path: names[i], text: recordText(record, style) })), affected };
}

/** The files of a generated registry (see generate). */
export function generateFiles(options) {
  return generate(options).files;
}

/** Writes files from generateFiles under dir, which must be empty or absent. */
export function writeRegistry(dir, files) {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length) throw new Error(`${dir} is not empty; give a new or empty folder`);
  mkdirSync(join(dir, 'agreements'));
  mkdirSync(join(dir, 'programmes'));
  let bytes = 0;
  for (const { path, text } of files) {
    writeFileSync(join(dir, path), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: files.length, bytes };
}

/** Generates and writes a registry; returns counts for a summary line. */
export function generateRegistry({ records, seed = 1, variant = 'clean', out }) {
  const { files, affected } = generate({ records, seed, variant });
  const { bytes } = writeRegistry(out, files);
  const agreements = files.filter((f) => f.path.startsWith('agreements/')).length;
  return { dir: resolve(out), records: files.length, agreements, programmes: files.length - agreements, bytes, affected };
}

// ---------------------------------------------------------------------------------------------
// Command line.

const USAGE = `usage: node bench/generate.js --records N --out DIR [--seed S] [--variant ${VARIANTS.join('|')}]

Writes a valid, realistic registry of N records to DIR (new or empty). Check it with
  node bin/coop.js validate --registry DIR --as-of ${AS_OF}`;

function main(argv) {
  const options = { seed: '1', variant: 'clean' };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++k];
    if (name === '--records') options.records = Number(value());
    else if (name === '--seed') options.seed = value();
    else if (name === '--out') options.out = value();
    else if (name === '--variant') options.variant = value();
    else if (name === '-h' || name === '--help') return void console.log(USAGE);
    else throw new UsageError(`unknown argument "${arg}"`);
  }
  if (!options.out || !Number.isInteger(options.records) || options.records < 1) throw new UsageError('--records (a positive integer) and --out are required');
  const seed = /^-?\d+$/.test(options.seed) ? Number(options.seed) : options.seed;
  const r = generateRegistry({ records: options.records, seed, variant: options.variant, out: options.out });
  console.log(`${r.dir}: ${r.records} records (${r.agreements} agreements, ${r.programmes} programmes), ${r.bytes} bytes, ${Math.round(r.bytes / r.records)} bytes a record; variant ${options.variant}${r.affected ? ` (${r.affected} records changed)` : ''}, seed ${options.seed}`);
}

class UsageError extends Error {}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate: ${error.message}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = 2;
  }
}

