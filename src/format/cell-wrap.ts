import stringWidth from 'string-width';
import { HAS_SPACING_TO_TIDY } from './wrap.js';

/**
 * Text whose every UTF-16 unit is one column wide, as string-width counts (test/unit/output-shortcuts.test.ts
 * checks each): printable ASCII, Latin, Greek, Cyrillic, dashes and quotes, and so on up to U+20CF,
 * less Unicode's spaces (which the wrapping treats as spaces), the combining marks U+0300–U+036F,
 * the Hangul jamo from U+1100, which are wide, and U+200D, which joins emoji. No emoji sequence is
 * made of these alone (each needs U+FE0F or U+20E3). Record text is nearly always this.
 */
export const NARROW = /^[\x20-\x7e\u00a1-\u02ff\u0370-\u10ff\u1160-\u167f\u1681-\u1fff\u200b\u200c\u200e-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u20cf]*$/;

/** Columns a string takes in a terminal: wide characters count two, colour codes none. */
export function displayWidth(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

const HYPHEN = 45;

/**
 * Wraps a cell to `width` columns: at spaces, and after hyphens when `breakAt` is 'hyphens'.
 * A word wider than the column is cut into column-wide pieces, so no character is lost.
 * `narrow` is NARROW.test(text), for a caller that knows it already.
 */
export function wrapCell(text: string, width: number, breakAt: 'words' | 'hyphens', narrow = NARROW.test(text)): string[] {
  if (HAS_SPACING_TO_TIDY.test(text)) return wrapEveryCell(text, width, breakAt);
  // Most cells fit as they are: single spaces between words, none at the ends.
  if (narrow) return text.length <= width ? [text] : wrapNarrow(text, width, breakAt === 'hyphens');
  return wrapEveryCell(text, width, breakAt);
}

/**
 * wrapCell for narrow text with single spaces between words: every line is a slice of the text,
 * found by index, one column a unit.
 */
function wrapNarrow(text: string, width: number, hyphens: boolean): string[] {
  const lines: string[] = [];
  const size = Math.max(1, width);
  let lineStart = -1;
  let lineEnd = 0;
  let lineWidth = 0;
  for (let word = 0; word < text.length; ) {
    let end = text.indexOf(' ', word);
    if (end < 0) end = text.length;
    for (let piece = word; piece < end; ) {
      let pieceEnd = end;
      if (hyphens) {
        for (let k = piece; k < end; k++) {
          if (text.charCodeAt(k) !== HYPHEN) continue;
          pieceEnd = k + 1;
          break;
        }
      }
      for (let chunk = piece; chunk < pieceEnd; chunk += size) {
        const chunkEnd = Math.min(chunk + size, pieceEnd);
        if (lineStart >= 0 && lineWidth + (chunkEnd - chunk) > width) {
          lines.push(text.slice(lineStart, lineEnd));
          lineStart = -1;
          lineWidth = 0;
        }
        if (lineStart < 0) lineStart = chunk;
        lineEnd = chunkEnd;
        lineWidth += chunkEnd - chunk;
      }
      piece = pieceEnd;
    }
    if (end < text.length && lineStart >= 0) lineWidth += 1;
    word = end + 1;
  }
  lines.push(lineStart < 0 ? '' : text.slice(lineStart, lineEnd));
  return lines;
}

/** wrapCell the long way, for any text: tidies spacing, measures every piece. Exported for tests. */
export function wrapEveryCell(text: string, width: number, breakAt: 'words' | 'hyphens'): string[] {
  if (!HAS_SPACING_TO_TIDY.test(text) && displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    // Spaces first, then hyphens within words: one regex for both let a word after "- " keep the space.
    const spaced = paragraph.split(/(\s+)/);
    const pieces = (breakAt === 'hyphens' ? spaced.flatMap((p) => (/^\s+$/.test(p) ? [p] : p.split(/(?<=-)/))) : spaced).filter((p) => p !== '');
    for (const piece of pieces) {
      if (/^\s+$/.test(piece)) {
        if (line) {
          line += ' ';
          lineWidth += 1;
        }
        continue;
      }
      for (const chunk of chunks(piece, width)) {
        const w = displayWidth(chunk);
        const trimmed = line.trimEnd();
        if (trimmed && lineWidth + w > width) {
          lines.push(trimmed);
          line = '';
          lineWidth = 0;
        }
        line += chunk;
        lineWidth += w;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** A word cut into pieces no wider than `width` (by display width). */
function chunks(word: string, width: number): string[] {
  if (displayWidth(word) <= width) return [word];
  const out: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const char of word) {
    const w = displayWidth(char);
    if (piece && pieceWidth + w > width) {
      out.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += char;
    pieceWidth += w;
  }
  if (piece) out.push(piece);
  return out;
}
