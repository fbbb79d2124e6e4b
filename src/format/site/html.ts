import { terminalSafe } from '../terminal-safe.js';

// The one way text reaches the site's HTML. Every page is built with the `html` tag below, which
// escapes each interpolated value through escapeHtml unless the value is markup that `html`
// itself produced. Record strings therefore cannot open a tag, close an attribute or start a
// script, whichever field they come from.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and for quoted attribute values alike. Control characters and
 * bidi overrides are shown as `\u{202e}`, as in every other output of coop, so a record cannot
 * reorder what a reader sees.
 */
export function escapeHtml(text: string): string {
  return terminalSafe(text, { keepNewlines: true, keepCarriageReturns: true }).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup built by `html`: trusted because everything in it was escaped on the way in. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: literal parts are kept as written, interpolated values are escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Joins fragments with a separator that is itself escaped. */
export function join(parts: readonly HtmlValue[], separator: string): Html {
  return new Html(parts.map(render).join(escapeHtml(separator)));
}

/**
 * A link target taken from a record: only absolute http and https URLs qualify; anything else
 * (javascript:, data:, relative paths) is shown as text, never followed.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
