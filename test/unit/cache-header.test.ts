import { describe, expect, it } from 'vitest';
import { checksum, checksumOf, checksumText } from '../../src/core/cache/checksum.js';
import { headerLine, readHeader, readHeaderLine, writeHeader, type Header, type HeaderEntry } from '../../src/core/cache/header.js';

const FORMAT = 'coop-parse-cache/8';
const BUILD = 'b';
const finding = { line: 3, column: 5, severity: 'error' as const, code: 'schema' as const, message: 'x' };

const entries: HeaderEntry[] = [
  { key: 'k1:agreement', findings: [], links: { id: 'a', kind: 'agreement', countries: ['PK', 'PS'] }, span: [0, 10], listing: [0, 6], dayFindings: [], dayStatus: 'signed', daily: [0, 4], dailyNote: '2026-02-01' },
  { key: 'k2:programme', findings: [finding], links: { id: 'b', kind: 'programme', agreement: 'a', historyRecords: [[1, 'a']] }, span: [10, 5], listing: [6, 4], dayFindings: [finding] },
  // A record whose data JSON cannot hold, with no id or kind that is text.
  { key: 'k3:agreement', findings: [finding], links: {} },
  // A file that is not a record.
  { key: 'k4:-', findings: [finding] },
];

const header = (): Header => ({
  format: FORMAT,
  build: BUILD,
  dataLength: 15,
  listingsLength: 10,
  checks: [0, 1, 0xffffffff],
  dailyAsOf: '2026-01-01',
  dayAsOf: '2026-01-01',
  stamps: new Map([
    ['/r/agreements/a.yaml', [10, 1.5, 1.5, 7, 'k1']],
    ['/r/programmes/b.yaml', [5, 2.25, 2.25, 8, 'k2']],
  ]),
  entries,
});

/** The header's JSON with one slot of the first entry replaced. */
function withSlot(slot: number, value: unknown): string {
  const json = JSON.parse(writeHeader(header())) as { entries: unknown[] };
  json.entries[slot] = value;
  return JSON.stringify(json);
}

