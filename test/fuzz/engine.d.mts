export const ROOT: string;
export const REGISTRY: string;
export const AS_OF: string;
export const DEFAULTS: { slowMs: number; caseMs: number; diffRate: number; maxShowIds: number };

export type RegistryFiles = Map<string, Buffer | 'dir'>;

export interface CaseSpec {
  seed: number;
  diff: boolean;
  notes: string[];
  files: RegistryFiles;
  base: RegistryFiles;
  pick: number;
}

export function readRegistry(dir?: string): RegistryFiles;
export function writeRegistry(dir: string, files: RegistryFiles): void;
export function generateCase(seed: number, options?: { diffRate?: number; base?: RegistryFiles }): CaseSpec;
