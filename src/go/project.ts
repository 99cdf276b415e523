import fs from 'node:fs/promises';
import path from 'node:path';
import { ProjectError } from '../errors.js';
import type { GoEnv } from './go-env.js';

/** What kind of Go project the working directory holds. */
export interface GoProject {
  readonly dir: string;
  readonly mode: 'module' | 'workspace';
  /** go.mod of the module (module mode) or of each workspace module. */
  readonly goModFiles: readonly string[];
  /** go.sum and go.work.sum files that exist. */
  readonly goSumFiles: readonly string[];
  /** Every go.sum / go.work.sum that go may write, existing or not. */
  readonly goSumCandidates: readonly string[];
  readonly goWork: string | undefined;
  /** A vendor/ directory exists: go defaults to -mod=vendor, where `list -m all` fails. */
  readonly vendor: boolean;
}

/** Finds go.mod / go.work as `go env GOMOD GOWORK` report them for `dir`. */
export async function detectProject(dir: string, goEnv: GoEnv): Promise<GoProject> {
  if (goEnv.GOWORK) {
    const workDir = path.dirname(goEnv.GOWORK);
    const text = await fs.readFile(goEnv.GOWORK, 'utf8');
    const goModFiles = parseUseDirectives(text).map((use) => path.join(path.resolve(workDir, use), 'go.mod'));
    const sums = [
      path.join(workDir, 'go.work.sum'),
      ...goModFiles.map((f) => f.replace(/go\.mod$/, 'go.sum')),
    ];
    return {
      dir,
      mode: 'workspace',
      goModFiles,
      goSumFiles: await existing(sums),
      goSumCandidates: sums,
      goWork: goEnv.GOWORK,
      vendor: await isDir(path.join(workDir, 'vendor')),
    };
  }
  if (!goEnv.GOMOD || goEnv.GOMOD === '/dev/null' || goEnv.GOMOD === 'NUL') {
    throw new ProjectError(
      `no go.mod found in '${dir}' or any parent directory; set the 'working-directory' input to the folder that holds go.mod (or go.work)`,
    );
  }
  const moduleDir = path.dirname(goEnv.GOMOD);
  return {
    dir,
    mode: 'module',
    goModFiles: [goEnv.GOMOD],
    goSumFiles: await existing([path.join(moduleDir, 'go.sum')]),
    goSumCandidates: [path.join(moduleDir, 'go.sum')],
    goWork: undefined,
    vendor: await isDir(path.join(moduleDir, 'vendor')),
  };
}

/**
 * The package patterns that name every main module's packages from `cwd`: `./...` for a module;
 * in a workspace each `use`d module's `<dir>/...`, since `./...` at a go.work whose folder is no
 * module fails ("directory prefix . does not contain modules listed in go.work"). Go 1.25's `work`
 * pattern says the same, but older Go lacks it.
 */
export function mainPackagePatterns(project: GoProject, cwd: string): string[] {
  if (project.mode !== 'workspace') return ['./...'];
  const patterns = project.goModFiles.map((goMod) => {
    const rel = path.relative(cwd, path.dirname(goMod)).split(path.sep).join('/');
    if (rel === '') return './...';
    return `${rel.startsWith('..') ? '' : './'}${rel}/...`;
  });
  return patterns.length > 0 ? patterns : ['./...'];
}

/** The `use` directives of a go.work file (single-line and block form). */
export function parseUseDirectives(text: string): string[] {
  const uses: string[] = [];
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line) uses.push(unquote(line));
    } else if (/^use\s*\($/.test(line)) inBlock = true;
    else if (line.startsWith('use ')) uses.push(unquote(line.slice(4).trim()));
  }
  return uses;
}

function unquote(text: string): string {
  return text.replace(/^["`](.*)["`]$/, '$1');
}

async function existing(files: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    try {
      await fs.access(file);
      found.push(file);
    } catch {
      // Not there.
    }
  }
  return found;
}

async function isDir(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
