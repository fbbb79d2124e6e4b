/** Spacing that is not one space between words: space at either end, a run, a tab or line break. Most text has none. */
export const HAS_SPACING_TO_TIDY = /^\s|\s$|\s\s|[^\S ]/;

/** Word-wraps text to `width` columns; a word longer than the width stays whole on its own line. */
export function wrap(text: string, width: number): string[] {
  return HAS_SPACING_TO_TIDY.test(text) ? wrapEveryText(text, width) : wrapSingleSpaced(text, width);
}

/** wrap for single-spaced text: each line is a slice of the text, found by index. */
function wrapSingleSpaced(text: string, width: number): string[] {
  const lines: string[] = [];
  let lineStart = 0;
  let lineEnd = -1;
  for (let word = 0; word < text.length; ) {
    let end = text.indexOf(' ', word);
    if (end < 0) end = text.length;
    if (lineEnd >= 0 && end - lineStart > width) {
      lines.push(text.slice(lineStart, lineEnd));
      lineStart = word;
    }
    lineEnd = end;
    word = end + 1;
  }
  lines.push(text.slice(lineStart, Math.max(lineEnd, lineStart)));
  return lines;
}

/** wrap the long way, for any text: tidies spacing first. Exported for tests. */
export function wrapEveryText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}
