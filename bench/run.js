#!/usr/bin/env node
// `npm run bench`: times whole coop processes on the shipped registry and on generated ones
// (bench/generate.js), with ajv-cli on the same files as the peer, and prints one Markdown table:
// median wall time, peak RSS, and the ratios issue 10 asks for, each with its target and whether
// this run met it. It measures and asserts nothing: it always exits 0, and a command that fails
// is shown as failed in the table.
//
//   npm run bench [-- --sizes 1000,10000] [--runs 3] [--warmup 1] [--large] [--seed 1]
//                    [--main 10000] [--timeout 600] [--budget 120] [--hyperfine|--no-hyperfine]
//                    [--interleave] [-o table.md] [--json results.json] [--keep]
//
// Timing: hyperfine (`hyperfine -N --export-json`) when it is on PATH, else the median of --runs
// spawned runs after --warmup unrecorded ones, timed around the spawn. With --interleave the
// bench times everything itself in rounds, each round running every command once, so that on a
// shared machine a busy spell slows both sides of a ratio rather than one. Either way a run killed at
// --timeout shows as "> N s (timed out)", and a run over --budget seconds is the command's only
// sample, so pathological commands that take minutes do not take --runs times as long. Peak RSS: every timed
// process is a node process, started with NODE_OPTIONS="--require bench/rss-preload.cjs", which
// appends process.resourceUsage().maxRSS to a file on exit; the table shows the highest of the
// command's runs. The same mechanism works under hyperfine and without it.
//
// Cache: cold runs get `--no-cache` when `coop validate --help` lists it, and always a
// COOP_CACHE_DIR emptied before each run; every other coop run gets a COOP_CACHE_DIR of its own
// registry that the warm-up runs fill. A build without a parse cache ignores both.
//
// Generated registries (and all other scratch files) live in one folder under os.tmpdir(),
// removed at the end unless --keep.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generate, writeRegistry } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'coop.js');
const PRELOAD = fileURLToPath(new URL('./rss-preload.cjs', import.meta.url));
const AJV_SCHEMA = fileURLToPath(new URL('./ajv-record.schema.json', import.meta.url));
const SCHEMAS = join(ROOT, 'schemas');
const LARGE = 100_000;

// ---------------------------------------------------------------------------------------------
// Options.

const USAGE = `usage: npm run bench -- [--sizes 1000,10000] [--runs 3] [--warmup 1] [--large] [--seed 1]
                      [--main N] [--timeout SECONDS] [--budget SECONDS] [--hyperfine|--no-hyperfine]
                      [--interleave] [-o FILE] [--json FILE] [--keep]

  --sizes      generated registry sizes, each timed with every command (default 1000,10000)
  --runs       timed runs per command (default 3); --warmup unrecorded runs first (default 1)
  --large      also time cold validate on ${LARGE.toLocaleString('en')} records (slow)
  --main       the size the targets apply to (default 10000 when in --sizes, else the largest)
  --seed       generator seed (default 1)
  --timeout    seconds before a run is killed and shown as timed out (default 600)
  --budget     a run longer than this many seconds is the command's last (default 120):
               pathological commands that take minutes get one sample, not --runs
  --interleave time in rounds, every command once a round, with the bench's own timing (not
               hyperfine): on a shared machine, load that comes and goes then falls on both
               sides of every ratio alike
  -o FILE      also write the output to FILE; --json FILE writes every run's raw figures
  --keep       keep the generated registries (their folder is printed)`;

function parseOptions(argv) {
  const o = { sizes: [1000, 10000], runs: 3, warmup: 1, large: false, seed: 1, main: undefined, timeout: 600, budget: 120, hyperfine: undefined, interleave: false, output: undefined, json: undefined, keep: false };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++k];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    const count = (min) => {
      const v = value();
      const n = Number(v.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer of at least ${min}, not "${v}"`);
      return n;
    };
    if (name === '--sizes') {
      o.sizes = value().split(',').filter(Boolean).map((s) => {
        const n = Number(s.replace(/_/g, '').replace(/k$/i, '000'));
        if (!Number.isInteger(n) || n < 2) throw new Error(`--sizes takes record counts such as 1000,10000, not "${s}"`);
        return n;
      });
    } else if (name === '--runs') o.runs = count(1);
    else if (name === '--warmup') o.warmup = count(0);
    else if (name === '--large') o.large = true;
    else if (name === '--seed') o.seed = value();
    else if (name === '--main') o.main = count(2);
    else if (name === '--timeout') o.timeout = count(1);
    else if (name === '--budget') o.budget = count(1);
    else if (name === '--hyperfine') o.hyperfine = true;
    else if (name === '--no-hyperfine') o.hyperfine = false;
    else if (name === '--interleave') o.interleave = true;
    else if (name === '-o' || name === '--output') o.output = value();
    else if (name === '--json') o.json = value();
    else if (name === '--keep') o.keep = true;
    else if (name === '-h' || name === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument "${arg}"`);
  }
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  if (!o.sizes.length) throw new Error('--sizes needs at least one size');
  o.main ??= o.sizes.includes(10000) ? 10000 : o.sizes[o.sizes.length - 1];
  if (!o.sizes.includes(o.main)) o.sizes = [...o.sizes, o.main].sort((a, b) => a - b);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Running one command several times.

