#!/usr/bin/env node
// Build step, after tsc and compile-schemas: bundles dist/ into dist/bundle/ with rolldown.
// Node 20 spends a fraction of a millisecond on every module it resolves and loads, and coop's
// start-up touched some 80; bundled into a few chunks (the core, the libraries every command
// uses, and one chunk per lazily loaded command or format), `coop validate` on a small registry
// starts about 20 ms sooner. bin/coop.js uses the bundle only when it was made from the build
// in dist/ (same build id); a checkout built by postinstall, which has no rolldown, runs dist/
// as tsc wrote it.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'bundle');
const under = (...folders) => new RegExp(`${folders.map((f) => f.replace(/\//g, '[\\\\/]')).join('|')}`);

rmSync(out, { recursive: true, force: true });
await build({
  cwd: root,
  // Flat names: every output file sits two folders below the package root, as dist/*/*.js do,
  // so paths computed from import.meta.url (PACKAGE_ROOT) still point at the package.
  input: { run: join(dist, 'cli', 'run.js'), io: join(dist, 'commands', 'io.js') },
  platform: 'node',
  // Loaded with require() on the paths that need them, or large and rarely used: left to Node.
  external: [/^node:/, /^(yaml|i18n-iso-countries|world-atlas|minisearch|sql\.js|ajv|typescript)(\/|$)/],
  output: {
    dir: out,
    format: 'esm',
    codeSplitting: {
      groups: [
        { name: 'core', test: under('dist/core/', 'dist/format/terminal-safe', 'dist/format/paths', 'dist/format/format-names') },
        { name: 'libraries', test: under('node_modules/(commander|@commander-js|chalk|js-yaml)/') },
      ],
    },
  },
  logLevel: 'warn',
});
copyFileSync(join(dist, 'build-id.txt'), join(out, 'build-id.txt'));
