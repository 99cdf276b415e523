import { createHash } from 'node:crypto';
import { effectiveModule } from '../go/build-list.js';
import type { ModuleLicense } from '../licenses/license-report.js';
import type { ModuleEntry, Report } from '../report/model.js';
import { graphKey, selectedDependencies, type ModuleRequirements } from './module-graph.js';
import { readProvenZip } from '../cache/proven-zip.js';
import { downloadLocation, publicUpstreams } from './download-location.js';
import type { VcsVersion } from './main-version.js';
import { goPurl } from './purl.js';
import { verificationOf, type Verification } from './verification.js';

/** One module of the build list with every fact both SBOM formats state about it. */
export interface SbomModule {
  /** `path@version`, or a main module's path: the key of the dependency graph and the bom-ref. */
  readonly ref: string;
  readonly path: string;
  readonly version: string;
  readonly main: boolean;
  readonly indirect: boolean;
  readonly purl: string;
  /** `=> other@v` or `=> ./dir`, as go.mod says. */
  readonly replace?: string;
  /** How its files arrived: an upstream host, `direct`, `cache`, `local`, or `unknown`. */
  readonly route: string;
  readonly verification: Verification;
  /** The go.sum `h1:` of the zip and of go.mod (the proof the checksum database was asked about). */
  readonly zipH1?: string;
  readonly goModH1?: string;
  /** SHA-256 (hex) of the module zip, given only when the zip on disk hashes to `zipH1`. */
  readonly zipSha256?: string;
  /** Why there is no zip SHA-256. */
  readonly zipNote?: string;
  /** What the module's files say, and what the gate concluded (an exception may differ). */
  readonly licenseDeclared?: string;
  readonly licenseConcluded?: string;
  readonly licenseVerdict?: string;
  /** Refs of the modules it requires (selected versions). */
  readonly dependsOn: readonly string[];
  /** In the module graph but not compiled in (the license gate's scope): why, in words. */
  readonly excluded?: string;
  /** The proxy zip URL of the verified bytes (no userinfo), or NOASSERTION. */
  readonly downloadLocation?: string;
  /** A main module's version from git (`git describe`), and go's vcs.revision / vcs.modified. */
  readonly vcs?: VcsVersion;
}

export interface SbomFacts {
  readonly project: Report['project'];
  readonly tool: Report['tool'];
  readonly createdAt: string;
  readonly modules: readonly SbomModule[];
  /** Why the dependency graph is missing, when it is. */
  readonly graphProblem?: string;
}

/**
 * Joins the report's verified facts into one list, main modules first, then by path. The zip's
 * SHA-256 is computed from $GOMODCACHE/cache/download/<escaped path>/@v/<escaped version>.zip and
 * stated only when that file's h1 equals the go.sum line that was checked: the cache is hostile
 * input, and an SBOM hash must be of the bytes that were proven.
 */
export async function collectSbomFacts(
  report: Report,
  options: {
    goModCache: string;
    graph?: ModuleRequirements;
    graphProblem?: string;
    now: () => number;
    /** The proxy URLs of the run (the relay's upstreams), to name where each zip came from. */
    proxyUrls?: readonly string[];
    /** The main module's version from git, when there is one. */
    vcs?: VcsVersion;
  },
): Promise<SbomFacts> {
  const key = (m: { path: string; version: string }) => `${m.path}@${m.version}`;
  const checksumOf = new Map(report.checksums?.modules.map((c) => [key(c), c]));
  const licenseOf = new Map(report.licenses?.modules.map((l) => [key(l), l]));
  const deps = options.graph ? selectedDependencies(options.graph, report.modules) : new Map();
  const database = report.checksums?.database?.name;
  const upstreams = publicUpstreams(options.proxyUrls ?? []);
  const upstreamOf = new Map(report.proxy?.modules.map((u) => [key(u), u.upstream]));
  const modules: SbomModule[] = [];
  const sorted = [...report.modules].sort(
    (a, b) => Number(b.main) - Number(a.main) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  for (const m of sorted) {
    const checksum = checksumOf.get(key(m));
    const license = licenseOf.get(key(m));
    const zipH1 = checksum?.zip?.goSum ?? checksum?.zip?.database;
    const zip = await zipDigest(m, zipH1, options.goModCache);
    const fetched = effectiveModule(m);
    const upstream =
      upstreamOf.get(key(m)) ??
      (fetched ? upstreamOf.get(key(fetched)) : undefined) ??
      (m.route?.kind === 'proxy' ? m.route.host : undefined);
    const status = checksum?.status ?? m.checksum;
    modules.push({
      ref: graphKey(m),
      path: m.path,
      // A main module has no version in the build list: git's, when there is one.
      version: m.main ? (options.vcs?.version ?? m.version) : m.version,
      main: m.main,
      indirect: m.indirect,
      purl: goPurl(m.path, m.main ? (options.vcs?.version ?? m.version) : m.version),
      replace: replaceText(m),
      route: m.main
        ? 'local'
        : m.route
          ? m.route.kind === 'proxy'
            ? m.route.host
            : m.route.kind
          : 'unknown',
      verification: verificationOf(m.main ? 'not-applicable' : (checksum?.status ?? m.checksum), database),
      zipH1,
      goModH1: checksum?.goMod?.goSum ?? checksum?.goMod?.database,
      ...zip,
      licenseDeclared: nonEmpty(license?.detected),
      licenseConcluded: nonEmpty(license?.expression ?? m.license?.expression),
      licenseVerdict: license?.verdict ?? m.license?.verdict,
      dependsOn: deps.get(graphKey(m)) ?? [],
      excluded: m.main ? undefined : excludedBecause(license),
      downloadLocation:
        m.main || !fetched
          ? 'NOASSERTION'
          : downloadLocation(fetched, upstream, { upstreams, private: status === 'private' }),
      vcs: m.main ? options.vcs : undefined,
    });
  }
  return {
    project: report.project,
    tool: report.tool,
    createdAt: new Date(options.now()).toISOString(),
    modules,
    graphProblem: options.graph ? undefined : (options.graphProblem ?? 'go mod graph did not run'),
  };
}

/**
 * Why a module is not compiled in, by the license gate's own scope (src/licenses/evaluate.ts):
 * outside `license-scope: shipped` or `imports`, or under `build-list` a module no target compiles.
 * Undefined when it is compiled in, or when the run did not work the scope out.
 */
function excludedBecause(license: ModuleLicense | undefined): string | undefined {
  if (license?.notCompiledIn) return `not compiled in (license-scope: ${license.notCompiledIn.scope})`;
  if (license?.compiledIn === false) return 'not compiled in on any common target';
  return undefined;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text && text.trim() !== '' ? text : undefined;
}

function replaceText(m: ModuleEntry): string | undefined {
  if (m.replace?.kind === 'module') return `${m.replace.path}@${m.replace.version}`;
  if (m.replace?.kind === 'local') return m.replace.dir;
  return undefined;
}

async function zipDigest(
  m: ModuleEntry,
  zipH1: string | undefined,
  goModCache: string,
): Promise<{ zipSha256?: string; zipNote?: string }> {
  const fetched = effectiveModule(m);
  if (!fetched) return {};
  const zip = await readProvenZip(goModCache, fetched, zipH1);
  if (!zip.bytes) return { zipNote: zip.note };
  return { zipSha256: createHash('sha256').update(zip.bytes).digest('hex') };
}
