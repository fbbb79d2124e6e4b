import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './cli.js';

/** Runs markdownlint-cli2 with its default rules (an empty folder, so no config is found). */
export function markdownlint(markdown: string): Promise<{ code: number; output: string }> {
  const dir = tempDir('coop-lint-');
  writeFileSync(join(dir, 'report.md'), markdown);
  const bin = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'report.md'], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

/** The contents of every ```mermaid block. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

let mermaid: { parse(text: string): Promise<unknown> } | undefined;

/** Mermaid's own parser; it needs a DOM, which jsdom provides. */
export async function parseMermaid(diagram: string): Promise<unknown> {
  if (!mermaid) {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window, document: window.document });
    mermaid = (await import('mermaid')).default as unknown as { parse(text: string): Promise<unknown> };
  }
  return mermaid.parse(diagram);
}
