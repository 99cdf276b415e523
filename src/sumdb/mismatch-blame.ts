import type { Finding } from '../findings.js';

/** A body that did not hash to go.sum (the relay's SecurityFact, as far as the blame needs it). */
export interface Mismatch {
  readonly module: string;
  readonly version: string;
  readonly kind: 'zip' | 'mod';
  readonly upstream: string;
  /** The go.sum hash, and what the bytes hashed to. */
  readonly expected: string;
  readonly got: string;
}

/** The database's lines for path@version (sumdb.Client.Lookup), or undefined when it cannot say. */
export type DatabaseLookup = (path: string, version: string) => Promise<readonly string[] | undefined>;

const key = (m: { module?: string; version?: string }, kind: string): string =>
  `${m.module}@${m.version} ${kind}`;

/**
 * go.sum and the bytes disagree: the checksum database is asked which side is wrong (as `go`
 * itself trusts it for lines go.sum lacks). The database agrees with the bytes: go.sum was edited
 * (a hand edit, a bad merge). It agrees with go.sum: the upstream's bytes are wrong. Either way
 * the mismatch stays a security finding; only the blame and the fix differ. Without an answer
 * (GOSUMDB off, a private module, the database unreachable) the relay's wording stands.
 */
export async function blameMismatches(
  mismatches: readonly Mismatch[],
  lookup: DatabaseLookup,
): Promise<Map<string, string>> {
  const blames = new Map<string, string>();
  for (const m of mismatches) {
    const version = m.kind === 'mod' ? `${m.version}/go.mod` : m.version;
    const lines = await lookup(m.module, version).catch(() => undefined);
    const recorded = lines
      ?.map((line) => line.split(' '))
      .find(([p, v, h]) => p === m.module && v === version && h?.startsWith('h1:'))?.[2];
    if (!recorded) continue;
    const what = `${m.module} ${version}`;
    if (recorded === m.got && recorded !== m.expected)
      blames.set(
        key(m, m.kind),
        `checksum mismatch: the go.sum line for ${what} differs from the checksum database; the proxy's bytes match the database (go.sum ${m.expected}, database and upstream ${m.upstream} ${recorded}): go.sum was edited locally or by a bad merge and the upstream is not at fault; delete that line and run 'go mod tidy', which takes it from the database`,
      );
    else if (recorded === m.expected)
      blames.set(
        key(m, m.kind),
        `checksum mismatch: upstream ${m.upstream} served a .${m.kind} that does not match go.sum (go.sum ${m.expected}, served ${m.got}) for ${what}; the checksum database agrees with go.sum, so the bytes differ from both go.sum and the checksum database: tampering or corruption upstream; the relay did not hand it to go`,
      );
    else
      blames.set(
        key(m, m.kind),
        `checksum mismatch: for ${what}, go.sum (${m.expected}), the checksum database (${recorded}) and upstream ${m.upstream} (${m.got}) all differ; go.sum was edited and the upstream's bytes are wrong too; the relay did not hand them to go`,
      );
  }
  return blames;
}

/** The relay's mismatch findings, worded by the blame; every other finding as it was. */
export function withBlame<V extends { findings: readonly Finding[] }>(
  verdict: V,
  blames: ReadonlyMap<string, string>,
): V {
  if (blames.size === 0) return verdict;
  const findings = verdict.findings.map((f) => {
    if (
      f.kind !== 'security' ||
      f.area !== 'checksum' ||
      !f.message.startsWith('checksum mismatch: upstream')
    )
      return f;
    const kind = /served a \.(zip|mod) /.exec(f.message)?.[1];
    const message = kind ? blames.get(key(f, kind)) : undefined;
    return message ? { ...f, message } : f;
  });
  return { ...verdict, findings };
}
