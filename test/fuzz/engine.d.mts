export const ROOT: string;
export const REGISTRY: string;
export const AS_OF: string;
export const DEFAULTS: { slowMs: number; caseMs: number; diffRate: number; cacheRate: number; maxShowIds: number };
export const OTHER_DAY: string;

export type RegistryFiles = Map<string, Buffer | 'dir'>;

export interface CaseSpec {
  seed: number;
  diff: boolean;
  /** Whether its runs are repeated with a parse cache (cold, warm, another day, damaged). */
  cached: boolean;
  notes: string[];
  files: RegistryFiles;
  base: RegistryFiles;
  pick: number;
}

export function readRegistry(dir?: string): RegistryFiles;
export function writeRegistry(dir: string, files: RegistryFiles): void;
export function compareCached(run: { argv: string[]; format: string; code?: number; out: string; err: string }, expected: { pass: string; damage?: string; code?: number; out: string; err: string }): { kind: string; signature: string; detail: string }[];
export function generateCase(seed: number, options?: { diffRate?: number; cacheRate?: number; base?: RegistryFiles }): CaseSpec;
