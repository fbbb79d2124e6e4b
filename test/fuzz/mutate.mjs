// Mutations of a registry: text edits that keep most of a record's shape (so hostile values reach
// the output formats), byte-level damage, and changes to which files exist and where.
// Everything here is pure and deterministic given the Rng; sizes are capped (strings ≤ 200 KB,
// nesting ≤ 400 levels, ≤ 60 copies of a file).

import fc from 'fast-check';

export const LIMITS = {
  longString: 200 * 1024,
  nesting: 400,
  copies: 60,
  listItems: 5000,
};

// ---------------------------------------------------------------------------------------------
// Dictionaries

/** Control, bidi and other characters that must never reach an output raw. */
export const HOSTILE_CHARS = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\u001b', '\u001f', '\u007f',
  '\u0080', '\u0085', '\u009b', '\u009f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\ufeff', '\u200b', '\ud800', '\udfff',
];

/** Longer hostile pieces: terminal escape sequences, forged lines, markup break-outs. */
export const HOSTILE_PIECES = [
  '\u001b[31mRED\u001b[0m',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007',
  '\u001b]0;pwned\u0007',
  '\u009b31m',
  'abc\u202egpj.exe',
  '\u2066admin\u2069',
  '\r\u001b[Kforged',
  '\nregistry/agreements/forged.yaml:1:1: error [forged] not a real finding',
  '\n::error file=forged.yaml,line=1,col=1::forged annotation',
  '%0A::error::forged',
  '`\n# Heading\n<script>alert(1)</script>',
  '<!-- hidden',
  '](javascript:alert(1))',
  '| a | b |',
  '=cmd|\' /C calc\'!A0',
  '@SUM(1+1)',
  '"\r\n',
  'END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged',
  '\\u001b',
  '\u0000\u0000\u0000',
];

export const PROTO_NAMES = [
  '__proto__', 'constructor', 'prototype', 'valueOf', 'toString', 'hasOwnProperty', 'toJSON',
  'isPrototypeOf', '__defineGetter__', 'then', 'length', 'toLocaleString',
];

export const HUGE_DURATIONS = [
  'P999999999999D', 'P300000Y', 'P99999999999999999999Y', 'PT9999999999999H', 'P1000000W',
  'P275760Y', 'P100000000D', 'P2147483648D', 'P9007199254740993D', 'P1e9D', 'P0D', 'PT0S', 'P',
  '-P1D', 'P-1D', 'P1.5D', 'P1Y2M3W4DT5H6M7S', 'PT1H', 'P1W2D', '999999999999d', '0d', '-5d',
  'P30D ', ' P30D', 'p30d', 'P30DP30D', 'P0Y0M0D', 'PT0.000000001S', 'P1M',
];

export const BAD_DATES = [
  '2025-02-30', '2025-02-29', '2024-02-29', '0000-01-01', '0001-01-01', '9999-12-31',
  '+275760-09-13', '275760-09-14', '-000001-01-01', '2025-13-01', '2025-00-10', '2025-9-7',
  '1969-12-31', '1900-01-01', '2025', '2025-10', '2025-10-01T00:00:00Z', '2025-10-01 12:00',
  '20251001', '2025-W40', '2025-274', '2026-10-01', '2100-01-01', 'yesterday', '',
];

const YAML11 = [
  'yes', 'no', 'Yes', 'No', 'YES', 'NO', 'on', 'off', 'On', 'OFF', 'y', 'n', 'Y', 'N', 'true',
  'False', '~', 'null', 'Null', '0o17', '017', '0x1F', '1_000', '.inf', '-.inf', '.NaN', '1:20',
  '190:20:30', '2001-12-14t21:59:43.10-05:00', '=', '<<', '0b1010', '+12', '1e3', '-0',
];

const WRONG_TYPES = [
  '42', '-1', '0', '3.14', '1e999', 'true', 'false', 'null', '[]', '{}', '[1, 2]', '{a: 1}',
  '2025-09-17', '[[]]', '[{}]', '{country: PK}', '[PK, PS]', '""', "''", '" "', '!!binary aGVsbG8=',
];

const YAML_TOKENS = [
  ': ', '- ', '#', '&a ', '*a', '!', '|', '>', "'", '"', '{', '}', '[', ']', ',', '? ', '%', '@',
  '`', '\\', '---', '...', '<<: ', '\t', ' ', '\n', '\n  ', '&', '*', '!!', ':', '-', '"\\',
];

const FREE_TEXT_KEYS = ['title', 'notes', 'text', 'basis', 'name', 'role', 'place', 'publisher', 'via', 'description', 'url'];
const IDENTITY_KEYS = ['id', 'country', 'from', 'to', 'status', 'agreement', 'kind', 'instrument', 'type', 'legal_nature', 'within', 'date'];

// ---------------------------------------------------------------------------------------------
// Line helpers

