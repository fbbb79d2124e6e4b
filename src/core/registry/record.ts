import { finding, type Finding, type FindingCode, type Position, type Severity } from '../findings.js';
import { parseYaml, type ParsedYaml } from '../yaml/full-parse.js';
import { locate, type FieldPath, type LocateOptions } from '../yaml/locate.js';
import { quickLocate } from '../yaml/quick-locate.js';
import { subsetPositions, type NodePosition } from '../yaml/subset-load.js';
import type { RecordLinks } from './record-links.js';

export const RECORD_KINDS = ['agreement', 'programme'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const FOLDER_OF_KIND: Record<RecordKind, string> = { agreement: 'agreements', programme: 'programmes' };

/**
 * A record file that parsed into a YAML mapping; its fields are not yet known to be valid.
 * It keeps no YAML document or text: a record that needs a finding located parses its text
 * again then, so a registry of clean records costs only their data in memory. The data itself
 * may come later, from the parse cache, when something reads it; ids and references are in `links`.
 */
export class LoadedRecord {
  private located: { text: string; positions?: NodePosition; parsed?: ParsedYaml } | undefined;
  private loaded: Record<string, unknown> | undefined;

  constructor(
    readonly file: string,
    /** The kind its folder implies, or undefined for a file outside agreements/ and programmes/. */
    readonly folderKind: RecordKind | undefined,
    readonly links: RecordLinks,
    private readonly load: () => Record<string, unknown>,
    /** The file's text again, for locating findings. */
    private readonly text: () => string,
  ) {}

  get data(): Record<string, unknown> {
    return (this.loaded ??= this.load());
  }

  /** Lets go of the data and the parsed text; they are read again if asked for. */
  release(): void {
    this.loaded = undefined;
    this.located = undefined;
  }

  get id(): string | undefined {
    return this.links.id;
  }

  /** The kind its folder implies; for a file outside the kind folders, the kind it declares. */
  get kind(): RecordKind | undefined {
    const declared = this.links.kind;
    return this.folderKind ?? (RECORD_KINDS.includes(declared as RecordKind) ? (declared as RecordKind) : undefined);
  }

  /** Where a field is: from the subset reader's node positions when it can say, else from the full parser. */
  at(path: FieldPath, options?: LocateOptions): Position {
    if (!this.located) {
      const text = this.text();
      this.located = { text, positions: subsetPositions(text) };
    }
    const { text, positions } = this.located;
    const quick = positions && quickLocate(text, positions, path, options);
    if (quick) return quick;
    this.located.parsed ??= parseYaml(text);
    return locate(this.located.parsed.doc, this.located.parsed.lines, path, options);
  }

  finding(path: FieldPath, code: FindingCode, message: string, options: LocateOptions & { severity?: Severity } = {}): Finding {
    return finding(this.file, this.at(path, options), code, message, options.severity);
  }
}
