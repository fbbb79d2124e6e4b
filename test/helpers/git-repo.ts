import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.js';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

/** A throw-away git repository built from object literals: path → file text. */
export class GitRepo {
  readonly dir = tempDir('coop-git-');

  constructor(files: Record<string, string> = {}) {
    this.git('init', '-q', '-b', 'main');
    this.write(files);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: ENV, encoding: 'utf8' });
  }

  write(files: Record<string, string>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    return this;
  }

  remove(...paths: string[]): this {
    for (const path of paths) rmSync(join(this.dir, path));
    return this;
  }

  commit(message: string): this {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this;
  }
}

const SOURCE = 'sources:\n  - title: Test source\n    publisher: Test publisher\n';

export function agreementYaml(id: string, { status = 'signed', parties = ['PK', 'PS'], extra = '' } = {}): string {
  return `id: ${id}\nkind: agreement\ntitle: Agreement ${id}\ninstrument: memorandum-of-understanding\nparties:\n${parties.map((c) => `  - country: ${c}\n`).join('')}signed:\n  date: "2025-09-17"\nstatus: ${status}\n${extra}${SOURCE}`;
}

export function programmeYaml(id: string, agreement?: string): string {
  return `id: ${id}\nkind: programme\ntitle: Programme ${id}\nmodalities: [training]\ncountries:\n  - {country: KZ, role: provider}\n  - {country: AF, role: recipient}\n${agreement ? `agreement: ${agreement}\n` : ''}status: active\n${SOURCE}`;
}
