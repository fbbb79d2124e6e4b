export const KINDS: string[];
export const RAW_CONTROL: RegExp;

export interface Failure {
  kind: string;
  signature: string;
  detail: string;
}

export interface Run {
  argv: string[];
  format: string;
  code?: number;
  threw?: string;
  out: string;
  err: string;
  ms: number;
  slowMs: number;
}

export function quote(text: string): string;
export function label(run: Pick<Run, 'argv' | 'format'>): string;
export function checkRun(run: Run): Failure[];
