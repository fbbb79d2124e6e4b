// One fuzz case: mutate a copy of the shipped registry in a temp folder, run every command and
// format on it in process (run() from dist/, with an Io that captures output), check the invariants.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRun, label, quote } from './invariants.mjs';
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
  /** Share of cases whose runs are repeated with a parse cache: cold, warm, after another day, and damaged. */
  cacheRate: 0.25,
  maxShowIds: 5,
};

/** The other day of a cached case's passes: its digests and statuses replace AS_OF's in the cache. */
export const OTHER_DAY = '2027-03-01';

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
export function generateCase(seed, { diffRate = DEFAULTS.diffRate, cacheRate = DEFAULTS.cacheRate, base = readRegistry() } = {}) {
  const rng = new Rng(seed);
  const diff = rng.chance(diffRate);
  const { files, notes } = mutateRegistry(base, rng);
  // Drawn from a stream of its own, so that adding it left every case's registry as it was.
  const cached = new Rng(seed ^ 0x6a09e667).chance(cacheRate);
  return { seed, diff, cached, notes, files, base, pick: rng.u32() };
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

/** Runs coop once in process; never throws. `env` is the whole environment the run sees. */
export async function runOnce(argv, cwd, env = {}) {
  const run = await coopRun();
  let out = '';
  let err = '';
  const io = {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    cwd,
    env,
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
  // What each run printed without a cache: with one, it must print the same.
  const uncached = new Map();
  const exec = async ({ argv, format }, env, expected) => {
    onRun(argv);
    const result = await runOnce(argv, caseDir, env);
    runs++;
    const run = { argv, format, slowMs, ...result };
    if (result.ms > slowest.ms) slowest = { ms: result.ms, argv, format };
    // A failure of a cached run says so: replaying it takes the cached passes, not one run.
    const found = [...checkRun(run), ...(expected ? compareCached(run, expected) : [])].map((f) => ({ ...f, argv, format, ...(env ? { cached: true } : {}), code: result.code, out: result.out.slice(0, 4000), err: result.err.slice(0, 4000) }));
    failures.push(...found);
    if (found.length > 0) onFailures(found);
    if (env === undefined) uncached.set(runKey(argv), result);
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
  const all = planRuns(registry, { ids, country, diff: spec.diff });
  for (const r of all) {
    if (r.argv[0] === 'validate' || r.argv[0] === 'list') continue;
    await exec(r);
  }
  if (spec.cached) await cachedPasses(all, { caseDir, rng, exec: (r, env, pass, damage) => exec(r, env, pass && { pass, damage, ...uncached.get(runKey(r.argv)) }) });
  const ms = performance.now() - started;
  if (ms > caseMs && !failures.some((f) => f.kind === 'slow')) {
    failures.push({ kind: 'slow', signature: `slow: ${label(slowest)}`, detail: `case took ${Math.round(ms)} ms (bound ${caseMs} ms); slowest run ${Math.round(slowest.ms)} ms`, argv: slowest.argv, format: slowest.format });
  }
  return { runs, failures, ms };
}

/**
 * Runs one argv against a registry (for reduction) and returns its failures; `cached`, for a
 * cache-differs failure, runs it through the cached passes too.
 */
export async function checkOne({ files, base, diff, argv, format, cached = false }, { caseDir, slowMs = DEFAULTS.slowMs }) {
  const registry = materialize(caseDir, { files, base, diff });
  const fixed = argv.map((a, i) => (argv[i - 1] === '--registry' ? registry : a));
  const result = await runOnce(fixed, caseDir);
  const failures = checkRun({ argv: fixed, format, slowMs, ...result }).map((f) => ({ ...f, code: result.code, out: result.out, err: result.err }));
  if (!cached) return failures;
  const exec = async (r, env, pass, damage) => {
    const again = await runOnce(r.argv, caseDir, env);
    const run = { ...r, slowMs, ...again };
    failures.push(...[...checkRun(run), ...(pass ? compareCached(run, { pass, damage, ...result }) : [])].map((f) => ({ ...f, code: again.code, out: again.out, err: again.err })));
  };
  await cachedPasses([{ argv: fixed, format }], { caseDir, rng: new Rng(0x5eed), exec });
  return failures;
}

const runKey = (argv) => argv.join('\u0000');

/**
 * A cached case's runs again, each pass over every run, with a parse cache in a folder of the
 * case's own: `cold` (the first run writes it), `warm`, then on OTHER_DAY (whose digests,
 * statuses and day findings replace AS_OF's; only the invariants are checked), `day-back` (AS_OF
 * again: nothing of the other day may show), and `damaged`, each run on a copy of the cache with
 * bytes flipped, cut or overwritten. Every pass but the other day's must print exactly what the
 * run printed without a cache. `exec(run, env, pass, damage)` runs and checks. A damaged run's
 * failure says what was damaged, but seldom replays: a cache's bytes depend on the case's path
 * and its files' stamps, so the same damage hits other bytes elsewhere.
 */
async function cachedPasses(runs, { caseDir, rng, exec }) {
  const cacheDir = `${caseDir}.cache`;
  const env = { COOP_CACHE_DIR: cacheDir };
  rmSync(cacheDir, { recursive: true, force: true });
  try {
    for (const pass of ['cold', 'warm']) for (const r of runs) await exec(r, env, pass);
    for (const r of runs) await exec({ ...r, argv: r.argv.map((a, i) => (r.argv[i - 1] === '--as-of' ? OTHER_DAY : a)) }, env, undefined);
    for (const r of runs) await exec(r, env, 'day-back');
    const cacheFile = readdirSync(cacheDir).find((name) => name.endsWith('.cache'));
    if (cacheFile === undefined) return;
    const good = readFileSync(join(cacheDir, cacheFile));
    for (const r of runs) {
      const { bytes, what } = damage(good, rng);
      writeFileSync(join(cacheDir, cacheFile), bytes);
      await exec(r, env, 'damaged', what);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** A cache file's bytes damaged (a few bits flipped, cut short, or a stretch overwritten), and what was done, for the report. */
function damage(bytes, rng) {
  const copy = Buffer.from(bytes);
  if (copy.length === 0) return { bytes: copy, what: 'an empty cache file' };
  switch (rng.int(3)) {
    case 0: {
      const at = Array.from({ length: 1 + rng.int(4) }, () => rng.int(copy.length));
      for (const offset of at) copy[offset] ^= 1 << rng.int(8);
      return { bytes: copy, what: `bits flipped at offsets ${at.join(', ')} of ${copy.length}` };
    }
    case 1: {
      const length = rng.int(copy.length);
      return { bytes: copy.subarray(0, length), what: `cut to ${length} of ${copy.length} bytes` };
    }
    default: {
      const at = rng.int(copy.length);
      const length = Math.min(copy.length - at, 1 + rng.int(64));
      for (let i = at; i < at + length; i++) copy[i] = rng.int(256);
      return { bytes: copy, what: `${length} bytes overwritten at offset ${at} of ${copy.length}` };
    }
  }
}

/** A cache-differs failure when a cached run printed other than the same run without a cache. */
export function compareCached(run, expected) {
  const what = `${label(run)} ${expected.pass}`;
  const damaged = expected.damage ? ` (cache ${expected.damage})` : '';
  if (run.code !== expected.code) return [{ kind: 'cache-differs', signature: `cache-differs: ${what} exit`, detail: `exit ${run.code} with the cache, ${expected.code} without${damaged}` }];
  for (const stream of ['out', 'err']) {
    const [got, want] = [run[stream], expected[stream]];
    if (got === want) continue;
    let at = 0;
    while (at < got.length && got[at] === want[at]) at++;
    const excerpt = (text) => quote(text.slice(Math.max(0, at - 40), at + 60));
    return [{ kind: 'cache-differs', signature: `cache-differs: ${what} ${stream === 'out' ? 'stdout' : 'stderr'}`, detail: `${stream === 'out' ? 'stdout' : 'stderr'} differs at offset ${at}: with the cache ${excerpt(got)}, without ${excerpt(want)}${damaged}` }];
  }
  return [];
}

export function removeDir(dir) {
  try {
    if (statSync(dir)) rmSync(dir, { recursive: true, force: true });
  } catch {
    // already gone
  }
}
