#!/usr/bin/env node
// Times coop on generated registries of growing size, spawning the built CLI as a user would:
// validate, list, deadlines and report. Prints the median wall time of several runs per size;
// asserts nothing.
// Usage: npm run bench [-- SIZES...]   e.g. npm run bench -- 100 1000 5000
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/coop.js', import.meta.url));
const RUNS = 5;
const COUNTRIES = ['PK', 'PS', 'KZ', 'AF', 'TR', 'EG', 'IN', 'BR', 'ZA', 'KE', 'DE', 'FR', 'JP', 'CN', 'US', 'XK'];
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function agreement(i) {
  const a = COUNTRIES[i % COUNTRIES.length];
  const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length] === a ? 'GB' : COUNTRIES[(i * 7 + 3) % COUNTRIES.length];
  return `id: agreement-${i}
kind: agreement
title: Generated agreement ${i} on health cooperation
instrument: memorandum-of-understanding
parties:
  - country: ${a}
  - country: ${b}
signed:
  date: "${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}"
  place: Somewhere
status: signed
areas: [cardiology, medical-education]
commitments:
  - id: working-group
    text: Set up a working group
    due: {within: P30D, from: signed}
    status: pending
sources:
  - title: Generated source ${i}
    publisher: Bench
`;
}

function programme(i) {
  return `id: programme-${i}
kind: programme
title: Generated programme ${i}
modalities: [training]
countries:
  - {country: ${COUNTRIES[i % COUNTRIES.length]}, role: provider}
  - {country: ${COUNTRIES[(i + 1) % COUNTRIES.length]}, role: recipient}
agreement: agreement-${i}
start: "${2000 + (i % 25)}"
status: active
sources:
  - title: Generated source ${i}
    publisher: Bench
`;
}

function makeRegistry(records) {
  const dir = mkdtempSync(join(tmpdir(), 'coop-bench-'));
  mkdirSync(join(dir, 'agreements'));
  mkdirSync(join(dir, 'programmes'));
  for (let i = 0; i < records / 2; i++) {
    writeFileSync(join(dir, 'agreements', `agreement-${i}.yaml`), agreement(i));
    writeFileSync(join(dir, 'programmes', `programme-${i}.yaml`), programme(i));
  }
  return dir;
}

function medianMs(args) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const COMMANDS = {
  validate: ['validate', '--format', 'json'],
  list: ['list', '--format', 'json'],
  deadlines: ['deadlines', '--all', '--format', 'json'],
  report: ['report'],
};

console.log(`median wall time of ${RUNS} runs in ms, node ${process.version}`);
console.log(`coop --version: ${medianMs(['--version']).toFixed(0)}`);
console.log(`${'records'.padStart(7)}  ${Object.keys(COMMANDS).map((c) => c.padStart(9)).join('  ')}`);
for (const size of sizes.length ? sizes : [100, 1000, 5000]) {
  const dir = makeRegistry(size);
  try {
    const times = Object.values(COMMANDS).map((args) => medianMs([...args, '--registry', dir, '--as-of', '2026-01-01']));
    console.log(`${String(size).padStart(7)}  ${times.map((ms) => ms.toFixed(0).padStart(9)).join('  ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