describe('parse cache header', () => {
  it('reads back what it wrote', () => {
    const read = readHeader(writeHeader(header()), FORMAT, BUILD, 100);
    expect(read).toEqual(header());
  });

  it('is read from its line only when the line ends in the checksum of its JSON', () => {
    const line = headerLine(header());
    expect(line.at(-1)).toBe(0x0a);
    const bare = line.subarray(0, -1);
    expect(readHeaderLine(bare, FORMAT, BUILD, 100)).toEqual(header());
    const tab = bare.lastIndexOf(0x09);
    expect(bare.toString('latin1', tab + 1)).toBe(checksumText(checksum(bare.subarray(0, tab))));
    // Any one byte of the JSON changed (here a digit of a length, which still parses) is seen.
    const changed = Buffer.from(bare);
    const at = changed.indexOf('"dataLength":15') + '"dataLength":1'.length;
    changed[at] = 0x34;
    expect(JSON.parse(changed.toString('utf8', 0, tab)).dataLength).toBe(14);
    expect(readHeaderLine(changed, FORMAT, BUILD, 100)).toBeUndefined();
    expect(readHeaderLine(bare.subarray(0, tab), FORMAT, BUILD, 100)).toBeUndefined();
    expect(readHeaderLine(Buffer.concat([bare.subarray(0, tab), Buffer.from('\tzz')]), FORMAT, BUILD, 100)).toBeUndefined();
  });

  it('is not believed without three checksums, one per section', () => {
    const json = JSON.parse(writeHeader(header())) as Record<string, unknown>;
    for (const checks of [undefined, [], [1, 2], [1, 2, 3, 4], [1, 2, -1], [1, 2, 0.5], [1, 2, 2 ** 32], ['1', 2, 3], 7]) {
      expect(readHeader(JSON.stringify({ ...json, checks }), FORMAT, BUILD, 100), JSON.stringify(checks)).toBeUndefined();
    }
  });

  it('checksums are CRC-32, and a checksum continued over chunks is that of the whole', () => {
    // The CRC-32 check value, and two more.
    expect(checksum(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(checksum(Buffer.from(''))).toBe(0);
    expect(checksum(Buffer.from('a'))).toBe(0xe8b7be43);
    const whole = Buffer.from('{"title":"Ağreement"}'.repeat(50));
    expect(checksumOf([whole.subarray(0, 7), whole.subarray(7, 300), Buffer.alloc(0), whole.subarray(300)])).toBe(checksum(whole));
    expect(checksumText(0x0a)).toBe('0000000a');
  });

  it('is one object per header, not per file: files and entries are flat arrays', () => {
    const json = JSON.parse(writeHeader(header())) as { files: unknown[]; entries: unknown[] };
    expect(json.files.every((slot) => slot === null || typeof slot !== 'object')).toBe(true);
    expect(json.files).toHaveLength(12);
    expect(json.entries).toHaveLength(64);
  });

  it('is not believed from another format or build, or with an impossible data or listings length', () => {
    const text = writeHeader(header());
    expect(readHeader(text, 'coop-parse-cache/6', BUILD, 100)).toBeUndefined();
    expect(readHeader(text, FORMAT, 'other', 100)).toBeUndefined();
    expect(readHeader(text, FORMAT, BUILD, 24)).toBeUndefined();
    for (const dataLength of [-1, 0.5, '15', null]) {
      expect(readHeader(JSON.stringify({ ...JSON.parse(text), dataLength }), FORMAT, BUILD, 100), String(dataLength)).toBeUndefined();
    }
    for (const listingsLength of [-1, 0.5, '10', null, undefined, 86]) {
      expect(readHeader(JSON.stringify({ ...JSON.parse(text), listingsLength }), FORMAT, BUILD, 100), String(listingsLength)).toBeUndefined();
    }
    for (const cut of ['files', 'entries']) {
      const json = JSON.parse(text) as Record<string, unknown[]>;
      json[cut] = json[cut]!.slice(1);
      expect(readHeader(JSON.stringify(json), FORMAT, BUILD, 100), cut).toBeUndefined();
    }
  });

  it('leaves out an entry with any slot of the wrong shape, and keeps the others', () => {
    const wrong: [number, unknown][] = [
      [0, 7],
      [1, [{ line: 'x' }]],
      [1, 'none'],
      [2, 2],
      [3, 7],
      [4, ['agreement']],
      [5, 'PK'],
      [5, [7]],
      [6, { agreement: 7 }],
      [6, { historyRecords: [[1]] }],
      [6, 'a'],
      [7, -2],
      [7, 0.5],
      [8, -1],
      [9, -2],
      // Past the end of the listings section.
      [10, 11],
      [11, 2],
      [11, { asOf: 1 }],
      [12, 7],
      // A status only beside the day's findings.
      [11, 0],
      [13, 'x'],
      [14, null],
      [15, 7],
    ];
    for (const [slot, value] of wrong) {
      const read = readHeader(withSlot(slot, value), FORMAT, BUILD, 100);
      expect(read?.entries.map((e) => e.key), `slot ${slot}: ${JSON.stringify(value)}`).toEqual(['k2:programme', 'k3:agreement', 'k4:-']);
    }
    // Data, a listing or a status without a record's links is not believed either.
    for (const [slot, value] of [[7, 0], [9, 0], [12, 'signed']] as const) {
      const json = JSON.parse(writeHeader(header())) as { entries: unknown[] };
      json.entries[48 + slot] = value;
      if (slot !== 12) json.entries[48 + slot + 1] = 3;
      else json.entries[48 + 11] = 1;
      expect(readHeader(JSON.stringify(json), FORMAT, BUILD, 100)?.entries.map((e) => e.key), `slot ${slot}`).toEqual(['k1:agreement', 'k2:programme', 'k3:agreement']);
    }
  });

  it('leaves out a file stamp of the wrong shape', () => {
    const json = JSON.parse(writeHeader(header())) as { files: unknown[] };
    json.files[1] = '10';
    expect([...readHeader(JSON.stringify(json), FORMAT, BUILD, 100)!.stamps.keys()]).toEqual(['/r/programmes/b.yaml']);
  });
});
