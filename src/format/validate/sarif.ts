import { FINDING_CODES, type FindingCode } from '../../core/findings.js';
import type { ValidationResult } from '../../core/validate.js';
import { jsonText } from '../json.js';
import { terminalSafe } from '../terminal-safe.js';

const CODES = Object.keys(FINDING_CODES) as FindingCode[];

/** SARIF 2.1.0 for code-scanning upload: one rule per finding code, one result per finding. */
export function formatSarif(result: ValidationResult, path: (file: string) => string, version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'coop',
            version,
            rules: CODES.map((code) => ({
              id: code,
              shortDescription: { text: FINDING_CODES[code][1] },
              defaultConfiguration: { level: FINDING_CODES[code][0] },
            })),
          },
        },
        results: result.findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: CODES.indexOf(f.code),
          level: f.severity,
          // Viewers show message text as it is, so its controls are shown as `\u{1b}`, not sent.
          message: { text: terminalSafe(f.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: path(f.file).split('/').map(encodeURIComponent).join('/') },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return jsonText(sarif);
}
