import type { Io } from '../../commands/io.js';
import { ExitCode } from '../../core/errors.js';
import type { Program } from '../program.js';
import { completeLine, FILES } from './complete.js';
import { FILES_DIRECTIVE } from './shells.js';
import { completionSpec } from './spec.js';
import { valueSource } from './values.js';

// Candidates are typed back into a shell: plain printable words only, no quotes, spaces,
// globs or `$`. A value of another shape (an id in a broken file) is left out, not escaped.
const PLAIN = /^[\w.,:@+=/-]{1,200}$/;

/**
 * `coop __complete WORD... CURRENT`: the candidates for CURRENT, one a line, or `:files`.
 * Always exits 0 and prints nothing it cannot vouch for: a Tab must never show an error.
 */
export function completeCommand(words: readonly string[], program: Program, io: Io): ExitCode {
  try {
    const candidates = completeLine(words.length > 0 ? words : [''], completionSpec(program), valueSource(io));
    if (candidates === FILES) io.out(`${FILES_DIRECTIVE}\n`);
    else {
      const plain = [...new Set(candidates)].filter((candidate) => PLAIN.test(candidate) && candidate !== FILES_DIRECTIVE);
      if (plain.length > 0) io.out(`${plain.join('\n')}\n`);
    }
  } catch {
    // A missing or broken registry: no candidates.
  }
  return ExitCode.Ok;
}