const KEY_LINE = /^( *(?:- +)*)([A-Za-z_$][\w$-]*|"[^"\n]*"|'[^'\n]*'):(?=[ \t]|$)(.*)$/;

function keyLines(lines) {
  const entries = [];
  for (let i = 0; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i]);
    if (m) entries.push({ i, prefix: m[1], key: m[2], rest: m[3], column: m[1].length });
  }
  return entries;
}

/** Index after the lines nested under the key on line i (block scalars, mappings, lists). */
function blockEnd(lines, i, column) {
  let j = i + 1;
  while (j < lines.length) {
    const line = lines[j];
    if (line.trim() === '') {
      j++;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    if (indent > column) j++;
    else break;
  }
  // Trailing blank lines belong to whatever follows.
  while (j > i + 1 && lines[j - 1].trim() === '') j--;
  return j;
}

function pickEntry(lines, rng, preferred = []) {
  const entries = keyLines(lines);
  if (entries.length === 0) return undefined;
  const liked = entries.filter((e) => preferred.includes(e.key));
  return liked.length > 0 && rng.chance(0.8) ? rng.pick(liked) : rng.pick(entries);
}

/** Replaces the value of an entry (and anything nested under it) with `value`, which may span lines. */
function setValue(lines, entry, value) {
  const end = blockEnd(lines, entry.i, entry.column);
  const head = `${entry.prefix}${entry.key}:`;
  const text = value.startsWith('\n') ? `${head}${value}` : `${head} ${value}`;
  return [...lines.slice(0, entry.i), ...text.split('\n'), ...lines.slice(end)];
}

function scalarOf(entry) {
  let v = entry.rest.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return JSON.parse(v);
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) v = v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
const dq = (text) => JSON.stringify(text);

/** YAML's own escapes for some characters JSON would write as \u. */
function yamlEscaped(text) {
  const named = { '\u0000': '\\0', '\u0007': '\\a', '\u0008': '\\b', '\u000b': '\\v', '\u000c': '\\f', '\u001b': '\\e', '\u0085': '\\N', '\u00a0': '\\_', '\u2028': '\\L', '\u2029': '\\P' };
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (named[ch]) out += named[ch];
    else if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || (code >= 0xd800 && code <= 0xdfff)) out += `\\U${code.toString(16).padStart(8, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function encodeString(rng, text) {
  return rng.weighted([
    [6, () => dq(text)],
    [3, () => yamlEscaped(text)],
    [2, () => text], // raw, as a plain scalar: may well break the YAML, which is fine too
    [1, () => `'${text.replace(/'/g, "''")}'`],
  ])();
}

function insertAt(text, index, piece) {
  return text.slice(0, index) + piece + text.slice(index);
}

function fcSample(rng, arbitrary) {
  return fc.sample(arbitrary, { seed: rng.u32() | 0, numRuns: 1 })[0];
}

// ---------------------------------------------------------------------------------------------
// Text mutators: (text, rng, ctx) => [text, note]

function longText(rng, n) {
  const kind = rng.pick(['letters', 'words', 'accents', 'wide', 'emoji', 'combining', 'digits', 'country-ish']);
  const unit = {
    letters: 'a',
    words: 'lorem ipsum dolor ',
    accents: 'é',
    wide: '漢',
    emoji: '👩🏽‍⚕️',
    combining: 'e\u0301\u0302\u0303',
    digits: '1234567890',
    'country-ish': 'Kazakhstanistan',
  }[kind];
  let s = unit.repeat(Math.ceil(n / unit.length));
  s = [...s].slice(0, n).join('');
  return [s, kind];
}

function nested(rng, depth) {
  return rng.weighted([
    [3, () => `${'['.repeat(depth)}x${']'.repeat(depth)}`],
    [2, () => `${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`],
    [1, () => `${'[{a: '.repeat(depth)}x${'}]'.repeat(depth)}`],
    [1, () => `${'['.repeat(depth)}`], // unclosed
    [2, () => {
      // Block style: each level indented two more spaces (bounded by depth ≤ 400 → ≤ 160 KB).
      const lines = [];
      for (let d = 0; d < depth; d++) lines.push(`${'  '.repeat(d + 1)}${rng.chance(0.5) ? '- ' : ''}k${d}:`);
      lines.push(`${'  '.repeat(depth + 1)}leaf`);
      return `\n${lines.join('\n')}`;
    }],
  ])();
}

