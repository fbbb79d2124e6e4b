import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type CodeRow = [alpha2: string, alpha3: string, numeric: string, subdivision: string];

/** Kosovo's user-assigned codes, pinned here because libraries disagree on its alpha-3. */
export const KOSOVO = { alpha2: 'XK', alpha3: 'XKX' } as const;

let alpha3To2: Map<string, string> | undefined;

/** alpha-3 → alpha-2 for every ISO 3166-1 country plus Kosovo. Read on first use. */
export function alpha3Index(): ReadonlyMap<string, string> {
  if (!alpha3To2) {
    const rows = require('i18n-iso-countries/codes.json') as CodeRow[];
    alpha3To2 = new Map(rows.map(([alpha2, alpha3]) => [alpha3, alpha2]));
    alpha3To2.set(KOSOVO.alpha3, KOSOVO.alpha2);
  }
  return alpha3To2;
}

let alpha2Codes: Set<string> | undefined;

export function isCountryCode(code: string): boolean {
  alpha2Codes ??= new Set(alpha3Index().values());
  return alpha2Codes.has(code);
}
