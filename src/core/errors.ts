/** The exit codes are a contract with CI scripts; see README "Exit codes". */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  CannotRun: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error coop expects and explains: printed as one `coop: ...` line, without a stack, and
 * ending the run with its exit code. Anything else that escapes a command is an internal error.
 */
export class CoopError extends Error {
  override readonly name: string = 'CoopError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.CannotRun,
  ) {
    super(message);
  }
}

/** A user error that stops the command: bad arguments, a file that cannot be written. */
export class UsageError extends CoopError {
  override readonly name = 'UsageError';
}
