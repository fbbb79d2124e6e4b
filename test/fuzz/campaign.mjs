// A fuzz campaign: cases spread over worker threads with a watchdog, failures tallied by kind and
// signature, and a minimal reproducer written for the most frequent signatures of each kind.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AS_OF, DEFAULTS, generateCase, readRegistry, ROOT, writeRegistry } from './engine.mjs';
import { KINDS, label, quote } from './invariants.mjs';
import { caseSeed } from './prng.mjs';

const formatOf = (argv) => (argv && argv.includes('--format') ? argv[argv.indexOf('--format') + 1] : 'default');

/** Worker threads that run jobs one at a time each; a job over its time limit gets its worker killed. */
class Pool {
  constructor(size, { root, slowMs, caseMs, diffRate, cacheRate }) {
    this.options = { root, slowMs, caseMs, diffRate, cacheRate };
    // A run gets 2 s of grace past its bound to report itself before the watchdog stops it.
    this.killRunMs = slowMs + 2000;
    this.killCaseMs = caseMs + 2000;
    this.queue = [];
    this.slots = Array.from({ length: size }, (_, id) => ({ id, worker: undefined, job: undefined, ready: false }));
    this.nextKey = 0;
    this.restarts = 0;
    for (const slot of this.slots) this.spawn(slot);
    this.timer = setInterval(() => this.watch(), 200);
  }

  spawn(slot) {
    slot.ready = false;
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { ...this.options, id: `${slot.id}-${this.restarts++}` },
      resourceLimits: { maxOldGenerationSizeMb: 3072 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    slot.worker = worker;
    worker.on('message', (message) => {
      if (slot.worker !== worker) return;
      if (message.type === 'ready') {
        slot.ready = true;
        this.dispatch();
      } else if (message.type === 'run' && slot.job) {
        slot.job.argv = message.argv;
        slot.job.runStarted = performance.now();
        slot.job.runsSeen = (slot.job.runsSeen ?? 0) + 1;
      } else if (message.type === 'failures' && slot.job) {
        (slot.job.partial ??= []).push(...message.failures);
      } else if (message.type === 'done' && slot.job && slot.job.key === message.key) {
        const job = slot.job;
        slot.job = undefined;
        job.resolve(message);
        this.dispatch();
      }
    });
    const died = (why) => {
      if (slot.worker !== worker) return;
      const job = slot.job;
      slot.job = undefined;
      slot.worker = undefined;
      if (job) {
        job.resolve({ runs: 0, failures: [{ kind: 'worker-crash', signature: `worker-crash: ${label({ argv: job.argv ?? ['?'], format: formatOf(job.argv) })}`, detail: why, argv: job.argv, format: formatOf(job.argv) }] });
      }
      if (!this.closed) this.spawn(slot);
    };
    worker.on('error', (error) => died(`worker error: ${error?.code ?? ''} ${error?.message ?? error}`));
    worker.on('exit', (code) => died(`worker exited with code ${code}`));
  }

  watch() {
    const now = performance.now();
    for (const slot of this.slots) {
      const job = slot.job;
      if (!job) continue;
      const runMs = now - (job.runStarted ?? job.started);
      const caseMs = now - job.started;
      if (runMs < this.killRunMs && caseMs < this.killCaseMs) continue;
      const worker = slot.worker;
      slot.job = undefined;
      slot.worker = undefined;
      const argv = job.argv ?? ['?'];
      const format = formatOf(job.argv);
      const detail =
        runMs >= this.killRunMs
          ? `run stopped after ${Math.round(runMs)} ms (bound ${this.options.slowMs} ms)`
          : `case stopped after ${Math.round(caseMs)} ms (bound ${this.options.caseMs} ms) while running it`;
      job.resolve({
        runs: job.runsSeen ?? 0,
        killed: true,
        // What the runs before this one found still counts.
        failures: [...(job.partial ?? []), { kind: 'slow', signature: `slow: ${label({ argv, format })}`, detail, argv, format }],
      });
      void worker?.terminate();
      this.spawn(slot);
    }
  }

  dispatch() {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || !slot.worker || this.queue.length === 0) continue;
      const job = this.queue.shift();
      job.started = performance.now();
      slot.job = job;
      slot.worker.postMessage(job.message);
    }
  }

  submit(message) {
    return new Promise((resolve) => {
      const key = this.nextKey++;
      this.queue.push({ key, message: { ...message, key }, resolve });
      this.dispatch();
    });
  }

  async close() {
    this.closed = true;
    clearInterval(this.timer);
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }
}

/**
 * Runs `cases` cases of campaign `seed` (or just the case indexes in `only`). Returns totals and,
 * per signature, the first failing case. With `reproDir`, reduces and writes reproducers.
 */
