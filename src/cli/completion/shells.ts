export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/**
 * The hidden command the completion scripts run at each Tab: `coop __complete WORD... CURRENT`
 * prints the candidates for CURRENT, one a line; `:files` alone asks the shell for file names.
 */
export const COMPLETE_COMMAND = '__complete';
export const FILES_DIRECTIVE = ':files';
