import type { RevisionDiff, Side } from '../../core/diff/diff-revisions.js';
import type { ChangedRecord, Snapshot } from '../../core/diff/registry-diff.js';
import { jsonText } from '../json.js';
import { codeSpan, escapeMarkdown } from '../markdown.js';

const side = ({ revision, commit }: Side): string => (revision === undefined ? 'the work tree' : `${escapeMarkdown(revision)} (${escapeMarkdown(commit!.slice(0, 7))})`);

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function summary({ diff }: RevisionDiff): string {
  const parts = [
    [diff.added.length, 'added'],
    [diff.removed.length, 'removed'],
    [diff.renamed.length, 'renamed'],
    [diff.changed.length, 'changed'],
  ] as const;
  return parts.map(([n, what]) => `${n} ${what}`).join(', ');
}

function recordLine(s: Snapshot): string {
  const title = typeof s.data.title === 'string' ? `: ${escapeMarkdown(s.data.title)}` : '';
  return `- ${codeSpan(s.id)} (${escapeMarkdown(s.kind)})${title}, ${codeSpan(s.file)}`;
}

function changedBlock(c: ChangedRecord): string[] {
  const lines = [`#### ${codeSpan(c.after.id)}`, ''];
  if (c.before.file !== c.after.file) lines.push(`Moved from ${codeSpan(c.before.file)} to ${codeSpan(c.after.file)}.`, '');
  if (c.changes.length > 0) {
    lines.push('| Field | Before | After |', '| --- | --- | --- |');
    lines.push(...c.changes.map((f) => `| ${escapeMarkdown(f.field)} | ${escapeMarkdown(show(f.before))} | ${escapeMarkdown(show(f.after))} |`), '');
  }
  return lines;
}

/** Markdown for a pull request comment or $GITHUB_STEP_SUMMARY. */
export function diffMarkdown(result: RevisionDiff): string {
  const { diff } = result;
  const out = ['## Registry changes', '', `Comparing ${side(result.base)} with ${side(result.head)}: ${summary(result)}.`, ''];
  if (diff.added.length) out.push('### Added', '', ...diff.added.map(recordLine), '');
  if (diff.removed.length) out.push('### Removed', '', ...diff.removed.map(recordLine), '');
  if (diff.renamed.length) {
    out.push('### Renamed', '');
    out.push(...diff.renamed.map((r) => `- ${codeSpan(r.before.id)} → ${codeSpan(r.after.id)} (${codeSpan(r.before.file)} → ${codeSpan(r.after.file)})`), '');
  }
  if (diff.changed.length) out.push('### Changed', '', ...diff.changed.flatMap(changedBlock));
  if (!diff.added.length && !diff.removed.length && !diff.renamed.length && !diff.changed.length) out.push('No records changed.', '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

const ref = (s: Snapshot) => ({ id: s.id, kind: s.kind, file: s.file });

/** The documented JSON shape of a diff. */
export function diffJson(result: RevisionDiff): string {
  const { diff } = result;
  const changes = (c: ChangedRecord) => c.changes.map((f) => ({ field: f.field, before: f.before ?? null, after: f.after ?? null }));
  return jsonText({
    base: { revision: result.base.revision, commit: result.base.commit },
    head: { revision: result.head.revision ?? null, commit: result.head.commit ?? null },
    added: diff.added.map(ref),
    removed: diff.removed.map(ref),
    renamed: diff.renamed.map((r) => ({ from: ref(r.before), to: ref(r.after) })),
    changed: diff.changed.map((c) => ({ ...ref(c.after), moved_from: c.before.file !== c.after.file ? c.before.file : null, changes: changes(c) })),
  });
}
