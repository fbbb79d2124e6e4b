import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateRecordTypes, RECORD_TYPES_FILE } from '../../src/build/record-types.js';
import type { Agreement, Commitment, HistoryEvent, Organisation, Programme, ProgrammeEvent } from '../../src/core/model.js';
import { PACKAGE_ROOT } from '../../src/core/paths.js';
import type { PROGRAMME_EVENT_TYPES } from '../../src/core/vocabulary.js';
import type { AgreementStatus, Area, CommitmentStatus, CountryRole, HistoryEventType, Instrument, Modality, OrganisationRole, OrganisationType, ProgrammeStatus } from '../../src/core/vocabulary.js';

describe('record types generated from schemas/', () => {
  it('are committed as npm run generate:types writes them now', async () => {
    const committed = readFileSync(join(PACKAGE_ROOT, RECORD_TYPES_FILE), 'utf8');
    expect(committed === (await generateRecordTypes()), `${RECORD_TYPES_FILE} is out of date with schemas/; run npm run generate:types and commit it`).toBe(true);
  });

  it('change when a schema changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coop-schemas-'));
    try {
      cpSync(join(PACKAGE_ROOT, 'schemas'), dir, { recursive: true });
      const file = join(dir, 'programme.schema.json');
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { properties: Record<string, unknown> };
      schema.properties.budget = { type: 'integer', title: 'Budget', description: 'In US dollars.' };
      writeFileSync(file, JSON.stringify(schema));
      const changed = await generateRecordTypes(dir);
      expect(changed).toContain('budget?: number;');
      expect(changed).not.toBe(await generateRecordTypes());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The vocabulary's word lists (which a test in vocabulary.test.ts keeps equal to the schemas'
// enums) type the same fields as the generated record types. Checked by `tsc -p test`.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type VocabularyMatches = [
  Assert<Equal<Agreement['instrument'], Instrument>>,
  Assert<Equal<Agreement['status'], AgreementStatus>>,
  Assert<Equal<Programme['status'], ProgrammeStatus>>,
  Assert<Equal<Programme['modalities'][number], Modality>>,
  Assert<Equal<NonNullable<Agreement['areas']>[number], Area>>,
  Assert<Equal<Commitment['status'], CommitmentStatus>>,
  Assert<Equal<NonNullable<Agreement['parties'][number]['role']>, CountryRole>>,
  Assert<Equal<Programme['countries'][number]['role'], CountryRole>>,
  Assert<Equal<Organisation['role'], OrganisationRole>>,
  Assert<Equal<NonNullable<Organisation['type']>, OrganisationType>>,
  Assert<Equal<HistoryEvent['type'], HistoryEventType>>,
  Assert<Equal<ProgrammeEvent['type'], (typeof PROGRAMME_EVENT_TYPES)[number]>>,
];

describe('types in src/', () => {
  const GENERATED = `src${sep}core${sep}generated${sep}`;
  const files = readdirSync(join(PACKAGE_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(PACKAGE_ROOT, 'src', f))
    .filter((f) => !relative(PACKAGE_ROOT, f).startsWith(GENERATED));

  /** Every node of a kind in the non-generated sources, as file:line and its text. */
  function find(test: (node: ts.Node) => boolean): string[] {
    const found: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (test(node)) found.push(`${relative(PACKAGE_ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    return found;
  }

  it('never write the type any', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(find((node) => node.kind === ts.SyntaxKind.AnyKeyword)).toEqual([]);
  });

  it('never cast data to a record type through unknown: a record is typed by passing its schema', () => {
    const RECORD_TYPES = /^(CoopRecord|Agreement|Programme)$/;
    // status.ts reads the expiry of an agreement that may have failed its schema, as
    // agreementExpiry's typed code would, catching what throws; see its expiryOf.
    // schema-validator.ts's passedSchema types a record that had no errors, which the schema
    // proved when the file was read (or in the run the parse cache keeps); see its comment.
    const allowed = [`src${sep}core${sep}checks${sep}status.ts`, `src${sep}core${sep}schema${sep}schema-validator.ts`];
    const casts = find(
      (node) =>
        ts.isAsExpression(node) &&
        ts.isTypeReferenceNode(node.type) &&
        RECORD_TYPES.test(node.type.typeName.getText()) &&
        ts.isAsExpression(node.expression) &&
        node.expression.type.kind === ts.SyntaxKind.UnknownKeyword,
    ).filter((hit) => !allowed.some((file) => hit.startsWith(`${file}:`)));
    expect(casts).toEqual([]);
  });
});
