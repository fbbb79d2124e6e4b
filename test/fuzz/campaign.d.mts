import type { Failure } from './invariants.mjs';

export interface CampaignOptions {
  cases?: number;
  seed?: number;
  only?: number[];
  workers?: number;
  slowMs?: number;
  caseMs?: number;
  diffRate?: number;
  cacheRate?: number;
  reproDir?: string;
  reprosPerKind?: number;
  reduceBudget?: number;
  log?: (line: string) => void;
}

export interface Totals {
  seed: number;
  cases: number;
  runs: number;
  failingCases: number;
  byKind: Record<string, { runs: number; cases: number }>;
  ms: number;
}

export interface SignatureEntry {
  kind: string;
  signature: string;
  count: number;
  example: { index: number; seed: number; failure: Failure & { argv?: string[]; format?: string }; notes: string[]; diff: boolean };
}

export interface CampaignResult {
  totals: Totals;
  signatures: SignatureEntry[];
  reproducers: { dir: string; kind: string; signature: string; reproduced: boolean; files: string[] }[];
}

export function runCampaign(options?: CampaignOptions): Promise<CampaignResult>;
export function formatTotals(result: CampaignResult, options?: { maxSignatures?: number }): string;
export function summarize(result: CampaignResult): unknown;
