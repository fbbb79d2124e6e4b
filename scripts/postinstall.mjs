#!/usr/bin/env node
// Runs after `npm install` or `npm ci` in a checkout, and wherever npm installs coop from a git
// URL or a packed tarball (pre-commit's node hooks install it that way). It builds dist/ from
// src/ when dist/ is missing or was built from other sources, so coop runs however it was
// installed. It needs no development dependency: typescript is a dependency, and this build
// emits without type-checking (tsconfig.install.json); `npm run build` is the checked build.
// Nothing goes to stdout, which `npm pack` callers read for the tarball's name.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const entry = join(root, 'dist', 'cli', 'run.js');
const stamp = join(root, 'dist', '.source-hash');
const say = (text) => process.stderr.write(`coop postinstall: ${text}\n`);

if (!existsSync(join(root, 'src'))) {
  // An installed package: dist/ came in the tarball.
  if (existsSync(entry)) process.exit(0);
  say('dist/ is missing and there is no src/ to build it from; reinstall coop from its repository');
  process.exit(1);
}

const hash = sourceHash();
if (existsSync(entry) && readOrEmpty(stamp) === hash) process.exit(0);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
run([tsc, '-p', 'tsconfig.install.json']);
run(['dist/build/compile-schemas.js']);
writeFileSync(stamp, `${hash}\n`);

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    say(`building dist/ failed: node ${args.map((a) => relative(root, a) || a).join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

/** A hash of everything the build reads: sources, schemas and compiler settings. */
function sourceHash() {
  const h = createHash('sha256');
  const files = ['tsconfig.json', 'tsconfig.install.json', ...listFiles('src'), ...listFiles('schemas')];
  for (const file of files) h.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return h.digest('hex');
}

function listFiles(folder) {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)))
    .sort();
}

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}
