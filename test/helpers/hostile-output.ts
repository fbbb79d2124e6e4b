import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { micromark } from 'micromark';

/** Raw bytes no output may carry: C0 controls but tab, LF and CR, DEL, C1, bidi overrides and isolates. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** The same with CR, for formats whose lines do not end in CRLF. */
export const RAW_CONTROL_OR_CR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** What a terminal would run or reorder, written as YAML escapes so the file itself is plain text. */
export const NASTY = String.raw`\e[31mred\e[0m \a\x00\x7f\x85\x9b \u202eevil\u202c \u2066iso\u2069 \e]8;;https://x.test\e\\link\e]8;;\e\\`;

/** A valid agreement whose every free-text field carries NASTY. */
export function nastyAgreementYaml(id: string, { url }: { url?: string } = {}): string {
  return `id: ${id}
kind: agreement
title: "Title ${NASTY} | \`tick\` <b>bold</b>"
instrument: memorandum-of-understanding
parties:
  - country: PK
  - country: PS
signatories:
  - name: "Name ${NASTY}"
    country: PK
signed:
  date: "2025-09-17"
  place: "Place ${NASTY}"
status: signed
commitments:
  - id: working-group
    text: "Commitment ${NASTY}"
    basis: "Basis ${NASTY}"
    due:
      within: P30D
      from: signed
    status: pending
sources:
  - title: "Source ${NASTY}"
    publisher: "Publisher ${NASTY}"
${url === undefined ? '' : `    url: ${JSON.stringify(url)}\n`}notes: "Notes ${NASTY}\\nsecond line"
`;
}

/** A valid programme carrying NASTY, under the agreement `agreement`. */
export function nastyProgrammeYaml(id: string, agreement: string): string {
  return `id: ${id}
kind: programme
title: "Programme ${NASTY}"
modalities: [training]
countries:
  - {country: PK, role: provider}
  - {country: PS, role: recipient}
agreement: ${agreement}
start: "2025-10"
status: active
events:
  - type: training-cohort
    date: "2025-10"
    description: "Event ${NASTY}"
sources:
  - title: "Source ${NASTY}"
    via: "Via ${NASTY}"
`;
}

/** A file whose name would clear the screen and forge a line of output if printed raw. */
export const NASTY_FILE_NAME = 'bad\u001b[2J\nforged: error [none] all clear.yaml';

/** A registry under `dir`/registry with the nasty records, and one broken file with a nasty name. */
export function writeNastyRegistry(dir: string): string {
  const registry = join(dir, 'registry');
  mkdirSync(join(registry, 'agreements'), { recursive: true });
  mkdirSync(join(registry, 'programmes'), { recursive: true });
  writeFileSync(join(registry, 'agreements', 'nasty.yaml'), nastyAgreementYaml('nasty'));
  writeFileSync(join(registry, 'programmes', 'nasty-training.yaml'), nastyProgrammeYaml('nasty-training', 'nasty'));
  writeFileSync(join(registry, 'agreements', NASTY_FILE_NAME), 'id: bad\nkind: agreement\n');
  return registry;
}

/** HTML as a GitHub-like renderer makes it (CommonMark, GFM tables and bare links), raw HTML kept. */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
    extensions: [gfmTable(), gfmAutolinkLiteral()],
    htmlExtensions: [gfmTableHtml(), gfmAutolinkLiteralHtml()],
  });
}
