import { basename, extname, relative } from 'node:path';
import type { Finding } from '../findings.js';
import { FOLDER_OF_KIND, RECORD_KINDS, type LoadedRecord, type RecordKind } from '../registry/record.js';
import type { Check } from './check.js';

/** id equals the file name, kind matches the folder, and no two records share an id. */
export const checkIdentity: Check = ({ records, byId, registryDir }) => {
  const findings: Finding[] = [];
  for (const record of records) {
    const id = record.id;
    const stem = basename(record.file, extname(record.file));
    if (id !== undefined && id !== stem) {
      findings.push(record.finding(['id'], 'id-mismatch', `id "${id}" differs from the file name "${stem}"; rename the file to ${id}.yaml or change the id`));
    }
    const kind = record.links.kind;
    if (record.folderKind && RECORD_KINDS.includes(kind as RecordKind) && kind !== record.folderKind) {
      const folder = FOLDER_OF_KIND[kind as RecordKind];
      findings.push(record.finding(['kind'], 'kind-mismatch', `kind is "${String(kind)}" but the file is in ${FOLDER_OF_KIND[record.folderKind]}/; move it to ${folder}/ or fix the kind`));
    }
    const holders = id === undefined ? [] : (byId.get(id) ?? []);
    if (holders.length > 1) findings.push(duplicateIdFinding(record, holders, registryDir));
  }
  return findings;
};

// One finding per file, naming a few of the other holders: 2,000 files with one id give 2,000
// findings, not 2,000 lists of 1,999 places.
const NAMED_HOLDERS = 3;

function duplicateIdFinding(record: LoadedRecord, holders: readonly LoadedRecord[], registryDir: string): Finding {
  const named: string[] = [];
  for (let i = 0; i < holders.length && named.length < NAMED_HOLDERS; i++) {
    const other = holders[i]!;
    if (other !== record) named.push(`${relative(registryDir, other.file)}:${other.at(['id']).line}`);
  }
  // byId lists each record once, under its own id: the record is one of its holders.
  const others = holders.length - 1;
  const more = others > NAMED_HOLDERS ? ` and ${others - NAMED_HOLDERS} more files` : '';
  return record.finding(['id'], 'duplicate-id', `id "${String(record.id)}" is also used by ${named.join(', ')}${more}; ids must be unique across the registry`);
}
