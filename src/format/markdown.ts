import { terminalSafe } from './terminal-safe.js';

/** Record text with control characters shown, not sent, and line breaks as spaces. */
function oneInertLine(text: string): string {
  return terminalSafe(text, { keepNewlines: true, keepCarriageReturns: true }).replace(/\r\n?|\n/g, ' ');
}

// Anything escapeMarkdown would change: most titles and names hold none of it, and a report of
// 10,000 records escapes some 100,000 of them.
const NEEDS_ESCAPING = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069&<>\\`*_[\]|~]|:\/\/|www\.|^[#+=-]|^\d+[.)]/i;

/**
 * Makes record text inert inside Markdown: no emphasis, links, code spans, HTML or table breaks,
 * and it stays on one line. Safe for table cells and running text alike.
 */
export function escapeMarkdown(text: string): string {
  return NEEDS_ESCAPING.test(text) ? escapeEveryMarkdown(text) : text;
}

/** escapeMarkdown without its shortcut for text with nothing to escape; tests hold the two to the same output. */
export function escapeEveryMarkdown(text: string): string {
  const inline = oneInertLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    // Break what GFM would turn into a link by itself (http://..., www.example.org).
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
  return escapeLineStart(inline);
}

const LINE_START_TO_ESCAPE = /^(?:[#+=-]|\d+[.)])/;

/** Escapes what would make a line start a heading, list, or setext underline (#, -, +, =, 1.). */
export function escapeLineStart(line: string): string {
  if (!LINE_START_TO_ESCAPE.test(line)) return line;
  return line.replace(/^[#+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Record text as an inline code span: fenced by more backticks than any run inside, on one line.
 * Not for table cells, where GFM splits on `|` even inside code.
 */
export function codeSpan(text: string): string {
  const inline = oneInertLine(text);
  const longestRun = Math.max(0, ...(inline.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each end when both have one, so text touching a backtick,
  // or already padded, gets a space of padding on both sides.
  const pad = /^[` ]|[` ]$/.test(inline) ? ' ' : '';
  return `${fence}${pad}${inline}${pad}${fence}`;
}

const URL_SAFE = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/;
const ALL_URL_SAFE = /^[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*$/;

/**
 * A link destination that nothing in it can break out of: every character outside the URL
 * alphabet (spaces, line breaks, controls, <, >, parentheses, backticks, quotes, |, non-ASCII) is
 * percent-encoded, and an `&` that would start an entity is escaped.
 */
export function linkDestination(url: string): string {
  let encoded = '';
  if (ALL_URL_SAFE.test(url)) encoded = url;
  else for (const char of url) encoded += URL_SAFE.test(char) ? char : percentEncode(char);
  return encoded.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** UTF-8 bytes as %XX (a lone surrogate becomes the replacement character, as Buffer writes it). */
function percentEncode(char: string): string {
  return [...Buffer.from(char, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(url);
}

/** A Markdown table; every cell is escaped. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |\n`;
  return line(head) + `|${head.map(() => '---|').join('')}\n` + rows.map(line).join('');
}
