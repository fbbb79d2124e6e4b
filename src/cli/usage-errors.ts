import { terminalSafe } from '../format/terminal-safe.js';

/** Said instead of commander's "missing required argument", by command: what to give and an example. */
const MISSING_ARGUMENT: Readonly<Record<string, string>> = {
  diff: 'diff needs a git revision to compare from, e.g. coop diff origin/main',
  show: 'show needs a record id, e.g. coop show pk-ps-health-mou-2025 (coop list shows every id)',
  new: 'new needs the kind of record: coop new agreement or coop new programme',
  completion: 'completion needs a shell: coop completion bash, zsh or fish',
};

/**
 * Commander's error ("error: unknown option '--contry'\n(Did you mean --country?)\n") as one
 * line in coop's style: "coop: unknown option '--contry' (Did you mean --country?)".
 */
export function usageLine(message: string, command: string): string {
  const text = message.replace(/^error: /, '').replace(/\n$/, '').replace(/\n(\(Did you mean [^\n]*\?\))$/, ' $1');
  if (text.startsWith('missing required argument ') && MISSING_ARGUMENT[command]) return `coop: ${MISSING_ARGUMENT[command]}\n`;
  const where = command === 'coop' ? 'coop --help' : `coop ${command} --help`;
  const unknown = /^unknown (option|command) /.exec(text)?.[1];
  const hint = unknown && !text.endsWith('?)') ? `; ${where} lists the ${unknown}s` : '';
  return `coop: ${terminalSafe(text)}${hint}\n`;
}
