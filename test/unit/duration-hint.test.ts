import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { ISO_DURATION, parseDuration } from '../../src/core/duration.js';
import { durationHint, mappingHint } from '../../src/core/schema/value-hints.js';

describe('parseDuration: one parser for --within, --window and the validate hint', () => {
  it('reads English durations as ISO 8601', () => {
    const cases: [string, string][] = [
      ['5 years', 'P5Y'],
      ['1 year', 'P1Y'],
      ['6 months', 'P6M'],
      ['2 weeks', 'P2W'],
      ['90 days', 'P90D'],
      ['1 day', 'P1D'],
      ['3 Months', 'P3M'],
      ['18 mos', 'P18M'],
      ['1 year and 6 months', 'P1Y6M'],
      ['2 years, 3 months', 'P2Y3M'],
      ['6 months 1 year', 'P1Y6M'],
      ['007 days', 'P7D'],
    ];
    expect(cases.map(([text]) => parseDuration(text))).toEqual(cases.map(([, iso]) => iso));
  });

  it('still reads the short and ISO forms', () => {
    expect(['90d', '12w', '3m', '1y', 'P90D', 'p2w', ' 30D ', 'P1Y6M'].map(parseDuration)).toEqual(['P90D', 'P12W', 'P3M', 'P1Y', 'P90D', 'P2W', 'P30D', 'P1Y6M']);
  });

  it('refuses anything else, repeated units, and more than the schema allows', () => {
    for (const bad of ['', '90', 'P', 'PT1H', '-3d', 'soon', 'five years', '1 year 2 years', '1000 years', '10000 months', '1.5 years', 'years 5', '1 fortnight']) {
      expect(parseDuration(bad), bad).toBeUndefined();
    }
  });

  it('gives up at once on input longer than 100 characters', () => {
    expect(parseDuration(`${'1 day, '.repeat(15)}`)).toBeUndefined();
    const hostile = '1 '.repeat(500_000);
    const started = performance.now();
    expect(parseDuration(hostile)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('accepts exactly what the schema accepts in ISO form', () => {
    const defs = JSON.parse(readFileSync(join(ROOT, 'schemas', 'defs.schema.json'), 'utf8'));
    expect(ISO_DURATION.source).toBe(defs.$defs.duration.pattern);
  });
});

describe('value hints for validate', () => {
  it('durationHint: the ISO form of a duration in words, nothing otherwise', () => {
    expect(durationHint('5 years')).toBe('; write "P5Y"');
    expect(durationHint('90 days')).toBe('; write "P90D"');
    expect(durationHint('P5Y')).toBe('');
    expect(durationHint('a while')).toBe('');
    expect(durationHint(5)).toBe('');
  });

  it('mappingHint: the mapping form of a bare date, or of a bare duration where the mapping has within and from', () => {
    const signed = { date: {}, place: {} };
    const due = { date: {}, within: {}, from: { enum: ['signed', 'entry_into_force', 'start'] } };
    expect(mappingHint('signed', signed, '2000-10-30')).toBe('; write signed: { date: "2000-10-30" }');
    expect(mappingHint('signed', signed, 2000)).toBe('; write signed: { date: "2000" }');
    expect(mappingHint('due', due, '2025-12')).toBe('; write due: { date: "2025-12" }');
    expect(mappingHint('due', due, 'P30D')).toBe('; write due: { within: P30D, from: ... } where from is one of: signed, entry_into_force, start');
    expect(mappingHint('signed', signed, 'P30D')).toBe('');
    expect(mappingHint('signed', signed, 'yesterday')).toBe('');
    expect(mappingHint('signed', { place: {} }, '2000-10-30')).toBe('');
    expect(mappingHint(0, signed, '2000-10-30')).toBe('');
  });
});
