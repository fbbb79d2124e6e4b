import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { packageVersion } from '../core/version.js';
import { repoPathFor } from '../core/site/repo-path.js';
import { buildSiteData } from '../core/site/site-data.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { openRegistry } from './open-registry.js';
import { checkOutsideRegistry } from './output-folder.js';
import { asOfDay, type CommonOptions, withinDuration } from './options.js';

export interface SiteCommandOptions extends CommonOptions {
  format?: 'html';
  repoUrl?: string;
  within: string;
}

/** Lists what coop wrote, so the next run may replace exactly that and never anything else. */
const MARKER = '.coop-site';

/** A static website of the registry in the --output folder. */
export async function site(options: SiteCommandOptions, io: Io): Promise<ExitCode> {
  if (options.output === undefined || options.output === '-') throw new UsageError('coop site needs a folder to write to: -o DIR');
  const within = withinDuration(options.within);
  if (options.repoUrl !== undefined && !/^https?:\/\/[^\s"'<>]+$/i.test(options.repoUrl)) {
    throw new UsageError(`--repo-url must be an http or https address, such as https://github.com/owner/repo/blob/main; got "${terminalSafe(options.repoUrl)}"`);
  }
  const asOf = asOfDay(options.asOf, io.today);
  const { records, skipped, dir: registryDir, saveCache } = openRegistry(options, asOf, io);
  const dir = checkOutsideRegistry(options.output, registryDir, options.force, io);
  const data = buildSiteData({
    records,
    skipped: skipped.map((f) => relative(registryDir, f).split(sep).join('/')),
    asOf,
    within,
    repoPath: repoPathFor(registryDir),
  });
  saveCache();
  const { renderSite } = await import('../format/site/site.js');
  const files = renderSite(data, { version: packageVersion(), repoUrl: options.repoUrl });
  writeSite(dir, files, terminalSafe(options.output));
  const pages = [...files.keys()].filter((f) => f.endsWith('.html')).length;
  io.err(`coop site: ${pages} pages written to ${terminalSafe(displayPath(dir, io.cwd))}; open ${terminalSafe(displayPath(join(dir, 'index.html'), io.cwd))}\n`);
  return ExitCode.Ok;
}

function writeSite(dir: string, files: ReadonlyMap<string, string>, shown: string): void {
  try {
    const previous = previousFiles(dir, shown);
    for (const old of previous) if (!files.has(old)) removeFile(dir, old);
    for (const [path, content] of files) {
      const file = join(dir, ...path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    writeFileSync(join(dir, MARKER), `Written by coop site, which replaces these files when run again:\n${[...files.keys()].join('\n')}\n`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write the site to ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The files an earlier run wrote; refuses a folder that holds anything else. */
function previousFiles(dir: string, shown: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) throw new UsageError(`${shown} is not a folder`);
  const marker = join(dir, MARKER);
  if (!existsSync(marker)) {
    if (readdirSync(dir).length > 0) throw new UsageError(`${shown} is not empty and was not written by coop site; give an empty or new folder`);
    return [];
  }
  return readFileSync(marker, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => /^[a-z0-9_./-]+$/i.test(line) && !line.split('/').includes('..'));
}

/** Removes a file of an earlier run and the folders it leaves empty. */
function removeFile(dir: string, path: string): void {
  const file = join(dir, ...path.split('/'));
  if (!existsSync(file) || !statSync(file).isFile()) return;
  unlinkSync(file);
  for (let folder = dirname(file); folder !== dir && folder.startsWith(dir + sep); folder = dirname(folder)) {
    if (readdirSync(folder).length > 0) break;
    rmdirSync(folder);
  }
}
