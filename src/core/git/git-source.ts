import { spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import type { FileReading } from '../registry/read-file-safely.js';
import { MAX_RECORD_BYTES, type RecordSource } from '../registry/record-source.js';
import { classifyRecordName, looksLikeRecordFile, type RecordFileEntry } from '../registry/registry-files.js';
import { GitError, git, repoPath } from './git.js';

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  path: string;
}

const SYMLINK_MODE = '120000';
const NOT_REGISTRY = /(^|\/)(\.git|node_modules)\//;

/**
 * The registry folder as `commit` holds it, read straight from git's objects: nothing is
 * written to disk, and paths are given as where the files stand in the work tree, so findings
 * at the commit and now can be compared.
 */
export async function gitSource(root: string, commit: string, registryDir: string): Promise<RecordSource> {
  const scope = repoPath(root, registryDir);
  const listing = await git(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', scope || '.']);
  const entries: RecordFileEntry[] = [];
  const blobs = new Map<string, TreeEntry>();
  for (const item of parseTree(listing)) {
    if (NOT_REGISTRY.test(item.path)) continue;
    const path = join(root, item.path);
    const name = basename(item.path);
    if (item.mode === SYMLINK_MODE) {
      entries.push({ path, read: false, problem: { code: 'file-type', message: 'this is a symbolic link; coop never follows links in a registry. Commit the record itself here instead' } });
    } else if (!looksLikeRecordFile(name)) {
      continue;
    } else if (item.type !== 'blob') {
      entries.push({ path, read: false, problem: { code: 'file-type', message: `this is a git ${item.type}, named like a record; a record must be a regular file. Remove or rename it` } });
    } else {
      const entry = classifyRecordName(name, path);
      entries.push(entry);
      if (entry.read) blobs.set(path, item);
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const wanted = [...blobs.values()].filter((b) => b.size <= MAX_RECORD_BYTES);
  const contents = await readBlobs(root, wanted.map((b) => b.oid));
  const read = (path: string): FileReading => {
    const blob = blobs.get(path);
    if (!blob) return { ok: false, problem: 'unreadable', code: 'ENOENT' };
    if (blob.size > MAX_RECORD_BYTES) return { ok: false, problem: 'too-large', size: blob.size };
    const bytes = contents.get(blob.oid);
    return bytes ? { ok: true, bytes } : { ok: false, problem: 'unreadable', code: 'EIO' };
  };
  return { entries, read };
}

function parseTree(listing: string): TreeEntry[] {
  return listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', oid = '', size = ''] = line.slice(0, tab).split(/ +/);
      return { mode, type, oid, size: Number(size) || 0, path: line.slice(tab + 1) };
    });
}

/** The contents of blobs by object id, through one `git cat-file --batch`. */
function readBlobs(root: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let failed = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (failed += chunk.toString()));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) reject(new GitError(failed.trim() || `git cat-file exited ${code}`));
      else resolve(splitBatch(Buffer.concat(chunks)));
    });
    child.stdin.end(oids.map((oid) => `${oid}\n`).join(''));
  });
}

/** Splits `git cat-file --batch` output: `<oid> <type> <size>\n<bytes>\n` per object. */
function splitBatch(output: Buffer): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < output.length) {
    const newline = output.indexOf(0x0a, at);
    if (newline === -1) break;
    const [oid = '', type = '', size = ''] = output.subarray(at, newline).toString('utf8').split(' ');
    if (type === 'missing' || size === '') break;
    const length = Number(size);
    blobs.set(oid, output.subarray(newline + 1, newline + 1 + length));
    at = newline + 1 + length + 1;
  }
  return blobs;
}
