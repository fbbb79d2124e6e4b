import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUSES,
  AREAS,
  areaKey,
  COMMITMENT_STATUSES,
  COUNTRY_ROLES,
  HISTORY_EVENT_TYPES,
  INSTRUMENTS,
  MODALITIES,
  ORGANISATION_ROLES,
  ORGANISATION_TYPES,
  PROGRAMME_EVENT_TYPES,
  PROGRAMME_STATUSES,
} from '../../src/core/vocabulary.js';
import { ROOT } from '../helpers/cli.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8'));

describe('the vocabulary mirrors the schemas', () => {
  const agreement = schema('agreement.schema.json');
  const programme = schema('programme.schema.json');
  const defs = schema('defs.schema.json');

  it('word for word', () => {
    expect(agreement.properties.instrument.enum).toEqual([...INSTRUMENTS]);
    expect(agreement.properties.status.enum).toEqual([...AGREEMENT_STATUSES]);
    expect(programme.properties.status.enum).toEqual([...PROGRAMME_STATUSES]);
    expect(programme.properties.modalities.items.enum).toEqual([...MODALITIES]);
    expect(defs.$defs.commitment.properties.status.enum).toEqual([...COMMITMENT_STATUSES]);
    expect(defs.$defs.area.enum).toEqual(Object.keys(AREAS));
    expect(agreement.properties.parties.items.properties.role.enum).toEqual([...COUNTRY_ROLES]);
    expect(programme.properties.countries.items.properties.role.enum).toEqual([...COUNTRY_ROLES]);
    expect(agreement.properties.history.items.properties.type.enum).toEqual([...HISTORY_EVENT_TYPES]);
    expect(programme.properties.events.items.properties.type.enum).toEqual([...PROGRAMME_EVENT_TYPES]);
    expect(defs.$defs.organisation.properties.role.enum).toEqual([...ORGANISATION_ROLES]);
    expect(defs.$defs.organisation.properties.type.enum).toEqual([...ORGANISATION_TYPES]);
  });

  it('every area has its label and CRS purpose codes in the schema, the same as in the vocabulary', () => {
    const codes = defs.$defs.crsCodes.properties as Record<string, { title: string; description: string; const: string[] }>;
    expect(Object.keys(codes)).toEqual(Object.keys(AREAS));
    for (const [area, { label, crs }] of Object.entries(AREAS)) {
      expect(codes[area]!.title, area).toBe(label);
      expect(codes[area]!.const, area).toEqual([...crs]);
    }
  });

  it('CRS codes are five-digit purpose codes, each named in the description; an area without one says so', () => {
    const codes = defs.$defs.crsCodes.properties as Record<string, { description: string; const: string[] }>;
    for (const [area, { description, const: crs }] of Object.entries(codes)) {
      for (const code of crs) {
        expect(code, area).toMatch(/^\d{5}$/);
        expect(description, area).toContain(code);
      }
      if (crs.length === 0) expect(description, area).toMatch(/^No purpose code/);
    }
  });

  it('the areas the issue asked for exist, with the codes of the DAC list', () => {
    const expected: Record<string, string[]> = {
      immunisation: ['12250'],
      'hiv-aids': ['13040'],
      tuberculosis: ['12263'],
      malaria: ['12262'],
      nutrition: ['12240'],
      'reproductive-health': ['13020', '13030'],
      'digital-health': ['12196'],
      'pandemic-preparedness': ['12250', '74020'],
      'health-security': ['12250', '74020'],
      'traditional-medicine': [],
      'medical-devices': ['32168'],
      'emergency-medical-teams': ['72010', '72011'],
      'covid-19': ['12264'],
    };
    for (const [area, crs] of Object.entries(expected)) expect([...AREAS[area as keyof typeof AREAS].crs], area).toEqual(crs);
  });

  it('aliases lead to their area and to no other', () => {
    expect(areaKey('Vaccines')).toBe('immunisation');
    expect(areaKey('HIV')).toBe('hiv-aids');
    expect(areaKey('tb')).toBe('tuberculosis');
    expect(areaKey('cardiology')).toBe('cardiology');
    expect(areaKey('astrology')).toBeUndefined();
    const seen = new Map<string, string>();
    for (const [area, { aliases }] of Object.entries(AREAS)) {
      for (const alias of aliases) {
        expect(AREAS, alias).not.toHaveProperty(alias);
        expect(seen.get(alias), alias).toBeUndefined();
        seen.set(alias, area);
      }
    }
  });
});
