import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementYaml } from './git-repo.js';

/** A valid registry whose `list --format json` is about 3 MB, far more than a pipe holds. */
export function writeBigRegistry(dir: string, records = 150): string {
  const registry = join(dir, 'registry');
  mkdirSync(join(registry, 'agreements'), { recursive: true });
  for (let i = 0; i < records; i++) {
    const id = `big-${String(i).padStart(4, '0')}`;
    writeFileSync(join(registry, 'agreements', `${id}.yaml`), agreementYaml(id, { extra: `notes: ${'word '.repeat(4000).trim()}\n` }));
  }
  return registry;
}
