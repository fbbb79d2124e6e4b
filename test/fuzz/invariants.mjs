// The invariants every run of coop must hold on any registry, hostile or not (issue 9).

export const KINDS = [
  'internal-error', // "internal error" printed
  'bad-exit', // exit code other than 0, 1, 2 (or run() rejected)
  'unlocated-finding', // a finding of validate json/sarif/github without line and column ≥ 1
  'raw-control-char', // a raw C0/C1/DEL/bidi character (or a CR outside CSV/ICS CRLF) in any output
  'stack-trace', // a V8 stack frame in any output
  'invalid-json', // a JSON format printed something JSON.parse refuses
  'prototype-leak', // a built-in reached the output ("function Object() { [native code] }")
  'slow', // a case took longer than the bound (or was stopped at it)
  'worker-crash', // the fuzz worker died outside a run (out of memory, uncaught error)
  'cache-differs', // a run with a parse cache (cold, warm, after another day, damaged) printed other than without one
];

/** Raw characters no output may carry (tab, LF and CR are handled apart). */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

// A V8 frame: "    at fn (file:///x.js:1:2)", "    at /x.js:1:2", "    at Array.map (<anonymous>)".
// Not any indented line starting with "at": wrapped record text can ("    at Pakistan's ...").
const STACK_FRAME = /^\s+at (?:async )?(?:new )?(?:\S+(?: \[as \S+\])? \()?(?:(?:file:\/\/|node:|\/)[^\n()]*:\d+:\d+|<anonymous>|native)\)?$/m;

/** Formats whose line ends are CRLF by their standard: CR is allowed there, but only before LF. */
const CRLF_FORMATS = new Set(['csv', 'ics']);
const JSON_FORMATS = new Set(['json', 'sarif']);

function charClass(code) {
  if (code === 0x0d) return 'CR';
  if (code < 0x20) return 'C0';
  if (code === 0x7f) return 'DEL';
  if (code <= 0x9f) return 'C1';
  return 'bidi';
}

const hex = (code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Command and format of a run, e.g. "list csv", "report --country markdown". */
export function label(run) {
  const sub = run.argv[0] === 'report' && run.argv.includes('--country') ? 'report --country' : run.argv[0];
  return `${sub} ${run.format}`;
}

/** Text quoted for a report: JSON string syntax, with bidi, C1 and DEL escaped too. */
export function quote(text) {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`);
}

function excerpt(text, at) {
  return quote(text.slice(Math.max(0, at - 40), at + 40));
}

/** What a prototype lookup of a user-supplied key (constructor, toString, ...) prints. */
const PROTOTYPE_LEAK = /\[native code\]|function (?:Object|Function|Array|String|toString|valueOf|hasOwnProperty|isPrototypeOf|__defineGetter__|toLocaleString)\(\)/;

function firstRawControl(text, crlfAllowed) {
  const raw = RAW_CONTROL.exec(text);
  let at = raw ? raw.index : -1;
  const cr = crlfAllowed ? /\r(?!\n)/.exec(text) : /\r/.exec(text);
  if (cr && (at < 0 || cr.index < at)) at = cr.index;
  return at;
}

/** Failures of one run: [{kind, signature, detail}]. */
export function checkRun(run) {
  const failures = [];
  const what = label(run);
  const add = (kind, signature, detail) => failures.push({ kind, signature: `${kind}: ${signature}`, detail });

  if (run.threw !== undefined) add('bad-exit', `${what} run() rejected`, String(run.threw).slice(0, 300));
  else if (![0, 1, 2].includes(run.code)) add('bad-exit', `${what} exit ${run.code}`, `exit code ${run.code}`);

  for (const [stream, text] of [['stdout', run.out], ['stderr', run.err]]) {
    const internal = /internal error[^\n]*/i.exec(text);
    if (internal) {
      const message = internal[0].replace(/\d+/g, 'N').slice(0, 90);
      add('internal-error', `${run.argv[0]} "${message}"`, `${stream}: ${quote(internal[0].slice(0, 300))}`);
    }
    const frame = STACK_FRAME.exec(text);
    if (frame) add('stack-trace', `${what} ${stream}`, `${stream}: ${quote(frame[0].slice(0, 200))}`);
    const leak = PROTOTYPE_LEAK.exec(text);
    if (leak) add('prototype-leak', `${run.argv[0]} ${stream}`, `${stream}: ${excerpt(text, leak.index)}`);
    const at = firstRawControl(text, stream === 'stdout' && CRLF_FORMATS.has(run.format));
    if (at >= 0) {
      const code = text.codePointAt(at);
      add('raw-control-char', `${what} ${stream} ${charClass(code)}`, `${stream} offset ${at}: raw ${hex(code)} in ${excerpt(text, at)}`);
    }
  }

  if (JSON_FORMATS.has(run.format) && run.out.trim() !== '' && run.code !== 2) {
    let parsed;
    try {
      parsed = JSON.parse(run.out);
    } catch (error) {
      add('invalid-json', what, String(error).slice(0, 200));
    }
    if (parsed !== undefined && run.argv[0] === 'validate') {
      for (const problem of locationsOf(run.format, parsed)) {
        if (!isPosition(problem.line) || !isPosition(problem.column)) {
          add('unlocated-finding', `${what} ${problem.code}`, `finding ${quote(JSON.stringify(problem)).slice(0, 300)}`);
          break;
        }
      }
    }
  }
  if (run.argv[0] === 'validate' && run.format === 'github') {
    for (const line of run.out.split('\n')) {
      if (!/^::(error|warning|notice)\b/.test(line)) continue;
      const m = /^::\w+ [^:]*\bline=(\d+),col=(\d+)\b/.exec(line);
      if (!m || !isPosition(Number(m[1])) || !isPosition(Number(m[2]))) {
        add('unlocated-finding', `${what} annotation`, `annotation ${quote(line.slice(0, 200))}`);
        break;
      }
    }
  }
  if (run.ms > run.slowMs) add('slow', `${what}`, `one run took ${Math.round(run.ms)} ms (bound ${run.slowMs} ms)`);
  return failures;
}

const isPosition = (n) => Number.isInteger(n) && n >= 1;

function locationsOf(format, parsed) {
  if (format === 'json') {
    const problems = Array.isArray(parsed?.problems) ? parsed.problems : [];
    return problems.map((p) => ({ code: p?.code, line: p?.line, column: p?.column }));
  }
  const results = parsed?.runs?.[0]?.results ?? [];
  return results.map((r) => {
    const region = r?.locations?.[0]?.physicalLocation?.region;
    return { code: r?.ruleId, line: region?.startLine, column: region?.startColumn };
  });
}
