#!/usr/bin/env node
// npm run fuzz -- [--cases N] [--seed N] [--case I ...] [--workers N] [--slow-ms MS] [--diff-rate P] [--cache-rate P]
//                 [--out DIR] [--repros-per-kind N] [--no-reduce] [--json]
// Runs a seeded mutation-fuzzing campaign against the built CLI (dist/) and prints totals.
// Exit code: 0 when no invariant failed, 1 when some did, 2 on bad arguments.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTotals, runCampaign, summarize } from './campaign.mjs';
import { DEFAULTS } from './engine.mjs';

const USAGE = `usage: npm run fuzz -- [options]
  --cases N            number of cases (default 1000)
  --seed N             campaign seed (default 1); the same seed gives the same cases
  --case I             run only case I of the campaign (repeatable), e.g. to replay a failure
  --workers N          worker threads (default: min(2, CPUs))
  --slow-ms MS         a command run slower than this is a "slow" failure (default ${DEFAULTS.slowMs})
  --case-ms MS         a whole case slower than this is one too (default ${DEFAULTS.caseMs})
  --diff-rate P        share of cases that also run "coop diff HEAD" in a git repo (default ${DEFAULTS.diffRate})
  --cache-rate P       share of cases run again with a parse cache: cold, warm, another day, day-back, damaged (default ${DEFAULTS.cacheRate})
  --out DIR            where reproducers go (default ${join(tmpdir(), 'coop-fuzz-failures')})
  --repros-per-kind N  reproducers per failure kind, most frequent signatures first (default 3)
  --reduce-budget N    runs spent minimizing each reproducer (default 250)
  --no-reduce          write no reproducers
  --json               print the totals as JSON`;

function parse(argv) {
  const options = { cases: 1000, seed: 1, only: undefined, reproDir: join(tmpdir(), 'coop-fuzz-failures'), json: false };
  const number = (flag, value) => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a number, got ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case '--cases':
        options.cases = Math.floor(number(arg, argv[++i]));
        break;
      case '--seed':
        options.seed = Math.floor(number(arg, argv[++i])) >>> 0;
        break;
      case '--case':
        (options.only ??= []).push(Math.floor(number(arg, argv[++i])));
        break;
      case '--workers':
        options.workers = Math.max(1, Math.floor(number(arg, argv[++i])));
        break;
      case '--slow-ms':
        options.slowMs = number(arg, argv[++i]);
        break;
      case '--case-ms':
        options.caseMs = number(arg, argv[++i]);
        break;
      case '--diff-rate':
        options.diffRate = number(arg, argv[++i]);
        break;
      case '--cache-rate':
        options.cacheRate = number(arg, argv[++i]);
        break;
      case '--out':
        options.reproDir = argv[++i];
        if (!options.reproDir) throw new Error('--out needs a folder');
        break;
      case '--repros-per-kind':
        options.reprosPerKind = Math.floor(number(arg, argv[++i]));
        break;
      case '--reduce-budget':
        options.reduceBudget = Math.floor(number(arg, argv[++i]));
        break;
      case '--no-reduce':
        options.reproDir = undefined;
        break;
      case '--json':
        options.json = true;
        break;
      case '-h':
      case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return options;
}

let options;
try {
  options = parse(process.argv.slice(2));
} catch (error) {
  console.error(`fuzz: ${error.message}\n${USAGE}`);
  process.exit(2);
}

const log = options.json ? () => {} : (line) => console.error(line);
log(`coop fuzz: seed ${options.seed}, ${options.only ? `cases ${options.only.join(', ')}` : `${options.cases} cases`}`);
const result = await runCampaign({ ...options, log });
console.log(options.json ? JSON.stringify(summarize(result), null, 2) : formatTotals(result));
process.exitCode = result.totals.failingCases > 0 ? 1 : 0;