const log = (line) => process.stderr.write(`${line}\n`);

function hasHyperfine() {
  const r = spawnSync('hyperfine', ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

function shellWord(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function readRss(file) {
  if (!existsSync(file)) return undefined;
  const kib = readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number).filter(Number.isFinite);
  return kib.length ? Math.max(...kib) * 1024 : undefined;
}

function describeExit(status, signal, timedOut) {
  if (timedOut) return 'timed out';
  if (signal) return `killed by ${signal}`;
  return `exit ${status}`;
}

/**
 * Times `node ...args` and returns { ms: [run times], medianMs, rssBytes, failed? }.
 * `coldCache`, when given, is a folder emptied before every run (warm-ups included).
 */
class Runner {
  constructor({ work, runs, warmup, timeout, budget, hyperfine }) {
    Object.assign(this, { work, runs, warmup, timeout, budget, hyperfine });
    this.count = 0;
  }

  measure(spec) {
    const state = this.#prepare(spec);
    let result;
    if (this.hyperfine) {
      // hyperfine has no timeout: a first run of our own, with --timeout and --budget, stands in
      // for one warm-up, and a command that fails or runs over the budget stops there.
      result = state.warmup > 0 ? this.#own(state, 1, 0) : { ms: [] };
      if (!result.failed && !result.overBudget) result = this.#hyperfine({ ...state, warmup: Math.max(0, state.warmup - 1) });
    } else {
      result = this.#own(state, state.warmup, this.runs);
    }
    return this.#finish(state, result);
  }

  /**
   * Times every spec in rounds: the warm-ups first, then each round runs every command once, in
   * the order given. Load that comes and goes on a shared machine then falls on all of them alike,
   * where timing one command's runs after another's lets a busy minute land on one side of a ratio.
   */
  rounds(specs, onRound = () => {}) {
    const states = specs.map((spec) => this.#prepare(spec));
    const warmups = Math.max(0, ...states.map((state) => state.warmup));
    for (let w = 0; w < warmups; w++) {
      onRound(`warm-up ${w + 1} of ${warmups}`);
      for (const state of states) if (!state.done && w < state.warmup) this.#step(state, false);
    }
    for (let run = 0; run < this.runs; run++) {
      onRound(`round ${run + 1} of ${this.runs}`);
      for (const state of states) if (!state.done) this.#step(state, true);
    }
    return states.map((state) => this.#finish(state, state.outcome ?? { ms: state.ms }));
  }

  #prepare({ args, cacheDir, coldCache, okCodes = [0], minWarmup = 0 }) {
    const id = ++this.count;
    const rssFile = join(this.work, `rss-${id}.txt`);
    const env = { ...process.env, NO_COLOR: '1', COOP_CACHE_DIR: cacheDir, COOP_BENCH_RSS_FILE: rssFile };
    delete env.FORCE_COLOR;
    delete env.COOP_REGISTRY;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ? `${env.NODE_OPTIONS} ` : ''}--require ${JSON.stringify(PRELOAD)}`;
    return { id, args, env, coldCache, okCodes, rssFile, errFile: join(this.work, `stderr-${id}.txt`), warmup: Math.max(this.warmup, minWarmup), ms: [], done: false, outcome: undefined };
  }

  #finish(state, result) {
    result.rssBytes = readRss(state.rssFile);
    if (!result.failed) result.medianMs = median(result.ms);
    return result;
  }

  #own(state, warmup, runs) {
    for (let run = 0; run < warmup + runs && !state.done; run++) this.#step(state, run >= warmup);
    return state.outcome ?? { ms: state.ms };
  }

  /** One run of a command; a failure, or a run over the budget, is its last (state.done). */
  #step(state, recorded) {
    const { args, env, coldCache, okCodes, errFile, ms } = state;
    if (coldCache) rmSync(coldCache, { recursive: true, force: true });
    const err = openSync(errFile, 'w');
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', err], timeout: this.timeout * 1000, killSignal: 'SIGKILL' });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    closeSync(err);
    const timedOut = r.error?.code === 'ETIMEDOUT';
    const end = (outcome) => {
      state.done = true;
      state.outcome = outcome;
    };
    if (r.error && !timedOut) return end({ ms, failed: r.error.message });
    if (timedOut || r.signal || !okCodes.includes(r.status)) {
      const tail = readFileSync(errFile, 'utf8').trim().split('\n').slice(-3).join(' / ').slice(0, 300);
      if (timedOut) return end({ ms, failed: 'timed out', atLeastMs: this.timeout * 1000 });
      return end({ ms, failed: describeExit(r.status, r.signal, false), stderr: tail });
    }
    if (recorded) ms.push(elapsed);
    // A run over the budget ends the command: its time (a warm-up's, when no timed run is left
    // to come in reasonable time) stands as the only sample.
    if (elapsed > this.budget * 1000) {
      if (!ms.length) ms.push(elapsed);
      end({ ms, overBudget: true });
    }
  }

  #hyperfine({ id, args, env, coldCache, okCodes, warmup }) {
    const json = join(this.work, `hyperfine-${id}.json`);
    const command = [process.execPath, ...args].map(shellWord).join(' ');
    const hfArgs = ['-N', '--style', 'none', '--ignore-failure', '--warmup', String(warmup), '--runs', String(this.runs), '--export-json', json];
    if (coldCache) hfArgs.push('--prepare', `rm -rf ${shellWord(coldCache)}`);
    hfArgs.push(command);
    const r = spawnSync('hyperfine', hfArgs, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (r.status !== 0 || !existsSync(json)) return { ms: [], failed: `hyperfine: ${describeExit(r.status, r.signal, false)}`, stderr: (r.stderr ?? '').trim().slice(-300) };
    const [res] = JSON.parse(readFileSync(json, 'utf8')).results;
    const bad = (res.exit_codes ?? []).find((code) => !okCodes.includes(code));
    if (bad !== undefined) return { ms: [], failed: bad === null ? 'killed by a signal' : `exit ${bad}` };
    return { ms: res.times.map((s) => s * 1000) };
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting.

const fmtMs = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
const fmtMb = (bytes) => (bytes === undefined ? '?' : bytes >= 10 * 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.round(bytes / 2 ** 20)} MB`);
const fmtCount = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
const fmtRatio = (r) => `${r < 10 ? r.toFixed(2) : r.toFixed(1)}x`;

// ---------------------------------------------------------------------------------------------
// The plan: which commands, on which registries, compared with what.

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.interleave && options.hyperfine) {
    console.error('bench: --interleave times with the bench\'s own runner; it cannot be used with --hyperfine');
    process.exitCode = 2;
    return;
  }
  const useHyperfine = !options.interleave && (options.hyperfine ?? hasHyperfine());
  if (useHyperfine && !hasHyperfine()) {
    console.error('bench: --hyperfine given but hyperfine is not on PATH');
    process.exitCode = 2;
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'cli', 'run.js'))) {
    console.error('bench: coop is not built; run `npm run build` (npm run bench does)');
    process.exitCode = 2;
    return;
  }

  const work = mkdtempSync(join(tmpdir(), 'coop-bench-'));
  const cleanup = () => {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
      cleanup();
      process.exit(code);
    });
  }
  try {
    await bench(options, work, useHyperfine);
  } finally {
    cleanup();
    if (options.keep) log(`kept ${work}`);
  }
}