const TEXT_MUTATORS = {
  control(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng, rng.chance(0.7) ? FREE_TEXT_KEYS : IDENTITY_KEYS);
    if (!entry) return [text, 'control: no entry'];
    const old = scalarOf(entry);
    const piece = rng.chance(0.5) ? rng.pick(HOSTILE_CHARS) : rng.pick(HOSTILE_PIECES);
    const value = insertAt(old, rng.int(old.length + 1), piece);
    return [setValue(lines, entry, encodeString(rng, value)).join('\n'), `control ${entry.key} ${dq(piece)}`];
  },

  wrongType(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng);
    if (!entry) return [text, 'wrongType: no entry'];
    const value = rng.chance(0.7) ? rng.pick(WRONG_TYPES) : JSON.stringify(fcSample(rng, fc.jsonValue({ maxDepth: 3 })));
    return [setValue(lines, entry, value ?? 'null').join('\n'), `wrongType ${entry.key}=${value}`];
  },

  yaml11(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng, ['country', 'status', 'legal_nature', 'kind', 'from', 'to', 'role', 'id']);
    if (!entry) return [text, 'yaml11: no entry'];
    const value = rng.pick(YAML11);
    return [setValue(lines, entry, value).join('\n'), `yaml11 ${entry.key}=${value}`];
  },

  protoValue(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng, ['from', 'status', 'country', 'id', 'agreement', 'kind', 'instrument', 'role', 'type', 'within', 'legal_nature']);
    if (!entry) return [text, 'protoValue: no entry'];
    const value = rng.pick(PROTO_NAMES);
    return [setValue(lines, entry, value).join('\n'), `protoValue ${entry.key}=${value}`];
  },

  protoKey(text, rng) {
    const lines = text.split('\n');
    const entries = keyLines(lines);
    const name = rng.pick(PROTO_NAMES);
    if (entries.length > 0 && rng.chance(0.4)) {
      const entry = rng.pick(entries);
      lines[entry.i] = `${entry.prefix}${name}:${entry.rest}`;
      return [lines.join('\n'), `protoKey rename ${entry.key}->${name}`];
    }
    const value = rng.pick(['x', '1', '{polluted: yes}', '{prototype: {polluted: yes}}', '[1]', 'null', '"signed"', '{country: PK}']);
    const entry = entries.length > 0 ? rng.pick(entries) : { i: lines.length, column: 0 };
    const line = `${' '.repeat(entry.column)}${name}: ${value}`;
    lines.splice(entry.i, 0, line);
    return [lines.join('\n'), `protoKey insert ${name}: ${value}`];
  },

  duration(text, rng) {
    const lines = text.split('\n');
    const value = rng.pick(HUGE_DURATIONS);
    const entries = keyLines(lines).filter((e) => e.key === 'within' || e.key === 'duration');
    if (entries.length > 0 && rng.chance(0.8)) {
      const entry = rng.pick(entries);
      return [setValue(lines, entry, rng.chance(0.8) ? value : dq(value)).join('\n'), `duration ${entry.key}=${value}`];
    }
    // Give a commitment (or an event) a due date counted from an anchor.
    const anchors = keyLines(lines).filter((e) => e.key === 'status' && e.column >= 4);
    if (anchors.length > 0) {
      const entry = rng.pick(anchors);
      const from = rng.pick(['signed', 'entry_into_force', 'start', 'end', 'constructor', '__proto__', 'valueOf']);
      const pad = ' '.repeat(entry.column);
      lines.splice(entry.i, 0, `${pad}due:`, `${pad}  within: ${value}`, `${pad}  from: ${from}`);
      return [lines.join('\n'), `duration add due within ${value} from ${from}`];
    }
    return [`${text.replace(/\n*$/, '')}\nduration: ${value}\n`, `duration top ${value}`];
  },

  date(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng, ['date', 'published', 'start', 'end', 'met_on', 'entry_into_force', 'expires', 'signed']);
    if (!entry) return [text, 'date: no entry'];
    const value = rng.pick(BAD_DATES);
    return [setValue(lines, entry, rng.chance(0.6) ? dq(value) : value || '""').join('\n'), `date ${entry.key}=${value}`];
  },

  longString(text, rng) {
    const lines = text.split('\n');
    const n = rng.logRange(256, LIMITS.longString);
    const variant = rng.weighted([[6, 'value'], [1, 'key'], [2, 'list']]);
    if (variant === 'list') {
      const entry = pickEntry(lines, rng, ['areas', 'modalities', 'parties', 'countries', 'sources']);
      if (!entry) return [text, 'longString: no entry'];
      const items = Math.min(LIMITS.listItems, Math.max(2, Math.floor(n / 40)));
      const item = rng.pick(['cardiology', 'x', '{country: PK}', '{title: t, publisher: p}']);
      const pad = ' '.repeat(entry.column + 2);
      return [setValue(lines, entry, `\n${Array.from({ length: items }, () => `${pad}- ${item}`).join('\n')}`).join('\n'), `longString list ${entry.key} × ${items}`];
    }
    const [s, kind] = longText(rng, n);
    if (variant === 'key') {
      const entry = pickEntry(lines, rng);
      const at = entry ? entry.i : lines.length;
      lines.splice(at, 0, `${' '.repeat(entry ? entry.column : 0)}${s.replace(/[:#\s]/g, 'k')}: x`);
      return [lines.join('\n'), `longString key ${kind} ${n}`];
    }
    const entry = pickEntry(lines, rng, ['title', 'country', 'id', 'notes', 'name', 'text', 'place', 'status', 'url', 'within']);
    if (!entry) return [text, 'longString: no entry'];
    return [setValue(lines, entry, rng.chance(0.5) ? dq(s) : s).join('\n'), `longString ${entry.key} ${kind} ${n}`];
  },

  deepNesting(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng);
    const depth = rng.logRange(8, LIMITS.nesting);
    if (!entry) return [`${nested(rng, depth)}\n`, `deepNesting top ${depth}`];
    return [setValue(lines, entry, nested(rng, depth)).join('\n'), `deepNesting ${entry.key} ${depth}`];
  },

  anchors(text, rng) {
    const lines = text.split('\n');
    const entries = keyLines(lines);
    const variant = rng.pick(['alias', 'self', 'laughs', 'merge', 'merge-inline', 'undefined', 'top', 'anchor-only']);
    if (entries.length < 2 && variant !== 'laughs') return [`${text}\nself: &s [*s]\n`, 'anchors fallback self'];
    switch (variant) {
      case 'alias': {
        const [a, b] = rng.sample(entries, 2);
        lines[a.i] = `${a.prefix}${a.key}: &x ${a.rest.trim() || ''}`.trimEnd();
        const out = setValue(lines, b, '*x');
        return [out.join('\n'), `anchors alias ${a.key} -> ${b.key}`];
      }
      case 'self': {
        const entry = rng.pick(entries);
        const value = rng.pick(['&s [*s]', '&s {a: *s}', '&s [{country: PK}, *s]', '&s [[*s, *s], *s]']);
        return [setValue(lines, entry, value).join('\n'), `anchors self ${entry.key}: ${value}`];
      }
      case 'laughs': {
        const levels = rng.range(2, 9);
        const width = rng.range(2, 9);
        const out = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
        for (let l = 1; l < levels; l++) out.push(`l${l}: &l${l} [${Array(width).fill(`*l${l - 1}`).join(', ')}]`);
        return [`${text.replace(/\n*$/, '')}\n${out.join('\n')}\n`, `anchors laughs ${levels}×${width}`];
      }
      case 'merge': {
        // An anchored mapping merged elsewhere.
        const maps = entries.filter((e) => e.rest.trim() === '' && blockEnd(lines, e.i, e.column) > e.i + 1);
        const target = rng.pick(entries);
        if (maps.length === 0) return [text, 'anchors merge: no mapping'];
        const source = rng.pick(maps);
        lines[source.i] = `${source.prefix}${source.key}: &m`;
        const pad = ' '.repeat(target.column + (target.rest.trim() === '' ? 2 : 0));
        lines.splice(target.i + 1, 0, `${pad}<<: *m`);
        return [lines.join('\n'), `anchors merge ${source.key} into ${target.key}`];
      }
      case 'merge-inline': {
        const entry = rng.pick(entries);
        const value = rng.pick(['{<<: {id: merged, kind: agreement}}', '{<<: [{a: 1}, {b: 2}], c: 3}', '{<<: 5}', '{<<: null}', '{<<: {__proto__: {x: 1}}}']);
        return [setValue(lines, entry, value).join('\n'), `anchors merge-inline ${entry.key}: ${value}`];
      }
      case 'undefined': {
        const entry = rng.pick(entries);
        return [setValue(lines, entry, '*nope').join('\n'), `anchors undefined ${entry.key}`];
      }
      case 'top':
        return [`&top\n${text}${rng.chance(0.5) ? '\nagain: *top\n' : ''}`, 'anchors top'];
      default: {
        const entry = rng.pick(entries);
        lines[entry.i] = `${entry.prefix}${entry.key}: &${rng.pick(['a', 'x'.repeat(300), '__proto__', 'a\u00e9'])} ${entry.rest.trim()}`;
        return [lines.join('\n'), `anchors anchor-only ${entry.key}`];
      }
    }
  },

  tags(text, rng) {
    const lines = text.split('\n');
    const variant = rng.pick(['value', 'value', 'value', 'directive', 'version', 'mapping']);
    if (variant === 'directive') return [`%TAG ! tag:evil.example,2000:\n---\n${text}`, 'tags %TAG'];
    if (variant === 'version') {
      const v = rng.pick(['%YAML 1.1', '%YAML 1.2', '%YAML 9.9', '%YAML 1.1\n%YAML 1.1', '%FOO bar']);
      return [`${v}\n---\n${text}`, `tags ${v}`];
    }
    const entry = pickEntry(lines, rng);
    if (!entry) return [text, 'tags: no entry'];
    const tag = rng.pick([
      '!!js/function', '!!js/undefined', '!!js/regexp', '!!python/object/apply:os.system', '!!python/name:builtins.eval',
      '!foo', '!', '!!int', '!!str', '!!float', '!!bool', '!!null', '!!binary', '!!timestamp', '!!set', '!!omap',
      '!!pairs', '!!map', '!!seq', '!<tag:yaml.org,2002:str>', '!<!>', '!e!tag', '!!merge', '!!value', '!!yaml',
    ]);
    if (variant === 'mapping') {
      lines[entry.i] = `${entry.prefix}${tag} ${entry.key}:${entry.rest}`;
      return [lines.join('\n'), `tags key ${tag} ${entry.key}`];
    }
    const old = entry.rest.trim();
    const value = tag === '!!python/object/apply:os.system' ? `${tag} ["id"]` : tag === '!!js/function' ? `${tag} 'function () { return 1 }'` : `${tag} ${old || '""'}`;
    lines[entry.i] = `${entry.prefix}${entry.key}: ${value}`;
    return [lines.join('\n'), `tags ${entry.key}: ${value.slice(0, 60)}`];
  },

  multiDoc(text, rng) {
    const variant = rng.pick(['append-copy', 'append-junk', 'prepend', 'end-marker', 'mid', 'only-markers']);
    switch (variant) {
      case 'append-copy':
        return [`${text.replace(/\n*$/, '')}\n---\n${text}`, 'multiDoc append copy'];
      case 'append-junk':
        return [`${text.replace(/\n*$/, '')}\n---\n${rng.pick(['id: other', '- a', 'x', '', '!!str', '...'])}\n`, 'multiDoc append junk'];
      case 'prepend':
        return [`---\n${text}`, 'multiDoc prepend ---'];
      case 'end-marker':
        return [`${text.replace(/\n*$/, '')}\n...\n${rng.chance(0.5) ? 'trailing: junk\n' : ''}`, 'multiDoc ...'];
      case 'mid': {
        const lines = text.split('\n');
        lines.splice(rng.int(lines.length + 1), 0, rng.pick(['---', '...', '--- |', '--- >', '---x']));
        return [lines.join('\n'), 'multiDoc mid marker'];
      }
      default:
        return [rng.pick(['---\n', '---\n---\n', '...\n', '--- \n...\n']), 'multiDoc only markers'];
    }
  },

  lineEdit(text, rng) {
    const lines = text.split('\n');
    if (lines.length === 0) return [text, 'lineEdit: empty'];
    const i = rng.int(lines.length);
    const op = rng.pick(['delete', 'duplicate', 'swap', 'move', 'junk', 'random']);
    switch (op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]);
        break;
      case 'swap': {
        const j = rng.int(lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
        break;
      }
      case 'move': {
        const [line] = lines.splice(i, 1);
        lines.splice(rng.int(lines.length + 1), 0, line);
        break;
      }
      case 'junk':
        lines.splice(i, 0, rng.pick(['x', '- y', 'z:', ': v', '#', '  - ', '?', 'key: value', '"unterminated', "'", '{', 'a: b: c']));
        break;
      default:
        lines[i] = fcSample(rng, fc.string({ unit: rng.pick(['grapheme-ascii', 'binary-ascii', 'grapheme', 'binary']), maxLength: 60 }));
    }
    return [lines.join('\n'), `lineEdit ${op} line ${i + 1}`];
  },

  indent(text, rng) {
    const lines = text.split('\n');
    const entries = keyLines(lines);
    if (entries.length === 0) return [text, 'indent: no entry'];
    const entry = rng.pick(entries);
    const delta = rng.pick([-4, -2, -1, 1, 2, 3, 4, 8]);
    const end = rng.chance(0.5) ? blockEnd(lines, entry.i, entry.column) : entry.i + 1;
    for (let j = entry.i; j < end; j++) {
      lines[j] = delta > 0 ? ' '.repeat(delta) + lines[j] : lines[j].replace(new RegExp(`^ {0,${-delta}}`), '');
    }
    return [lines.join('\n'), `indent ${entry.key} ${delta} (${end - entry.i} lines)`];
  },

  tabs(text, rng) {
    const variant = rng.pick(['leading', 'after-colon', 'in-value', 'all']);
    if (variant === 'all') return [text.replace(/^( +)/gm, (s) => '\t'.repeat(Math.ceil(s.length / 2))), 'tabs all leading'];
    const lines = text.split('\n');
    const entries = keyLines(lines);
    if (entries.length === 0) return [text, 'tabs: no entry'];
    const entry = rng.pick(entries);
    if (variant === 'leading') lines[entry.i] = lines[entry.i].replace(/^ {1,2}/, '\t');
    else if (variant === 'after-colon') lines[entry.i] = `${entry.prefix}${entry.key}:\t${entry.rest.trim()}`;
    else lines[entry.i] = `${lines[entry.i]}\tafter\ttab`;
    return [lines.join('\n'), `tabs ${variant} ${entry.key}`];
  },

  lineEndings(text, rng) {
    const variant = rng.pick(['crlf', 'cr', 'mixed', 'lone-cr', 'ls']);
    switch (variant) {
      case 'crlf':
        return [text.replace(/\n/g, '\r\n'), 'lineEndings CRLF'];
      case 'cr':
        return [text.replace(/\n/g, '\r'), 'lineEndings CR only'];
      case 'mixed':
        return [text.replace(/\n/g, () => (rng.chance(0.5) ? '\r\n' : '\n')), 'lineEndings mixed'];
      case 'lone-cr':
        return [insertAt(text, rng.int(text.length + 1), '\r'), 'lineEndings lone CR'];
      default:
        return [text.replace(/\n/g, () => (rng.chance(0.3) ? '\u2028' : '\n')), 'lineEndings U+2028'];
    }
  },

  spliceToken(text, rng) {
    const token = rng.pick(YAML_TOKENS);
    const at = rng.int(text.length + 1);
    return [insertAt(text, at, token), `spliceToken ${dq(token)} at ${at}`];
  },

  unicodeValue(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng, FREE_TEXT_KEYS.concat(IDENTITY_KEYS));
    if (!entry) return [text, 'unicodeValue: no entry'];
    const unit = rng.pick(['binary', 'grapheme', 'grapheme-composite', 'binary-ascii']);
    const value = fcSample(rng, fc.string({ unit, minLength: 1, maxLength: 40 }));
    return [setValue(lines, entry, encodeString(rng, value)).join('\n'), `unicodeValue ${entry.key} ${unit} ${dq(value)}`];
  },

  idGames(text, rng, ctx) {
    const lines = text.split('\n');
    const entry = keyLines(lines).find((e) => e.key === 'id' && e.column === 0);
    const other = ctx.ids.length > 0 ? rng.pick(ctx.ids) : 'pk-ps-health-mou-2025';
    const value = rng.pick([
      dq(other), dq(other.toUpperCase()), dq(`${other}\u001b[31m`), dq('a`\n# heading\n<b>x</b>'), '""', dq('../../etc/passwd'),
      dq('x'.repeat(300)), '__proto__', 'constructor', dq('-rf'), dq('--registry'), dq('a b'), dq('\u202eevil'), dq(`${other}\n`),
    ]);
    if (!entry) return [`id: ${value}\n${text}`, `idGames add ${value}`];
    return [setValue(lines, entry, value).join('\n'), `idGames ${value}`];
  },

  url(text, rng) {
    const lines = text.split('\n');
    const value = rng.pick([
      'https://example.org/a\n<!--', 'https://example.org/a) [x](javascript:alert(1)', 'javascript:alert(1)', 'http://', 'ftp://example.org/',
      'https://example.org/<script>alert(1)</script>', 'https://exa mple.org/', 'https://example.org/\u001b[31m', 'https://example.org/`x`',
      'https://example.org/\u202e', '//example.org', 'example.org', 'https://example.org/' + 'a'.repeat(5000), 'data:text/html,<b>x</b>',
    ]);
    const urls = keyLines(lines).filter((e) => e.key === 'url');
    if (urls.length > 0) return [setValue(lines, rng.pick(urls), dq(value)).join('\n'), `url ${dq(value).slice(0, 80)}`];
    const titles = keyLines(lines).filter((e) => e.key === 'title' && e.column > 0);
    if (titles.length === 0) return [text, 'url: no source'];
    const title = rng.pick(titles);
    lines.splice(title.i + 1, 0, `${' '.repeat(title.column)}url: ${dq(value)}`);
    return [lines.join('\n'), `url add ${dq(value).slice(0, 80)}`];
  },

  removeKey(text, rng) {
    const lines = text.split('\n');
    const entry = pickEntry(lines, rng, ['id', 'kind', 'title', 'status', 'sources', 'parties', 'countries', 'instrument', 'modalities']);
    if (!entry) return [text, 'removeKey: no entry'];
    if (rng.chance(0.3)) return [setValue(lines, entry, rng.pick(['', '""', '[]', '{}', '~'])).join('\n'), `removeKey empty ${entry.key}`];
    const end = blockEnd(lines, entry.i, entry.column);
    lines.splice(entry.i, end - entry.i);
    return [lines.join('\n'), `removeKey ${entry.key}`];
  },

  duplicateKey(text, rng) {
    const lines = text.split('\n');
    const entries = keyLines(lines);
    if (entries.length === 0) return [text, 'duplicateKey: no entry'];
    const entry = rng.pick(entries);
    const pad = ' '.repeat(entry.column);
    lines.splice(entry.i + 1, 0, `${pad}${entry.key}: ${rng.pick(['x', entry.rest.trim() || 'y', '"other"'])}`);
    return [lines.join('\n'), `duplicateKey ${entry.key}`];
  },
};