export async function runCampaign(options = {}) {
  const {
    cases = 200,
    seed = 1,
    only,
    workers = Math.max(1, Math.min(2, availableParallelism())),
    slowMs = DEFAULTS.slowMs,
    caseMs = DEFAULTS.caseMs,
    diffRate = DEFAULTS.diffRate,
    cacheRate = DEFAULTS.cacheRate,
    reproDir,
    reprosPerKind = 3,
    reduceBudget = 250,
    log = () => {},
  } = options;
  const root = mkdtempSync(join(tmpdir(), 'coop-fuzz-'));
  const pool = new Pool(workers, { root, slowMs, caseMs, diffRate, cacheRate });
  const base = readRegistry();
  const indexes = only ?? Array.from({ length: cases }, (_, i) => i);
  const totals = { seed, cases: 0, runs: 0, failingCases: 0, byKind: Object.fromEntries(KINDS.map((k) => [k, { runs: 0, cases: 0 }])), ms: 0 };
  const signatures = new Map();
  const started = performance.now();
  let done = 0;
  try {
    await Promise.all(
      indexes.map(async (index) => {
        const s = caseSeed(seed, index);
        const result = await pool.submit({ type: 'case', seed: s });
        totals.cases++;
        totals.runs += result.runs;
        const kinds = new Set();
        for (const failure of result.failures) {
          totals.byKind[failure.kind] ??= { runs: 0, cases: 0 };
          totals.byKind[failure.kind].runs++;
          kinds.add(failure.kind);
          const entry = signatures.get(failure.signature);
          if (entry) {
            entry.count++;
            if (index < entry.example.index) entry.example = { index, seed: s, failure };
          } else {
            signatures.set(failure.signature, { kind: failure.kind, signature: failure.signature, count: 1, example: { index, seed: s, failure } });
          }
        }
        for (const kind of kinds) totals.byKind[kind].cases++;
        if (kinds.size > 0) totals.failingCases++;
        done++;
        if (done % 100 === 0 || done === indexes.length) log(`  ${done}/${indexes.length} cases, ${totals.runs} runs, ${totals.failingCases} failing cases, ${Math.round((performance.now() - started) / 1000)} s`);
      }),
    );
    totals.ms = performance.now() - started;
    // Attach the example's mutations and files (cases are deterministic: regenerate them).
    for (const entry of signatures.values()) {
      const spec = generateCase(entry.example.seed, { diffRate, cacheRate, base });
      Object.assign(entry.example, { notes: spec.notes, diff: spec.diff, files: spec.files });
    }
    const reproducers = reproDir ? await writeReproducers({ signatures, pool, reproDir, reprosPerKind, reduceBudget, base, seed, log }) : [];
    const result = { totals, signatures: [...signatures.values()].sort((a, b) => b.count - a.count), reproducers };
    if (reproDir) writeFileSync(join(reproDir, 'totals.json'), `${JSON.stringify(summarize(result), null, 2)}\n`);
    return result;
  } finally {
    await pool.close();
    rmSync(root, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Reduction

function splitLines(data) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x0a) {
      lines.push(data.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < data.length) lines.push(data.subarray(start));
  return lines;
}

/** Delta debugging over the units of one file, keeping `holds` true; spends at most `budget` checks. */
async function ddmin(units, holds, budget) {
  let n = 2;
  while (units.length >= 1 && budget.left > 0) {
    const chunk = Math.ceil(units.length / n);
    let reduced = false;
    for (let i = 0; i < n && budget.left > 0; i++) {
      const candidate = [...units.slice(0, i * chunk), ...units.slice((i + 1) * chunk)];
      if (candidate.length === units.length) continue;
      if (await holds(candidate)) {
        units = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= units.length) break;
      n = Math.min(units.length, n * 2);
    }
  }
  return units;
}

/** Cuts long lines in half while the failure holds (not past a UTF-8 sequence start). */
async function shortenLines(lines, holds, budget) {
  for (let i = 0; i < lines.length && budget.left > 0; i++) {
    while (lines[i].length > 160 && budget.left > 0) {
      const line = lines[i];
      let cut = Math.floor(line.length / 2);
      while (cut > 0 && (line[cut] & 0xc0) === 0x80) cut--;
      const ends = line[line.length - 1] === 0x0a ? Buffer.from('\n') : Buffer.alloc(0);
      const candidate = Buffer.concat([line.subarray(0, cut), ends]);
      const next = [...lines.slice(0, i), candidate, ...lines.slice(i + 1)];
      if (await holds(next)) lines = next;
      else break;
    }
  }
  return lines;
}

async function reduceExample(entry, pool, reduceBudget) {
  const { failure, diff } = entry.example;
  const argv = failure.argv;
  const format = failure.format ?? formatOf(argv);
  const budget = { left: entry.kind === 'slow' ? 6 : diff ? Math.min(60, reduceBudget) : reduceBudget, used: 0 };
  let last;
  const check = async (files) => {
    budget.left--;
    budget.used++;
    const result = await pool.submit({ type: 'check', files: [...files], diff, argv, format, cached: failure.cached === true });
    const hit = result.failures.find((f) => f.signature === entry.signature);
    if (hit) last = hit;
    return hit !== undefined;
  };
  let files = new Map(entry.example.files);
  if (!argv || !(await check(files))) {
    return { files, argv, format, reproduced: false, checks: budget.used, last };
  }
  const original = new Map(entry.example.base ?? []);
  // 1. Drop whole files, untouched ones first.
  const order = [...files.keys()].sort((a, b) => Number(files.get(a) !== original.get(a)) - Number(files.get(b) !== original.get(b)));
  for (const path of order) {
    if (budget.left <= 0 || files.size <= 1) break;
    const candidate = new Map(files);
    candidate.delete(path);
    if (await check(candidate)) files = candidate;
  }
  // 2. Delta-debug the lines of each file, then shorten long lines.
  for (const path of [...files.keys()]) {
    const data = files.get(path);
    if (data === 'dir' || budget.left <= 0) continue;
    const withLines = (lines) => new Map([...files].map(([p, d]) => [p, p === path ? Buffer.concat(lines) : d]));
    let lines = await ddmin(splitLines(Buffer.from(data)), (lines) => check(withLines(lines)), budget);
    lines = await shortenLines(lines, (lines) => check(withLines(lines)), budget);
    files = withLines(lines);
  }
  // Run once more on the result, for the output to show.
  budget.left = Math.max(budget.left, 1);
  const reproduced = await check(files);
  return { files, argv, format, reproduced, checks: budget.used, last };
}

// ---------------------------------------------------------------------------------------------
// Reproducers

function shellQuote(arg) {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(arg)) {
    return `$'${[...arg].map((c) => (/[\w ./:-]/.test(c) ? c : c === "'" ? "\\'" : c.codePointAt(0) < 0x80 ? `\\x${c.codePointAt(0).toString(16).padStart(2, '0')}` : c)).join('')}'`;
  }
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

/**
 * The most frequent signatures, preferring ones from different cases and commands, since one
 * mutation usually fails many formats at once.
 */
function pickDiverse(entries, count) {
  const sorted = [...entries].sort((a, b) => b.count - a.count || a.signature.localeCompare(b.signature));
  const picked = [];
  const cases = new Set();
  const commands = new Set();
  for (const strict of [true, false]) {
    for (const entry of sorted) {
      if (picked.length >= count) break;
      if (picked.includes(entry)) continue;
      const command = entry.example.failure.argv?.[0];
      if (strict && (cases.has(entry.example.index) || commands.has(command))) continue;
      picked.push(entry);
      cases.add(entry.example.index);
      commands.add(command);
    }
  }
  return picked;
}

async function writeReproducers({ signatures, pool, reproDir, reprosPerKind, reduceBudget, base, seed, log }) {
  rmSync(reproDir, { recursive: true, force: true });
  mkdirSync(reproDir, { recursive: true });
  const written = [];
  const byKind = new Map();
  for (const entry of signatures.values()) {
    if (!byKind.has(entry.kind)) byKind.set(entry.kind, []);
    byKind.get(entry.kind).push(entry);
  }
  for (const [kind, entries] of byKind) {
    let n = 0;
    for (const entry of pickDiverse(entries, reprosPerKind)) {
      n++;
      entry.example.base = base;
      log(`  reducing ${quote(entry.signature)} (case ${entry.example.index})`);
      const reduced = await reduceExample(entry, pool, reduceBudget);
      const dir = join(reproDir, `${kind}-${n}`);
      writeRepro(dir, entry, reduced, base, seed);
      written.push({ dir, kind, signature: entry.signature, reproduced: reduced.reproduced, files: [...reduced.files.keys()] });
    }
  }
  writeFileSync(join(reproDir, 'reproducers.json'), `${JSON.stringify(written, null, 2)}\n`);
  return written;
}

function writeRepro(dir, entry, reduced, base, seed) {
  mkdirSync(dir, { recursive: true });
  const { diff } = entry.example;
  writeRegistry(join(dir, 'registry'), reduced.files);
  if (diff) writeRegistry(join(dir, 'base'), base);
  const argv = reduced.argv ? reduced.argv.map((a, i) => (reduced.argv[i - 1] === '--registry' ? 'registry' : a)) : [];
  const bin = join(ROOT, 'bin', 'coop.js');
  const command = `node ${shellQuote(bin)} ${argv.map(shellQuote).join(' ')}`;
  // A failure found with a parse cache runs the command without one, then cold and warm with one, and diffs them.
  const run = entry.example.failure.cached
    ? [
        '# Found with a parse cache (the fuzzer also ran it after another day and on a damaged cache; see case.json).',
        'cache="$(mktemp -d)"',
        'out="$(mktemp -d)"',
        "trap 'rm -rf \"$cache\" \"$out\"' EXIT",
        `${command} > "$out/no-cache.txt" 2>&1; echo "exit $?" >> "$out/no-cache.txt"`,
        `COOP_CACHE_DIR="$cache" ${command} > "$out/cold.txt" 2>&1; echo "exit $?" >> "$out/cold.txt"`,
        `COOP_CACHE_DIR="$cache" ${command} > "$out/warm.txt" 2>&1; echo "exit $?" >> "$out/warm.txt"`,
        'diff "$out/no-cache.txt" "$out/cold.txt"; diff "$out/no-cache.txt" "$out/warm.txt"',
      ]
    : [command];
  const script = diff
    ? [
        '#!/usr/bin/env bash',
        '# coop diff needs a git repository whose HEAD holds base/ as registry/.',
        'set -e',
        'here="$(cd "$(dirname "$0")" && pwd)"',
        'work="$(mktemp -d)"',
        'cp -r "$here/base" "$work/registry"',
        'cd "$work"',
        'git init -q -b main && git add -A && git -c user.name=fuzz -c user.email=fuzz@example.org -c commit.gpgsign=false commit -qm base',
        'rm -rf registry && cp -r "$here/registry" registry',
        'set +e',
        ...run,
      ].join('\n')
    : ['#!/usr/bin/env bash', 'cd "$(dirname "$0")"', ...run].join('\n');
  writeFileSync(join(dir, 'repro.sh'), `${script}\n`, { mode: 0o755 });
  const last = reduced.last ?? entry.example.failure;
  writeFileSync(join(dir, 'stdout.txt'), last.out ?? '');
  writeFileSync(join(dir, 'stderr.txt'), last.err ?? '');
  const files = Object.fromEntries([...reduced.files].map(([p, d]) => [p, d === 'dir' ? '<folder>' : Buffer.from(d).toString('utf8')]));
  writeFileSync(
    join(dir, 'case.json'),
    `${JSON.stringify(
      {
        kind: entry.kind,
        signature: entry.signature,
        occurrences: entry.count,
        detail: last.detail,
        exitCode: last.code,
        argv,
        asOf: AS_OF,
        campaignSeed: seed,
        caseIndex: entry.example.index,
        caseSeed: entry.example.seed,
        rerun: `npm run fuzz -- --seed ${seed} --case ${entry.example.index}`,
        mutations: entry.example.notes,
        diff,
        reproduced: reduced.reproduced,
        reductionChecks: reduced.checks,
        files,
      },
      null,
      2,
    )}\n`,
  );
}

/** The campaign's totals as text. */
export function formatTotals({ totals, signatures, reproducers }, { maxSignatures = 40 } = {}) {
  const lines = [];
  lines.push(`coop fuzz: seed ${totals.seed}, ${totals.cases} cases, ${totals.runs} command runs, ${totals.failingCases} failing cases, ${(totals.ms / 1000).toFixed(1)} s`);
  lines.push('failures by kind (failing runs / cases):');
  for (const kind of KINDS) {
    const k = totals.byKind[kind] ?? { runs: 0, cases: 0 };
    lines.push(`  ${kind.padEnd(18)} ${String(k.runs).padStart(7)} / ${k.cases}`);
  }
  if (signatures.length > 0 && maxSignatures > 0) {
    lines.push(`distinct failures (${signatures.length}), most frequent first:`);
    for (const s of signatures.slice(0, maxSignatures)) lines.push(`  ${String(s.count).padStart(6)}  ${quote(s.signature).slice(1, -1)}   [case ${s.example.index}]`);
    if (signatures.length > maxSignatures) lines.push(`  ... ${signatures.length - maxSignatures} more`);
  }
  if (reproducers.length > 0) {
    lines.push('reproducers:');
    for (const r of reproducers) lines.push(`  ${relative(process.cwd(), r.dir) || r.dir}  ${quote(r.signature).slice(1, -1)}${r.reproduced ? '' : '  (not reproduced by a single run)'}`);
  }
  return lines.join('\n');
}

/** Totals as a plain object, for --json. */
export function summarize(result) {
  return {
    totals: result.totals,
    signatures: result.signatures.map((s) => ({ kind: s.kind, signature: s.signature, count: s.count, caseIndex: s.example.index, detail: s.example.failure.detail })),
    reproducers: result.reproducers,
  };
}
