import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRecordFiles } from '../../src/core/registry/registry-files.js';

describe('listing a registry folder', () => {
  it('gives each file the path path.join gives it, however the folder is written', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'coop-files-')), 'registry');
    for (const folder of ['agreements', 'programmes']) mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'agreements', 'a.yaml'), 'id: a\n');
    writeFileSync(join(root, 'programmes', 'p.yaml'), 'id: p\n');
    const near = relative(process.cwd(), root);
    for (const dir of [root, `${root}${sep}`, `${root}${sep}${sep}agreements${sep}..`, near, `.${sep}${near}`, `${near}${sep}`, join(near, 'agreements', '..'), `${near}${sep}.`, `${near}${sep}.${sep}`]) {
      const expected = ['agreements/a.yaml', 'programmes/p.yaml'].map((file) => join(dir, file));
      expect(listRecordFiles(dir).map((entry) => entry.path), dir).toEqual(expected);
    }
  });
});
