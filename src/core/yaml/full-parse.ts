import type { Document, LineCounter, YAMLError } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import { finding, type Finding, type Position } from '../findings.js';

const MAX_ALIAS_EXPANSION = 100;
const START: Position = { line: 1, column: 1 };
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
}

/** Parses record text with the `yaml` package, which knows where every node is. */
export function parseYaml(text: string): ParsedYaml {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, version: '1.2' });
  return { doc, lines };
}

export interface FullParse {
  /** The document's value; undefined when the text has YAML problems. */
  data?: unknown;
  findings: Finding[];
  /** Where the top-level value starts, for messages about it. */
  contentsAt: Position;
}

/**
 * The full parser: YAML errors, warnings the library would otherwise drop (unresolved tags),
 * tags outside the core schema, directives that change how values are read, and aliases that
 * expand too far or refer to themselves all become located findings.
 */
export function fullParse(file: string, text: string): FullParse {
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    if (error instanceof RangeError) return { findings: [tooDeep(file)], contentsAt: START };
    throw error;
  }
  const { doc, lines } = parsed;
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const contentsAt = at(doc.contents?.range?.[0] ?? 0);
  if (doc.errors.length > 0) return { findings: doc.errors.map((error) => yamlErrorFinding(file, error)), contentsAt };
  const findings = [...doc.warnings.map((warning) => yamlErrorFinding(file, warning)), ...tagFindings(file, doc, at), ...collectionKeyFindings(file, doc, at)];
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    findings.push(finding(file, START, 'yaml-tag', `a %YAML ${doc.directives.yaml.version} directive changes how values are read; remove it (records are YAML 1.2)`));
  }
  if (findings.length > 0) return { findings, contentsAt };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (error instanceof RangeError) return { findings: [tooDeep(file)], contentsAt };
    return { findings: [finding(file, firstAliasPosition(doc, at), 'yaml-aliases', `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes; write the values out instead of using anchors and aliases`)], contentsAt };
  }
  if (containsCycle(data)) {
    return { findings: [finding(file, firstAliasPosition(doc, at), 'yaml-aliases', 'an alias refers to a node that contains it, so the value never ends; write the values out instead')], contentsAt };
  }
  return { data, findings: [], contentsAt };
}

function tooDeep(file: string): Finding {
  return finding(file, START, 'yaml-syntax', 'the file nests lists or mappings too deeply to read; a record is a few levels deep');
}

function tagFindings(file: string, doc: Document, at: (offset: number) => Position): Finding[] {
  const { isAlias, isNode, visit } = yamlLibrary();
  const findings: Finding[] = [];
  const warned = new Set(doc.warnings.map((w) => w.pos[0]));
  visit(doc, (_, node) => {
    if (!isNode(node) || isAlias(node) || node.tag === undefined || CORE_TAGS.has(node.tag)) return;
    const offset = node.range?.[0] ?? 0;
    if (warned.has(offset)) return;
    findings.push(finding(file, at(offset), 'yaml-tag', `the tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed; a record uses plain YAML values only, so remove the tag`));
  });
  return findings;
}

/**
 * A list or mapping used as a key (`[a, b]: x`, `? {k: v}`) is valid YAML, but JSON-like data
 * has no such keys: yaml would stringify it with a warning on stderr, and the record would
 * get a field named after its text.
 */
function collectionKeyFindings(file: string, doc: Document, at: (offset: number) => Position): Finding[] {
  const { isCollection, visit } = yamlLibrary();
  const findings: Finding[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return;
      findings.push(finding(file, at(pair.key.range?.[0] ?? 0), 'yaml-syntax', 'a list or mapping is used as a key; a record\'s keys are plain words such as title, so write the key as text'));
    },
  });
  return findings;
}

const YAML_HINTS: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document; a record file holds one, so remove the `---` line or split the file',
  TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML; indent with spaces',
};
const TAG_WARNINGS = new Set(['TAG_RESOLVE_FAILED', 'BAD_DIRECTIVE']);

function yamlErrorFinding(file: string, error: YAMLError): Finding {
  const pos = error.linePos?.[0];
  const at = pos ? { line: pos.line, column: pos.col } : START;
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'DUPLICATE_KEY') {
    return finding(file, at, 'duplicate-key', 'this key already appears above in the same mapping; keep one of them');
  }
  const message = YAML_HINTS[error.code] ?? `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  if (error.name === 'YAMLWarning') {
    const tagged = TAG_WARNINGS.has(error.code) || /tag/i.test(first);
    return finding(file, at, tagged ? 'yaml-tag' : 'yaml-syntax', tagged ? `${message}; a record uses plain YAML values only, so remove the tag` : message);
  }
  return finding(file, at, 'yaml-syntax', message);
}

function firstAliasPosition(doc: Document, at: (offset: number) => Position): Position {
  const { visit } = yamlLibrary();
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at(offset);
}

/** Whether a value built from aliases contains itself; iterative, so deep values cannot overflow. */
function containsCycle(root: unknown): boolean {
  const onPath = new Set<object>();
  const stack: { value: object; children: unknown[]; next: number }[] = [];
  const enter = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object') return false;
    if (onPath.has(value)) return true;
    onPath.add(value);
    stack.push({ value, children: Array.isArray(value) ? value : Object.values(value), next: 0 });
    return false;
  };
  if (enter(root)) return true;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.children.length) {
      if (enter(top.children[top.next++])) return true;
    } else {
      onPath.delete(top.value);
      stack.pop();
    }
  }
  return false;
}