const TEXT_WEIGHTS = [
  [10, 'control'], [5, 'wrongType'], [4, 'yaml11'], [4, 'protoValue'], [4, 'protoKey'], [5, 'duration'],
  [3, 'date'], [3, 'longString'], [2, 'deepNesting'], [4, 'anchors'], [4, 'tags'], [3, 'multiDoc'],
  [5, 'lineEdit'], [3, 'indent'], [3, 'tabs'], [3, 'lineEndings'], [3, 'spliceToken'], [5, 'unicodeValue'],
  [3, 'idGames'], [3, 'url'], [3, 'removeKey'], [2, 'duplicateKey'],
];

// ---------------------------------------------------------------------------------------------
// Byte mutators: (bytes, rng) => [bytes, note]

const INVALID_UTF8 = [[0xff], [0xfe], [0xc3, 0x28], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];

const BYTE_MUTATORS = {
  byteFlip(bytes, rng) {
    if (bytes.length === 0) return [bytes, 'byteFlip: empty'];
    const out = Buffer.from(bytes);
    const n = rng.range(1, 8);
    for (let k = 0; k < n; k++) out[rng.int(out.length)] ^= 1 << rng.int(8);
    return [out, `byteFlip ×${n}`];
  },
  byteSet(bytes, rng) {
    if (bytes.length === 0) return [bytes, 'byteSet: empty'];
    const out = Buffer.from(bytes);
    const at = rng.int(out.length);
    const value = rng.pick([0x00, 0x07, 0x08, 0x0b, 0x0c, 0x0d, 0x1b, 0x7f, 0x80, 0x85, 0x9b, 0xc0, 0xff, 0xfe, 0x09, 0x22, 0x27, 0x3a, 0x23]);
    out[at] = value;
    return [out, `byteSet @${at}=0x${value.toString(16)}`];
  },
  truncate(bytes, rng) {
    const at = rng.int(bytes.length + 1);
    return [bytes.subarray(0, at), `truncate at ${at}/${bytes.length}`];
  },
  bom(bytes, rng) {
    const variant = rng.pick(['utf8', 'utf8-twice', 'utf16le', 'utf16be', 'mid', 'utf16-reencode']);
    switch (variant) {
      case 'utf8':
        return [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'bom UTF-8'];
      case 'utf8-twice':
        return [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), bytes]), 'bom UTF-8 twice'];
      case 'utf16le':
        return [Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]), 'bom UTF-16LE prefix'];
      case 'utf16be':
        return [Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]), 'bom UTF-16BE prefix'];
      case 'mid': {
        const at = rng.int(bytes.length + 1);
        return [Buffer.concat([bytes.subarray(0, at), Buffer.from([0xef, 0xbb, 0xbf]), bytes.subarray(at)]), `bom U+FEFF at ${at}`];
      }
      default:
        return [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]), 'bom re-encoded UTF-16LE'];
    }
  },
  nul(bytes, rng) {
    const at = rng.chance(0.2) ? bytes.length : rng.int(bytes.length + 1);
    const n = rng.pick([1, 1, 2, 16, 1024]);
    return [Buffer.concat([bytes.subarray(0, at), Buffer.alloc(n), bytes.subarray(at)]), `nul ×${n} at ${at}`];
  },
  invalidUtf8(bytes, rng) {
    const at = rng.int(bytes.length + 1);
    const seq = rng.pick(INVALID_UTF8);
    return [Buffer.concat([bytes.subarray(0, at), Buffer.from(seq), bytes.subarray(at)]), `invalidUtf8 ${seq.map((b) => b.toString(16)).join(' ')} at ${at}`];
  },
  empty(bytes, rng) {
    const value = rng.pick(['', ' ', '\n', '# only a comment\n', '---\n', '~\n', 'null\n', '[]\n', '{}\n', '"just a string"\n', '42\n', '- a\n- b\n', '\t\n']);
    return [Buffer.from(value), `empty ${dq(value)}`];
  },
};