async function bench(options, work, useHyperfine) {
  const runner = new Runner({ work, runs: options.runs, warmup: options.warmup, timeout: options.timeout, budget: options.budget, hyperfine: useHyperfine });
  const require = createRequire(import.meta.url);
  const ajvPkg = require.resolve('ajv-cli/package.json');
  const AJV = join(dirname(ajvPkg), JSON.parse(readFileSync(ajvPkg, 'utf8')).bin.ajv);
  const ajvVersion = JSON.parse(readFileSync(ajvPkg, 'utf8')).version;
  const coopVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const help = spawnSync(process.execPath, [BIN, 'validate', '--help'], { cwd: ROOT, encoding: 'utf8' });
  const noCache = /--no-cache\b/.test(help.stdout ?? '');
  const loadStart = loadavg();
  const started = Date.now();

  const rows = [];
  const results = {};
  let cacheCount = 0;
  const cacheDir = () => join(work, `cache-${++cacheCount}`);

  const logResult = (row, r) => log(`bench: ${row.what} on ${row.registry}: ${r.failed ? `failed (${r.failed})${r.stderr ? `: ${r.stderr}` : ''}` : `${fmtMs(r.medianMs)}, ${fmtMb(r.rssBytes)}`}`);
  /** With --interleave, what is to be timed, in rounds once every registry is written. */
  const planned = [];
  /** Runs one row's command and records it under `key` (with --interleave, later). */
  const time = (key, row, spec) => {
    rows.push({ key, ...row });
    if (options.interleave) {
      planned.push({ key, row, spec });
      return;
    }
    log(`bench: ${row.what} on ${row.registry} ...`);
    const r = runner.measure(spec);
    logResult(row, r);
    results[key] = { ...row, ...r };
  };
  /** A registry that has been timed; with --interleave it is needed until the rounds end (the work folder goes then). */
  const done = (dir) => {
    if (!options.interleave) rmSync(dir, { recursive: true, force: true });
  };
  /** A row comparing an earlier measurement with another (ratio of medians, or a peak RSS bound). */
  const check = (key, against, target) => {
    const row = rows.find((r) => r.key === key);
    row.checks = [...(row.checks ?? []), { against, target }];
  };

  // Shipped registry: start-up cost against bare node.
  const shippedCache = cacheDir();
  const shipped = { registry: 'shipped (4 records)' };
  time('node', { ...shipped, what: '`node -e 0`', registry: '—' }, { args: ['-e', '0'], cacheDir: shippedCache });
  time('version', { ...shipped, what: '`coop --version`' }, { args: [BIN, '--version'], cacheDir: shippedCache });
  time('shipped-list', { ...shipped, what: '`coop list`' }, { args: [BIN, 'list'], cacheDir: shippedCache, minWarmup: 1 });
  time('shipped-validate', { ...shipped, what: '`coop validate`' }, { args: [BIN, 'validate'], cacheDir: shippedCache, minWarmup: 1 });
  check('version', { key: 'node', name: '`node -e 0`' }, { ratio: 1.3 });
  check('shipped-list', { key: 'node', name: '`node -e 0`' }, { ratio: 2.0 });
  check('shipped-validate', { key: 'node', name: '`node -e 0`' }, { ratio: 2.0 });

  const makeRegistry = (name, records, variant) => {
    const dir = join(work, name);
    log(`bench: generating ${records} records${variant === 'clean' ? '' : ` (${variant})`} ...`);
    const { files, affected } = generate({ records, seed: options.seed, variant });
    writeRegistry(dir, files);
    return { dir, affected };
  };
  const dataArgs = (dir) => ['--registry', dir, '--as-of', AS_OF];
  const coldArgs = (dir) => [BIN, 'validate', ...dataArgs(dir), ...(noCache ? ['--no-cache'] : [])];
  const coldSpec = (dir, okCodes) => {
    const cold = cacheDir();
    return { args: coldArgs(dir), cacheDir: cold, coldCache: cold, okCodes };
  };

  for (const size of options.sizes) {
    const n = fmtCount(size);
    const at = (key) => `${key}@${size}`;
    const isMain = size === options.main;
    const { dir } = makeRegistry(`registry-${size}`, size, 'clean');
    const warm = cacheDir();
    const reg = { registry: `${n}` };
    const coop = (what, args, key, okCodes) => time(at(key), { ...reg, what }, { args: [BIN, ...args, ...dataArgs(dir)], cacheDir: warm, minWarmup: 1, okCodes });

    time(at('ajv'), { ...reg, what: `ajv-cli ${ajvVersion} \`validate\` (schema only)` }, {
      args: [AJV, 'validate', '--spec=draft2020', '--all-errors', '-s', AJV_SCHEMA, '-r', join(SCHEMAS, 'defs.schema.json'), '-r', join(SCHEMAS, 'agreement.schema.json'), '-r', join(SCHEMAS, 'programme.schema.json'), '-d', join(dir, '{agreements,programmes}', '*.yaml')],
      cacheDir: warm,
    });
    time(at('cold'), { ...reg, what: `\`validate\`, cold${noCache ? ' (`--no-cache`)' : ''}` }, coldSpec(dir));
    coop('`validate`, warm', ['validate'], 'warm');
    coop('`list --country Kazakhstan`, warm', ['list', '--country', 'Kazakhstan'], 'kz');
    coop('`list --format json`', ['list', '--format', 'json'], 'json');
    coop('`list` (table, all rows)', ['list'], 'list');
    coop('`deadlines`', ['deadlines'], 'deadlines');
    coop('`report`', ['report'], 'report');
    const ajv = { key: at('ajv'), name: 'ajv-cli' };
    const warmRef = { key: at('warm'), name: 'warm `validate`' };
    check(at('cold'), ajv, isMain ? { ratio: 1.0 } : undefined);
    check(at('warm'), ajv, isMain ? { ratio: 0.35 } : undefined);
    check(at('kz'), ajv, isMain ? { ratio: 0.35 } : undefined);
    check(at('list'), { key: at('json'), name: '`list --format json`' }, isMain ? { ratio: 1.5 } : undefined);
    check(at('deadlines'), warmRef, isMain ? { ratio: 1.5 } : undefined);
    check(at('report'), warmRef, isMain ? { ratio: 1.5 } : undefined);
    if (isMain) check(at('cold'), { rss: true }, { rssMb: 200 });

    if (isMain) {
      // Pathological registries: the clean one with one change, same number of files.
      const variants = [
        ['duplicate-id', (k) => `${k.toLocaleString('en')} sharing one id`, false],
        ['dangling-references', (k) => `${k.toLocaleString('en')} dangling references`, false],
        ['long-country', () => 'one 400 KB country value', true],
        ['long-title', () => 'one 200 KB title', true],
      ];
      const okCodes = [0, 1]; // findings are expected; exit 2 or a crash is a failure
      for (const [variant, describe, alsoList] of variants) {
        const { dir: vdir, affected } = makeRegistry(`registry-${size}-${variant}`, size, variant);
        const label = `${n}, ${describe(affected)}`;
        time(at(`cold-${variant}`), { registry: label, what: `\`validate\`, cold${noCache ? ' (`--no-cache`)' : ''}` }, coldSpec(vdir, okCodes));
        check(at(`cold-${variant}`), { key: at('cold'), name: `clean ${n} cold \`validate\`` }, { ratio: 2.0 });
        if (alsoList) {
          time(at(`list-${variant}`), { registry: label, what: '`list` (table, all rows)' }, { args: [BIN, 'list', ...dataArgs(vdir)], cacheDir: cacheDir(), minWarmup: 1, okCodes });
          check(at(`list-${variant}`), { key: at('list'), name: `clean ${n} \`list\`` }, { ratio: 2.0 });
        }
        done(vdir);
      }
    }
    done(dir);
  }

  if (options.large) {
    const { dir } = makeRegistry(`registry-${LARGE}`, LARGE, 'clean');
    const key = `cold@${LARGE}`;
    time(key, { registry: fmtCount(LARGE), what: `\`validate\`, cold${noCache ? ' (`--no-cache`)' : ''}` }, coldSpec(dir));
    check(key, { key: `cold@${options.main}`, name: `${fmtCount(options.main)} cold \`validate\`` }, { ratio: 11 });
    check(key, { rss: true }, { rssMb: 1024 });
    done(dir);
  }

  if (options.interleave) {
    const measured = runner.rounds(planned.map((p) => p.spec), (what) => log(`bench: ${what} (${planned.length} commands) ...`));
    planned.forEach(({ key, row }, i) => {
      logResult(row, measured[i]);
      results[key] = { ...row, ...measured[i] };
    });
  }

  // ------------------------------------------------------------------------------------------
  // One table.

  const lines = [];
  const runsText = `${options.runs} ${options.runs === 1 ? 'run' : 'runs'} after ${options.warmup} ${options.warmup === 1 ? 'warm-up' : 'warm-ups'}`;
  const timer = options.interleave
    ? `median of ${runsText}, spawned by the bench in rounds (--interleave: each round runs every command once)`
    : useHyperfine
      ? `hyperfine -N, median of ${runsText}`
      : `median of ${runsText}, spawned by the bench (${options.hyperfine === false ? '--no-hyperfine' : 'hyperfine not on PATH'})`;
  const argv = process.argv.slice(2);
  lines.push(`\`npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}\` · coop ${coopVersion} · node ${process.version} · ${cpus().length}× ${cpus()[0]?.model?.trim() ?? 'cpu'} · load ${loadStart.map((l) => l.toFixed(2)).join(' ')} → ${loadavg().map((l) => l.toFixed(2)).join(' ')} · ${Math.round((Date.now() - started) / 60000)} min`);
  lines.push('');
  lines.push('| registry | command | median | range | peak RSS | ratio | target | |');
  lines.push('| --- | --- | ---: | ---: | ---: | --- | --- | --- |');
  let passed = 0;
  let missed = 0;
  for (const row of rows) {
    const r = results[row.key];
    // A run killed at --timeout still bounds the time from below.
    const timeCell = r.atLeastMs ? `> ${fmtMs(r.atLeastMs)} (timed out)` : r.failed ? `failed: ${r.failed}` : fmtMs(r.medianMs);
    const range = r.failed ? '' : r.ms.length < 2 ? `1 run${r.overBudget ? ' (over budget)' : ''}` : `${fmtMs(Math.min(...r.ms))}–${fmtMs(Math.max(...r.ms))}`;
    const base = [row.registry, row.what, timeCell, range, fmtMb(r.rssBytes)];
    const checks = row.checks ?? [{}];
    checks.forEach((c, i) => {
      let ratio = '';
      let target = '';
      let mark = '';
      if (c.against?.rss) {
        target = `peak RSS ≤ ${c.target.rssMb >= 1024 ? `${c.target.rssMb / 1024} GB` : `${c.target.rssMb} MB`}`;
        if (r.rssBytes === undefined) mark = r.failed ? 'miss' : 'n/a';
        else mark = r.rssBytes <= c.target.rssMb * 2 ** 20 ? 'pass' : 'miss';
      } else if (c.against) {
        const ref = results[c.against.key];
        const refOk = ref && !ref.failed;
        const value = r.failed ? r.atLeastMs / ref?.medianMs : r.medianMs / ref?.medianMs; // NaN when unknown
        ratio = refOk && Number.isFinite(value) ? `${r.failed ? '> ' : ''}${fmtRatio(value)} ${c.against.name}` : `— ${c.against.name}`;
        if (c.target) {
          target = `≤ ${Number.isInteger(c.target.ratio) ? c.target.ratio.toFixed(1) : c.target.ratio}x`;
          if (!refOk) mark = r.failed ? 'miss' : 'n/a';
          else if (r.failed) mark = r.atLeastMs && value <= c.target.ratio ? 'n/a' : 'miss';
          else mark = value <= c.target.ratio ? 'pass' : 'miss';
        }
      }
      if (mark === 'pass') passed++;
      if (mark === 'miss') missed++;
      const cells = i === 0 ? base : ['', '', '', '', ''];
      lines.push(`| ${[...cells, ratio, target, mark].join(' | ')} |`);
    });
  }
  lines.push('');
  lines.push(`${passed} targets met, ${missed} missed. Registries from \`bench/generate.js\` (seed ${options.seed}), checked \`--as-of ${AS_OF}\`; ` +
    `"cold": ${noCache ? '`--no-cache` and ' : ''}an empty \`COOP_CACHE_DIR\` each run${noCache ? '' : ' (this build has no `--no-cache`, so cold and warm differ only if it caches anyway)'}; ` +
    `"warm": the registry's own \`COOP_CACHE_DIR\`, filled by the warm-up run. Timing: ${timer}. ` +
    'Peak RSS: highest `process.resourceUsage().maxRSS` of the runs (MB = 2^20 bytes). ' +
    'ajv-cli: `ajv validate --spec=draft2020 --all-errors -s bench/ajv-record.schema.json -r schemas/defs.schema.json -r schemas/agreement.schema.json -r schemas/programme.schema.json -d "DIR/{agreements,programmes}/*.yaml"`.');
  const text = `${lines.join('\n')}\n`;
  process.stdout.write(text);
  if (options.output) writeFileSync(options.output, text);
  if (options.json) {
    mkdirSync(dirname(resolve(options.json)), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify({ options, noCache, hyperfine: useHyperfine, node: process.version, results }, null, 2)}\n`);
  }
}

main().catch((error) => {
  // Measurement never fails the script; an unexpected error is still reported.
  console.error(`bench: ${error.stack ?? error}`);
});
