import fs from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../findings.js';
import type { GoRunner } from '../go/go-command.js';
import { readIfExists } from '../files.js';
import { plural } from '../plural.js';
import { filesUnder, moduleOfFile, vendoredModules } from './vendor-tree.js';

export interface VendorCheckOptions {
  /** The main module's directory (holds go.mod and vendor/). */
  readonly dir: string;
  /** go's environment: the module cache primed and verified against go.sum. */
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** A scratch directory to write the fresh tree in (removed afterwards). */
  readonly scratch: string;
}

export interface VendorCheck {
  readonly findings: readonly Finding[];
  /** Vendored files compared. */
  readonly files: number;
}

/** How many differing files are named one by one; the rest are counted. */
const NAMED = 20;

/**
 * vendor/ against what `go mod vendor` writes from the verified module cache: `go mod vendor -o`
 * (cmd/go modcmd/vendor.go) rebuilds the tree from the modules' extracted zips, which the cache
 * step checked against go.sum, and every file and vendor/modules.txt must match it byte for byte.
 * `go mod verify` never looks at vendor/, and `-mod=vendor` builds trust it as it is.
 */
export async function checkVendor(runGo: GoRunner, options: VendorCheckOptions): Promise<VendorCheck> {
  const fresh = await fs.mkdtemp(path.join(options.scratch, 'warden-vendor-'));
  try {
    const result = await runGo(['mod', 'vendor', '-o', fresh], {
      cwd: options.dir,
      // No -mod flags for `go mod vendor`; GOPROXY=off: only what the primed, verified cache holds.
      env: { ...options.env, GOFLAGS: '', GOPROXY: 'off' },
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
    if (result.code !== 0)
      return {
        files: 0,
        findings: [
          {
            kind: 'infrastructure',
            area: 'go',
            message: `vendor/ was not checked: 'go mod vendor' could not rebuild it from the module cache:\n${result.stderr.trim().split('\n').slice(-6).join('\n')}`,
          },
        ],
      };
    return await compareTrees(path.join(options.dir, 'vendor'), fresh);
  } finally {
    await fs.rm(fresh, { recursive: true, force: true });
  }
}

async function compareTrees(vendor: string, fresh: string): Promise<VendorCheck> {
  const findings: Finding[] = [];
  const want = await fs.readFile(path.join(fresh, 'modules.txt'), 'utf8');
  const have = await readIfExists(path.join(vendor, 'modules.txt'));
  if (have?.toString('utf8') !== want) {
    const first = firstDifference(have?.toString('utf8') ?? '', want);
    findings.push({
      kind: 'config',
      area: 'go',
      file: 'vendor/modules.txt',
      message: `vendor/modules.txt is not what 'go mod vendor' writes for go.mod (${first}); run 'go mod vendor' and commit vendor/`,
    });
  }
  const modules = vendoredModules(want);
  const [ours, theirs] = await Promise.all([filesUnder(vendor), filesUnder(fresh)]);
  const fresher = new Set(theirs);
  const differing: { file: string; why: string }[] = [];
  for (const file of ours) {
    if (file === 'modules.txt') continue;
    if (!fresher.has(file)) differing.push({ file, why: 'is in no module zip (added to vendor/)' });
    else if (!(await sameBytes(path.join(vendor, file), path.join(fresh, file))))
      differing.push({ file, why: "differs from the module's verified zip" });
  }
  const present = new Set(ours);
  for (const file of theirs)
    if (!present.has(file))
      differing.push({ file, why: 'is missing from vendor/ (go mod vendor writes it)' });
  for (const { file, why } of differing.slice(0, NAMED)) {
    const module = moduleOfFile(file, modules);
    // The module is named in the text, not as the finding's subject: no proxy served these bytes,
    // and a subject would have the relay's findings credit one with them.
    findings.push({
      kind: 'security',
      area: 'checksum',
      file: `vendor/${file}`,
      message: `vendor/${file}${module ? ` (${module.path}@${module.version})` : ''} ${why}; a -mod=vendor build compiles it as it is. Run 'go mod vendor' to restore vendor/ from the verified modules, and review the change`,
    });
  }
  if (differing.length > NAMED)
    findings.push({
      kind: 'security',
      area: 'checksum',
      message: `${plural(differing.length - NAMED, 'more vendored file differs', 'more vendored files differ')} from the verified modules; run 'go mod vendor'`,
    });
  return { findings, files: ours.length };
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fs.readFile(a), fs.readFile(b)]);
  return x.equals(y);
}

/** `line 4: "# a v1" where go writes "# a v2"`: the first line that differs. */
function firstDifference(have: string, want: string): string {
  const a = have.split('\n');
  const b = want.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i])
      return `line ${i + 1}: ${JSON.stringify(a[i] ?? '')} where go writes ${JSON.stringify(b[i] ?? '')}`;
  return 'the same lines';
}