const BYTE_WEIGHTS = [[3, 'byteFlip'], [3, 'byteSet'], [3, 'truncate'], [2, 'bom'], [3, 'nul'], [3, 'invalidUtf8'], [1, 'empty']];

// ---------------------------------------------------------------------------------------------
// Registry-level mutations: which files exist, under which names.

const ODD_NAMES = [
  'X.YAML', '.hidden.yaml', 'x.yaml.bak', 'x.yml', 'Upper-Case.yaml', 'a b.yaml', 'café.yaml', '__proto__.yaml',
  'constructor.yaml', 'toString.yaml', '\u001b[31mred.yaml', 'line\nforged.yaml:1:1: error [forged] not real.yaml',
  '\u202eslmay.yaml', 'tab\there.yaml', 'back`tick.yaml', 'pipe|name.yaml', '<b>x</b>.yaml', `${'long-'.repeat(40)}.yaml`,
  '-rf.yaml', '--registry.yaml', '%0A.yaml', 'bell\u0007.yaml', 'del\u007f.yaml', 'c1\u009b.yaml',
];

function otherFolder(path) {
  return path.startsWith('agreements/') ? 'programmes/' : 'agreements/';
}

function baseName(path) {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path) {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

const STRUCTURAL = {
  copyRecord(files, rng) {
    const paths = [...files.keys()].filter((p) => files.get(p) !== 'dir');
    if (paths.length === 0) return 'copyRecord: none';
    const from = rng.pick(paths);
    const to = rng.chance(0.5) ? `${otherFolder(from)}${baseName(from)}` : `${folderOf(from)}copy-${rng.int(100)}.yaml`;
    files.set(to, files.get(from));
    return `copyRecord ${from} -> ${to}`;
  },
  manyCopies(files, rng) {
    const paths = [...files.keys()].filter((p) => files.get(p) !== 'dir');
    if (paths.length === 0) return 'manyCopies: none';
    const from = rng.pick(paths);
    const n = rng.logRange(2, LIMITS.copies);
    for (let k = 0; k < n; k++) files.set(`${folderOf(from)}dup-${k}.yaml`, files.get(from));
    return `manyCopies ${from} ×${n}`;
  },
  renameOdd(files, rng) {
    const paths = [...files.keys()].filter((p) => files.get(p) !== 'dir');
    if (paths.length === 0) return 'renameOdd: none';
    const from = rng.pick(paths);
    const to = `${folderOf(from)}${rng.pick(ODD_NAMES)}`;
    files.set(to, files.get(from));
    if (rng.chance(0.6)) files.delete(from);
    return `renameOdd ${from} -> ${dq(to)}`;
  },
  deleteFile(files, rng) {
    const paths = [...files.keys()];
    if (paths.length <= 1) return 'deleteFile: none';
    const victim = rng.pick(paths);
    files.delete(victim);
    return `deleteFile ${victim}`;
  },
  misplace(files, rng) {
    const paths = [...files.keys()].filter((p) => files.get(p) !== 'dir');
    if (paths.length === 0) return 'misplace: none';
    const from = rng.pick(paths);
    const to = rng.pick([`${folderOf(from)}sub/${baseName(from)}`, baseName(from), `other/${baseName(from)}`, `${folderOf(from)}a/b/c/${baseName(from)}`]);
    files.set(to, files.get(from));
    files.delete(from);
    return `misplace ${from} -> ${to}`;
  },
  folderNamedYaml(files, rng) {
    const name = `${rng.pick(['agreements/', 'programmes/'])}${rng.pick(['folder.yaml', 'x.yml'])}`;
    files.set(name, 'dir');
    return `folderNamedYaml ${name}`;
  },
};

const STRUCTURAL_WEIGHTS = [[3, 'copyRecord'], [1, 'manyCopies'], [3, 'renameOdd'], [2, 'deleteFile'], [2, 'misplace'], [1, 'folderNamedYaml']];

// ---------------------------------------------------------------------------------------------

const TOP_ID = /^id:[ \t]*["']?([^"'\n#]*?)["']?[ \t]*$/m;

/** The ids written in the files, as far as a regular expression can tell. */
export function idsIn(files) {
  const ids = new Set();
  for (const data of files.values()) {
    if (data === 'dir') continue;
    const m = TOP_ID.exec(Buffer.from(data).toString('utf8'));
    if (m && m[1]) ids.add(m[1]);
  }
  return [...ids];
}

/**
 * Mutates a copy of `original` (Map path → Buffer | 'dir'): 1–3 files get 1–3 mutations each,
 * sometimes files are copied, renamed, moved or removed. Returns the new map and what was done.
 */
export function mutateRegistry(original, rng) {
  const files = new Map(original);
  const notes = [];
  const ctx = { ids: idsIn(original) };
  const paths = [...files.keys()].filter((p) => files.get(p) !== 'dir');
  const targets = rng.sample(paths, rng.weighted([[6, 1], [3, 2], [1, 3]]));
  for (const path of targets) {
    const count = rng.weighted([[6, 1], [3, 2], [1, 3]]);
    const textOps = [];
    const byteOps = [];
    for (let k = 0; k < count; k++) {
      if (rng.chance(0.8)) textOps.push(rng.weighted(TEXT_WEIGHTS));
      else byteOps.push(rng.weighted(BYTE_WEIGHTS));
    }
    let bytes = Buffer.from(files.get(path));
    // Text edits first (they decode the file), byte damage last (so it survives).
    if (textOps.length > 0) {
      let text = bytes.toString('utf8');
      for (const op of textOps) {
        const [next, note] = TEXT_MUTATORS[op](text, rng, ctx);
        text = next;
        notes.push(`${path}: ${note}`);
      }
      bytes = Buffer.from(text, 'utf8');
    }
    for (const op of byteOps) {
      const [next, note] = BYTE_MUTATORS[op](bytes, rng);
      bytes = Buffer.from(next);
      notes.push(`${path}: ${note}`);
    }
    files.set(path, bytes);
  }
  if (rng.chance(0.15)) notes.push(STRUCTURAL[rng.weighted(STRUCTURAL_WEIGHTS)](files, rng));
  return { files, notes };
}
