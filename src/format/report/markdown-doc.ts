import { escapeLineStart, escapeMarkdown, linkDestination } from '../markdown.js';
import { wrap } from '../wrap.js';
import { sortTexts } from '../../core/text/compare-text.js';

/** markdownlint's default line length; every line the report writes fits in it. */
export const LINE_WIDTH = 80;

/**
 * Whether a line passes markdownlint's MD013 with its default settings: at most LINE_WIDTH
 * characters, or longer with no whitespace after that column (a long link or id is allowed).
 */
export function fitsLineLength(line: string): boolean {
  return line.length <= LINE_WIDTH || !/\s/.test(line.slice(LINE_WIDTH));
}

/** Markdown wrapped to `width`; a line that wrapping leaves starting like a block is escaped. */
export function wrapMarkdown(markdown: string, width: number): string[] {
  return wrap(markdown, width).map(escapeLineStart);
}

/**
 * Builds a Markdown document from blocks separated by one blank line, as markdownlint's default
 * rules want. Text passed as `raw` is already Markdown; everything else is escaped record text.
 */
export class MarkdownDoc {
  private readonly blocks: string[] = [];
  private readonly links = new Map<string, string>();

  heading(level: number, text: string): this {
    this.blocks.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}`);
    return this;
  }

  /** A paragraph of record text, or `raw` Markdown made by coop. */
  paragraph(text: string, { raw = false } = {}): this {
    this.blocks.push(wrapMarkdown(raw ? text : escapeMarkdown(text), LINE_WIDTH).join('\n'));
    return this;
  }

  /** A bullet list; each item is raw Markdown already escaped by the caller, wrapped with a hanging indent. */
  list(items: readonly string[]): this {
    if (items.length === 0) return this;
    this.blocks.push(items.map((item) => wrapMarkdown(item, LINE_WIDTH - 2).map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)).join('\n')).join('\n'));
    return this;
  }

  /**
   * A table of short cells (counts, dates, ids); cells are raw Markdown. When a row would be too
   * long for markdownlint (a very long id), the whole table is written without padding (`|a|b|`,
   * one style per table as MD060 wants); if even that is too long, as a list of rows.
   */
  table(head: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): this {
    const rule = head.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
    const all = [head, rule, ...rows];
    const padded = all.map((cells) => `| ${cells.join(' | ')} |`);
    if (padded.every(fitsLineLength)) return this.push(padded.join('\n'));
    const tight = all.map((cells) => `|${cells.join('|')}|`);
    if (tight.every(fitsLineLength)) return this.push(tight.join('\n'));
    this.list(rows.map((cells) => cells.map((cell, i) => `${head[i]}: ${cell}`).join('; ')));
    return this;
  }

  private push(block: string): this {
    this.blocks.push(block);
    return this;
  }

  code(language: string, lines: readonly string[]): this {
    this.blocks.push(['```' + language, ...lines, '```'].join('\n'));
    return this;
  }

  /** A reference link `[label][]` whose target is listed at the end of the document; both are escaped. */
  link(label: string, target: string): string {
    const escaped = escapeMarkdown(label);
    this.links.set(escaped, linkDestination(target));
    return `[${escaped}][]`;
  }

  toString(): string {
    const definitions = sortTexts([...this.links.keys()]).map((label) => `[${label}]: <${this.links.get(label)!}>`);
    return `${[...this.blocks, ...(definitions.length ? [definitions.join('\n')] : [])].join('\n\n')}\n`;
  }
}
