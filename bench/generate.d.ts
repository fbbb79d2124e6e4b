// Types for bench/generate.js, so TypeScript tests can import it.

export const AS_OF: string;
export const VARIANTS: readonly ['clean', 'duplicate-id', 'dangling-references', 'long-country', 'long-title'];
export type Variant = (typeof VARIANTS)[number];

export interface GenerateOptions {
  /** How many record files. */
  records: number;
  /** Same seed, same bytes (default 1). */
  seed?: number | string;
  /** The clean registry, or the clean one with one pathology (default clean). */
  variant?: Variant;
}

export interface GeneratedFile {
  /** agreements/<id>.yaml or programmes/<id>.yaml, relative to the registry folder. */
  path: string;
  text: string;
}

export function generate(options: GenerateOptions): { files: GeneratedFile[]; affected: number };
export function generateFiles(options: GenerateOptions): GeneratedFile[];
export function writeRegistry(dir: string, files: readonly GeneratedFile[]): { files: number; bytes: number };
export function generateRegistry(options: GenerateOptions & { out: string }): {
  dir: string;
  records: number;
  agreements: number;
  programmes: number;
  bytes: number;
  affected: number;
};
