/**
 * Makes record text inert inside Markdown: no emphasis, links, code spans, HTML or table breaks,
 * and it stays on one line. Safe for table cells and running text alike.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    // Break what GFM would turn into a link by itself (http://..., www.example.org).
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
  return escapeLineStart(inline);
}

/** Escapes what would make a line start a heading, list, or setext underline (#, -, +, =, 1.). */
export function escapeLineStart(line: string): string {
  return line.replace(/^[#+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown table; every cell is escaped. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |\n`;
  return line(head) + `|${head.map(() => '---|').join('')}\n` + rows.map(line).join('');
}
