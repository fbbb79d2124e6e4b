// One fuzz case: mutate a copy of the shipped registry in a temp folder, run every command and
// format on it in process (run() from dist/, with an Io that captures output), check the invariants.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRun, label } from './invariants.mjs';
import { mutateRegistry } from './mutate.mjs';
import { Rng } from './prng.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REGISTRY = join(ROOT, 'registry');
export const DIST_RUN = join(ROOT, 'dist', 'cli', 'run.js');
export const AS_OF = '2025-10-01';

export const DEFAULTS = {
  /** A command run slower than this is a "slow" failure. */
  slowMs: 10_000,
  /** A whole case (some 35 runs) slower than this is a "slow" failure too. */
  caseMs: 60_000,
  diffRate: 0.05,
  maxShowIds: 5,
};

let runFunction;
async function coopRun() {
  if (!runFunction) {
    try {
      ({ run: runFunction } = await import(DIST_RUN));
    } catch (error) {
      throw new Error(`cannot load ${DIST_RUN} (run "npm run build" first): ${error.message}`);
    }
  }
  return runFunction;
}

/** Path → Buffer of every file under a registry folder ('dir' for folders standing in as files). */
export function readRegistry(dir = REGISTRY) {
  const files = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

export function writeRegistry(dir, files) {
  mkdirSync(join(dir, 'agreements'), { recursive: true });
  mkdirSync(join(dir, 'programmes'), { recursive: true });
  for (const [path, data] of files) {
    const target = join(dir, ...path.split('/'));
    if (data === 'dir') {
      mkdirSync(target, { recursive: true });
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }
}

/** The mutated registry of a case: deterministic by seed. */
export function generateCase(seed, { diffRate = DEFAULTS.diffRate, base = readRegistry() } = {}) {
  const rng = new Rng(seed);
  const diff = rng.chance(diffRate);
  const { files, notes } = mutateRegistry(base, rng);
  return { seed, diff, notes, files, base, pick: rng.u32() };
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'fuzz',
  GIT_AUTHOR_EMAIL: 'fuzz@example.org',
  GIT_COMMITTER_NAME: 'fuzz',
  GIT_COMMITTER_EMAIL: 'fuzz@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/**
 * Lays a case out under `caseDir`: registry/ holds the mutated files; for a diff case caseDir is
 * a git repository whose one commit holds the original registry.
 */
export function materialize(caseDir, { files, base, diff }) {
  rmSync(caseDir, { recursive: true, force: true });
  const registry = join(caseDir, 'registry');
  if (diff) {
    writeRegistry(registry, base);
    const git = (...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: caseDir, env: GIT_ENV, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'original registry');
    rmSync(registry, { recursive: true, force: true });
  }
  writeRegistry(registry, files);
  return registry;
}

/** Every command and format the fuzzer runs; ids and country come from what the registry holds. */
export function planRuns(registry, { ids = [], country, diff = false }) {
  const common = ['--registry', registry, '--as-of', AS_OF];
  const runs = [];
  const add = (args, format) => runs.push({ argv: [...args, ...common, ...(format ? ['--format', format] : [])], format: format ?? 'default' });
  for (const f of ['text', 'json', 'github', 'sarif']) add(['validate'], f);
  for (const f of ['table', 'json', 'csv', 'yaml', 'markdown']) add(['list'], f);
  for (const id of ids) for (const f of ['text', 'json', 'yaml']) add(['show', id], f);
  for (const f of ['table', 'json', 'csv', 'yaml', 'markdown']) add(['countries'], f);
  for (const f of ['table', 'json', 'markdown', 'ics']) add(['deadlines', '--all'], f);
  add(['deadlines'], 'table');
  add(['report'], 'markdown');
  if (country) add(['report', '--country', country], 'markdown');
  if (diff) for (const f of ['markdown', 'json']) add(['diff', 'HEAD'], f);
  return runs;
}

/** Runs coop once in process; never throws. */
export async function runOnce(argv, cwd) {
  const run = await coopRun();
  let out = '';
  let err = '';
  const io = {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    cwd,
    env: {},
    stdoutIsTTY: false,
    columns: undefined,
    today: AS_OF,
  };
  const started = performance.now();
  let code;
  let threw;
  try {
    code = await run(argv, io);
  } catch (error) {
    threw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return { code, threw, out, err, ms: performance.now() - started };
}

/** Ids and one country present in the registry: from list --format json, plus ids the files name. */
function subjects(listJson, files, rng) {
  const ids = new Set();
  const countries = new Set();
  try {
    const records = JSON.parse(listJson);
    if (Array.isArray(records)) {
      for (const r of records) {
        if (typeof r?.id === 'string') ids.add(r.id);
        if (r?.country_names && typeof r.country_names === 'object') {
          for (const [code, name] of Object.entries(r.country_names)) {
            countries.add(code);
            if (typeof name === 'string') countries.add(name);
          }
        }
      }
    }
  } catch {
    // Not JSON: the list run has already reported it.
  }
  for (const [path, data] of files) {
    if (data === 'dir') continue;
    const m = /^id:[ \t]*["']?([^"'\n#]*?)["']?[ \t]*$/m.exec(Buffer.from(data).toString('utf8'));
    if (m && m[1]) ids.add(m[1]);
    ids.add(path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, ''));
  }
  const chosen = rng.sample([...ids].filter((id) => id !== '' && !id.startsWith('-')), DEFAULTS.maxShowIds);
  const country = countries.size > 0 ? rng.pick([...countries].sort()) : 'PK';
  return { ids: chosen, country };
}

/**
 * Runs one case in `caseDir` and returns its failures. `onRun(argv)` is told before each run so a
 * watchdog can name the run that hangs, and `onFailures(list)` after each run that failed, so
 * what was found survives a watchdog's kill.
 */
export async function executeCase(spec, { caseDir, slowMs = DEFAULTS.slowMs, caseMs = DEFAULTS.caseMs, onRun = () => {}, onFailures = () => {} }) {
  const started = performance.now();
  const registry = materialize(caseDir, spec);
  const rng = new Rng(spec.pick);
  const failures = [];
  let runs = 0;
  let slowest = { ms: 0 };
  const exec = async ({ argv, format }) => {
    onRun(argv);
    const result = await runOnce(argv, caseDir);
    runs++;
    const run = { argv, format, slowMs, ...result };
    if (result.ms > slowest.ms) slowest = { ms: result.ms, argv, format };
    const found = checkRun(run).map((f) => ({ ...f, argv, format, code: result.code, out: result.out.slice(0, 4000), err: result.err.slice(0, 4000) }));
    failures.push(...found);
    if (found.length > 0) onFailures(found);
    return run;
  };
  const plan = planRuns(registry, { diff: spec.diff });
  // validate and list first; list --format json tells which ids and countries are present.
  const early = plan.filter((r) => r.argv[0] === 'validate' || r.argv[0] === 'list');
  let listJson = '[]';
  for (const r of early) {
    const run = await exec(r);
    if (r.argv[0] === 'list' && r.format === 'json' && run.code === 0) listJson = run.out;
  }
  const { ids, country } = subjects(listJson, spec.files, rng);
  for (const r of planRuns(registry, { ids, country, diff: spec.diff })) {
    if (r.argv[0] === 'validate' || r.argv[0] === 'list') continue;
    await exec(r);
  }
  const ms = performance.now() - started;
  if (ms > caseMs && !failures.some((f) => f.kind === 'slow')) {
    failures.push({ kind: 'slow', signature: `slow: ${label(slowest)}`, detail: `case took ${Math.round(ms)} ms (bound ${caseMs} ms); slowest run ${Math.round(slowest.ms)} ms`, argv: slowest.argv, format: slowest.format });
  }
  return { runs, failures, ms };
}

/** Runs one argv against a registry (for reduction) and returns its failures. */
export async function checkOne({ files, base, diff, argv, format }, { caseDir, slowMs = DEFAULTS.slowMs }) {
  const registry = materialize(caseDir, { files, base, diff });
  const fixed = argv.map((a, i) => (argv[i - 1] === '--registry' ? registry : a));
  const result = await runOnce(fixed, caseDir);
  return checkRun({ argv: fixed, format, slowMs, ...result }).map((f) => ({ ...f, code: result.code, out: result.out, err: result.err }));
}

export function removeDir(dir) {
  try {
    if (statSync(dir)) rmSync(dir, { recursive: true, force: true });
  } catch {
    // already gone
  }
}
