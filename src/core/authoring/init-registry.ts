import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { git } from '../git/git.js';
import { PACKAGE_ROOT } from '../paths.js';
import { SCHEMAS_DIR } from '../schema/schema-validator.js';

const TEMPLATES = join(PACKAGE_ROOT, 'templates', 'registry');

/** Where a new registry gets coop from: its hooks and its workflow install this. */
export interface CoopSource {
  /** For .pre-commit-config.yaml: a git URL, or a local path. */
  repo: string;
  /** A tag or commit. */
  rev: string;
  /** For `npm install` in the workflow. */
  npmSpec: string;
  /** A local checkout: fine on this machine, not for others or for GitHub Actions. */
  local: boolean;
}

/** One file of a new registry. `refresh` files are coop's own and replaced by --force. */
export interface InitFile {
  path: string;
  text: string;
  refresh: boolean;
  /** It installs coop from the CoopSource (the hooks, the workflow). */
  installsCoop: boolean;
}

const INSTALLS_COOP = /\{\{coop\.(?:repo|package)\}\}/;

/**
 * The coop a new registry should use. An explicit repository wins; then the `repository` of
 * coop's package.json; then, for coop run from a git checkout, that checkout at its current
 * commit. Undefined when none is known.
 */
export async function findCoopSource(given: { repo?: string; rev?: string }, cwd: string): Promise<CoopSource | undefined> {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string; repository?: string | { url?: string } };
  const declared = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const repo = given.repo ?? declared;
  if (repo !== undefined) {
    const local = isLocalPath(repo);
    const path = local ? resolve(cwd, repo) : repo;
    return source(path, given.rev ?? `v${pkg.version}`, local);
  }
  if (!existsSync(join(PACKAGE_ROOT, '.git'))) return undefined;
  const rev = given.rev ?? (await git(PACKAGE_ROOT, ['rev-parse', 'HEAD'])).trim();
  return source(PACKAGE_ROOT.replace(/[\\/]$/, ''), rev, true);
}

function source(repo: string, rev: string, local: boolean): CoopSource {
  // npm installs from git when the URL says so: git+https://..., git+file:///...
  const base = local ? `git+${pathToFileURL(repo).href}` : /^[a-z]+:\/\//.test(repo) ? `git+${repo}` : repo;
  return { repo, rev, npmSpec: `${base}#${rev}`, local };
}

function isLocalPath(repo: string): boolean {
  return isAbsolute(repo) || repo.startsWith('.') || repo.startsWith('file:');
}

/**
 * The files of a new registry at `dir`: the two record folders (kept in git by an empty
 * .gitkeep), a README, the CI workflow, the pre-commit configuration, and a copy of coop's
 * schemas for editors, which the records' modelines point to (../../schemas/).
 */
export function registryFiles(dir: string, coop: CoopSource, version: string): InitFile[] {
  const values: Record<string, string> = {
    name: basename(resolve(dir)),
    'coop.repo': coop.repo,
    'coop.rev': coop.rev,
    'coop.package': coop.npmSpec,
    'coop.version': version,
    'coop.link': coop.local ? pathToFileURL(coop.repo).href : coop.repo.replace(/^git\+/, '').replace(/\.git$/, ''),
  };
  const fill = (text: string): string => text.replace(/\{\{([\w.]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  const templates = listTemplates(TEMPLATES).map((path) => {
    const template = readFileSync(join(TEMPLATES, path), 'utf8');
    return { path, text: fill(template), refresh: false, installsCoop: INSTALLS_COOP.test(template) };
  });
  const schemas = readdirSync(SCHEMAS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ path: `schemas/${name}`, text: readFileSync(join(SCHEMAS_DIR, name), 'utf8'), refresh: true, installsCoop: false }));
  const folders = ['registry/agreements/.gitkeep', 'registry/programmes/.gitkeep'].map((path) => ({ path, text: '', refresh: false, installsCoop: false }));
  return [...folders, ...templates, ...schemas];
}

function listTemplates(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}
