import type { Finding } from '../findings.js';
import { isCountryCode } from '../countries/codes.js';
import { countryName, resolveCountry } from '../countries/resolve.js';
import type { LoadedRecord } from '../registry/record.js';
import { asArray, asObject, asString, type RecordCheck } from './check.js';
import { countryFields } from './fields.js';

/** Every country is a real ISO 3166-1 alpha-2 code, and no country is listed twice as a party. */
export const countryFindings: RecordCheck = (record) => [...unknownCountries(record), ...repeatedCountries(record)];

function unknownCountries(record: LoadedRecord): Finding[] {
  return countryFields(record)
    .filter(({ value }) => !isCountryCode(value))
    .map(({ path, value }) => record.finding(path, 'unknown-country', unknownCountryMessage(value)));
}

function unknownCountryMessage(value: string): string {
  const said = `"${value}" is not an ISO 3166-1 alpha-2 country code`;
  const resolved = resolveCountry(value);
  if (resolved.ok) return `${said}; write ${resolved.code} (${countryName(resolved.code)})`;
  if (resolved.ambiguous) return `${said}; it may mean ${resolved.ambiguous.map((c) => `${c} (${countryName(c)})`).join(' or ')}`;
  const hint = resolved.suggestion ? `; did you mean ${resolved.suggestion} (${countryName(resolved.suggestion)})?` : '';
  return `${said}${hint || '.'} Use two capital letters, e.g. PK for Pakistan, PS for Palestine, XK for Kosovo`;
}

function repeatedCountries(record: LoadedRecord): Finding[] {
  const findings: Finding[] = [];
  for (const list of ['parties', 'countries']) {
    const seen = new Set<string>();
    asArray(record.data[list]).forEach((item, i) => {
      const code = asString(asObject(item).country);
      if (code === undefined) return;
      if (seen.has(code)) {
        findings.push(record.finding([list, i, 'country'], 'duplicate-country', `${code} is listed twice in ${list}; each country appears once, and an agreement needs at least two different countries`));
      }
      seen.add(code);
    });
  }
  return findings;
}
