import { describe, expect, it } from 'vitest';
import { likelyWords, wordHint } from '../../src/core/word-hint.js';
import { AGREEMENT_STATUSES, AREAS, INSTRUMENTS, MODALITIES, PROGRAMME_EVENT_TYPES } from '../../src/core/vocabulary.js';

const AREA_KEYS = Object.keys(AREAS);

describe('likelyWords: what a word outside a closed vocabulary probably meant', () => {
  it.each([
    ['MoU', INSTRUMENTS, ['memorandum-of-understanding']],
    ['mou', INSTRUMENTS, ['memorandum-of-understanding']],
    ['LoI', INSTRUMENTS, ['letter-of-intent']],
    ['eon', INSTRUMENTS, ['exchange-of-notes']],
    ['Memorandum of Understanding', INSTRUMENTS, ['memorandum-of-understanding']],
    ['tready', INSTRUMENTS, ['treaty']],
    ['cardio', AREA_KEYS, ['cardiology']],
    ['heart', AREA_KEYS, ['cardiology']],
    ['TB', AREA_KEYS, ['tuberculosis']],
    ['Primary health care', AREA_KEYS, ['primary-care']],
    ['research', AREA_KEYS, ['medical-research']],
    ['ophtalmology', AREA_KEYS, ['ophthalmology']],
    ['in_force', AGREEMENT_STATUSES, ['in-force']],
    ['force', AGREEMENT_STATUSES, ['in-force']],
    ['joint', MODALITIES, ['joint-research']],
    ['delegation visit', PROGRAMME_EVENT_TYPES, ['delegation-visit']],
    ['medical', AREA_KEYS, ['medical-devices', 'medical-education', 'medical-research']],
  ] as [string, readonly string[], string[]][])('%s', (input, allowed, expected) => {
    expect(likelyWords(input, allowed)).toEqual(expected);
  });

  it('suggests nothing when too many words fit, nothing is close, or the input is too long', () => {
    expect(likelyWords('health', AREA_KEYS)).toEqual([]);
    expect(likelyWords('zzzz', INSTRUMENTS)).toEqual([]);
    expect(likelyWords('', INSTRUMENTS)).toEqual([]);
    expect(likelyWords(`cardio${'x'.repeat(100)}`, AREA_KEYS)).toEqual([]);
  });

  it('suggests only words of the given vocabulary: an area alias is no hint for instruments', () => {
    expect(likelyWords('heart', INSTRUMENTS)).toEqual([]);
  });

  it('stays fast on hostile input', () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i++) likelyWords(`${'a-'.repeat(50)}`, AREA_KEYS);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('wordHint', () => {
  it('names one, two or three words', () => {
    expect(wordHint('cardio', AREA_KEYS)).toBe('; did you mean "cardiology"?');
    expect(wordHint('emergency', AREA_KEYS)).toBe('; did you mean "emergency-care" or "emergency-medical-teams"?');
    expect(wordHint('medical', AREA_KEYS)).toBe('; did you mean "medical-devices", "medical-education" or "medical-research"?');
    expect(wordHint('zzzz', AREA_KEYS)).toBe('');
  });
});
