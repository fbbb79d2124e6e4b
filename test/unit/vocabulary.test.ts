import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES, AREAS, COMMITMENT_STATUSES, INSTRUMENTS, MODALITIES, PROGRAMME_STATUSES } from '../../src/core/vocabulary.js';
import { ROOT } from '../helpers/cli.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8'));

describe('the vocabulary mirrors the schemas', () => {
  it('word for word', () => {
    const agreement = schema('agreement.schema.json');
    const programme = schema('programme.schema.json');
    const defs = schema('defs.schema.json');
    expect(agreement.properties.instrument.enum).toEqual([...INSTRUMENTS]);
    expect(agreement.properties.status.enum).toEqual([...AGREEMENT_STATUSES]);
    expect(programme.properties.status.enum).toEqual([...PROGRAMME_STATUSES]);
    expect(programme.properties.modalities.items.enum).toEqual([...MODALITIES]);
    expect(defs.$defs.commitment.properties.status.enum).toEqual([...COMMITMENT_STATUSES]);
    expect(defs.$defs.area.enum).toEqual(Object.keys(AREAS));
  });

  it('every area maps to a five-digit CRS purpose code', () => {
    for (const { crs } of Object.values(AREAS)) expect(crs).toMatch(/^\d{5}$/);
  });
});
