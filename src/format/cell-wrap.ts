import stringWidth from 'string-width';

/** Columns a string takes in a terminal: wide characters count two, colour codes none. */
export function displayWidth(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text);
}

const HAS_SPACING_TO_TIDY = /^\s|\s$|\s\s|[^\S ]/;

/**
 * Wraps a cell to `width` columns: at spaces, and after hyphens when `breakAt` is 'hyphens'.
 * A word wider than the column is cut into column-wide pieces, so no character is lost.
 */
export function wrapCell(text: string, width: number, breakAt: 'words' | 'hyphens'): string[] {
  // Most cells fit as they are: single spaces between words, none at the ends.
  if (!HAS_SPACING_TO_TIDY.test(text) && displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const pieces = paragraph.split(breakAt === 'hyphens' ? /(?<=-)|(\s+)/ : /(\s+)/).filter((p) => p !== undefined && p !== '');
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
