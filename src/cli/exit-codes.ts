/** The exit codes are a contract with CI scripts; see README "Exit codes". */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  CannotRun: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A user error that stops the command: bad arguments, missing registry. Printed without a stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
