import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.js';
import { coop, fixture, tempDir } from '../helpers/cli.js';

// Did-you-mean for every closed vocabulary: on the command line (exit 2) and in validate findings.

describe('an unknown word for a filter flag exits 2 with what was probably meant', () => {
  const cases: [string, string[], string][] = [
    ['list', ['--instrument', 'mou'], 'coop: unknown --instrument "mou"; did you mean "memorandum-of-understanding"?\n'],
    ['list', ['--instrument', 'MoU'], 'coop: unknown --instrument "MoU"; did you mean "memorandum-of-understanding"?\n'],
    ['list', ['--instrument', 'LOI'], 'coop: unknown --instrument "LOI"; did you mean "letter-of-intent"?\n'],
    ['list', ['--area', 'cardio'], 'coop: unknown --area "cardio"; did you mean "cardiology"?\n'],
    ['list', ['--area', 'research'], 'coop: unknown --area "research"; did you mean "medical-research"?\n'],
    ['list', ['--kind', 'agreements'], 'coop: unknown --kind "agreements"; did you mean "agreement"?\n'],
    ['list', ['--status', 'force'], 'coop: unknown --status "force"; did you mean "in-force"?\n'],
    ['list', ['--modality', 'research'], 'coop: unknown --modality "research"; did you mean "joint-research"?\n'],
    ['list', ['--modality', 'cb'], 'coop: unknown --modality "cb"; did you mean "capacity-building"?\n'],
    ['countries', ['--area', 'cardio'], 'coop: unknown --area "cardio"; did you mean "cardiology"?\n'],
    ['deadlines', ['--instrument', 'MOU'], 'coop: unknown --instrument "MOU"; did you mean "memorandum-of-understanding"?\n'],
    ['report', ['--status', 'in_forse'], 'coop: unknown --status "in_forse"; did you mean "in-force"?\n'],
  ];
  it.each(cases)('coop %s %j', async (command, args, message) => {
    expect(await coop([command, ...args], { cwd: fixture('query') })).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('lists the words when nothing is close, and suggests nothing for a word too long to be a typo', async () => {
    expect(await coop(['list', '--kind', 'x'], { cwd: fixture('query') })).toEqual({ code: 2, stdout: '', stderr: 'coop: unknown --kind "x" (one of: agreement, programme)\n' });
    const long = `cardio${'x'.repeat(200)}`;
    const { code, stderr } = await coop(['list', '--area', long], { cwd: fixture('query') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^coop: unknown --area "cardiox+" \(one of: burn-care, cardiology, .*, tuberculosis\)\n$/);
  });

  it('still accepts the words in another case or spacing, and area aliases', async () => {
    for (const args of [['--instrument', 'Memorandum of Understanding'], ['--status', 'In Force'], ['--area', 'heart']]) {
      expect((await coop(['list', ...args], { cwd: fixture('query') })).code).toBe(0);
    }
  });
});

const AGREEMENT = `id: pk-ps-test
kind: agreement
title: Test agreement
instrument: MoU
parties:
  - country: PK
  - country: PS
signed: 2000-10-30
validity:
  duration: 5 years
status: in force
areas: [cardio, heart]
commitments:
  - id: report
    text: A report
    status: pending
    due: 2025-12-31
  - id: visit
    text: A visit
    status: pending
    due: 6 months
sources:
  - title: Test source
    publisher: Test publisher
`;

const PROGRAMME = `id: kz-af-test
kind: programme
title: Test programme
modalities: [trainng, research]
countries:
  - country: KZ
    role: provider
  - country: AF
    role: recipient
start: "2025"
status: activ
events:
  - type: delegation visit
    description: A visit
    duration: 2 weeks
sources:
  - title: Test source
    publisher: Test publisher
`;

/** A finding as validate --format json prints it. */
type Problem = Omit<Finding, 'lineText'>;

describe('validate says what a wrong value probably meant', () => {
  let problems: Problem[];
  let exit: number;
  const A = 'registry/agreements/pk-ps-test.yaml';
  const P = 'registry/programmes/kz-af-test.yaml';

  beforeAll(async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'registry', 'agreements'), { recursive: true });
    mkdirSync(join(cwd, 'registry', 'programmes'), { recursive: true });
    writeFileSync(join(cwd, A), AGREEMENT);
    writeFileSync(join(cwd, P), PROGRAMME);
    const result = await coop(['validate', '--format', 'json', '--as-of', '2026-01-15'], { cwd });
    exit = result.code;
    problems = JSON.parse(result.stdout).problems;
  });

  const at = (file: string, line: number, column: number): Problem | undefined => problems.find((p) => p.file === file && p.line === line && p.column === column);

  it('exits 1', () => {
    expect(exit).toBe(1);
  });

  it.each([
    [A, 4, 13, 'invalid-enum', '; did you mean "memorandum-of-understanding"?'],
    [A, 8, 9, 'type-mismatch', 'signed must be a mapping (key: value lines), but is the string "2000-10-30"; write signed: { date: "2000-10-30" }'],
    [A, 10, 13, 'invalid-format', '(e.g. P30D); write "P5Y"'],
    [A, 11, 9, 'invalid-enum', 'status is "in force", which is not one of: negotiating, signed, in-force, suspended, expired, terminated, superseded, withdrawn, denounced, unknown; did you mean "in-force"?'],
    [A, 12, 9, 'invalid-enum', 'areas[0] is "cardio", which is not one of: burn-care, '],
    [A, 12, 9, 'invalid-enum', '; did you mean "cardiology"?'],
    [A, 12, 17, 'invalid-enum', '; did you mean "cardiology"?'],
    [A, 17, 10, 'type-mismatch', 'commitments[0].due must be a mapping (key: value lines), but is the string "2025-12-31"; write due: { date: "2025-12-31" }'],
    [A, 21, 10, 'type-mismatch', 'commitments[1].due must be a mapping (key: value lines), but is the string "6 months"; write due: { within: P6M, from: ... } where from is one of: signed, entry_into_force, start'],
    [P, 4, 14, 'invalid-enum', 'modalities[0] is "trainng", which is not one of: training, scholarship, exchange, joint-research, medical-mission, capacity-building, supply, other; did you mean "training"?'],
    [P, 4, 23, 'invalid-enum', '; did you mean "joint-research"?'],
    [P, 11, 9, 'invalid-enum', '; did you mean "active"?'],
    [P, 13, 11, 'invalid-enum', 'events[0].type is "delegation visit", which is not one of: '],
    [P, 13, 11, 'invalid-enum', '; did you mean "delegation-visit"?'],
    [P, 15, 15, 'invalid-format', 'events[0].duration is "2 weeks"; expected an ISO 8601 duration'],
    [P, 15, 15, 'invalid-format', '; write "P2W"'],
  ])('%s:%i:%i [%s] %s', (file, line, column, code, says) => {
    const problem = at(file, line, column);
    expect(problem, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(problem!.code).toBe(code);
    expect(problem!.message).toContain(says);
  });

  it('finds nothing else', () => {
    expect(problems.map((p) => `${p.file.slice(9)}:${p.line}:${p.column}`)).toEqual([
      'agreements/pk-ps-test.yaml:4:13',
      'agreements/pk-ps-test.yaml:8:9',
      'agreements/pk-ps-test.yaml:10:13',
      'agreements/pk-ps-test.yaml:11:9',
      'agreements/pk-ps-test.yaml:12:9',
      'agreements/pk-ps-test.yaml:12:17',
      'agreements/pk-ps-test.yaml:17:10',
      'agreements/pk-ps-test.yaml:21:10',
      'programmes/kz-af-test.yaml:4:14',
      'programmes/kz-af-test.yaml:4:23',
      'programmes/kz-af-test.yaml:11:9',
      'programmes/kz-af-test.yaml:13:11',
      'programmes/kz-af-test.yaml:15:15',
    ]);
  });
});

describe('a record that names no kind', () => {
  const WHY = 'it decides which schema the record follows';
  /** validate on one file outside the kind folders: its exit code and problems as "line:col code message". */
  async function loose(text: string): Promise<[number, string[]]> {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'loose.yaml'), text);
    const { code, stdout } = await coop(['validate', '--format', 'json', 'loose.yaml'], { cwd });
    return [code, JSON.parse(stdout).problems.map((p: Problem) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`)];
  }

  it('is missing-property when kind is absent, with what to write', async () => {
    expect(await loose('id: loose\ntitle: A record outside the kind folders\n')).toEqual([1, [`loose.yaml:1:1 missing-property missing required field "kind": agreement or programme; ${WHY}`]]);
  });

  it('is invalid-enum for a misspelt kind, with a suggestion', async () => {
    expect(await loose('id: loose\nkind: programe\n')).toEqual([1, [`loose.yaml:2:7 invalid-enum kind is "programe"; it must be "agreement" or "programme" (${WHY}); did you mean "programme"?`]]);
  });
});
