import { sha256Hex, sha256OfFile } from '../go/off-thread-digest.js';
import type { ProvenZip } from '../go/zip-proof.js';
import { readFile } from 'node:fs/promises';
import { hashGoMod } from '../go/dirhash.js';
import type { GoSumLine } from '../go/go-sum.js';
import { hashZip } from '../go/zip-reader.js';
import type { ModuleFileRequest } from './prefetch.js';
import type { HeldBody } from './spool.js';
import { hashZipFile } from '../go/zip-file-digest.js';

/** The go.sum hashes the relay checks whole bodies against, by `path version[/go.mod]`. */
export type ExpectedHashes = ReadonlyMap<string, string>;

export function expectedHashes(goSum: readonly GoSumLine[]): ExpectedHashes {
  const map = new Map<string, string>();
  for (const line of goSum)
    if (line.hash.startsWith('h1:')) map.set(`${line.path} ${line.version}`, line.hash);
  return map;
}

/** The go.sum hash a module file must have: its zip line, or its `/go.mod` line; none for .info. */
export function expectedHash(hashes: ExpectedHashes, request: ModuleFileRequest): string | undefined {
  if (request.kind === 'info') return undefined;
  return hashes.get(`${request.module} ${request.version}${request.kind === 'mod' ? '/go.mod' : ''}`);
}

/** What checking a held body came to: nothing to check, the same hash, or another (or no) hash. */
export type HeldVerdict =
  | { readonly kind: 'unchecked' }
  | { readonly kind: 'matches'; readonly zip?: ProvenZip }
  | { readonly kind: 'mismatch'; readonly got: string };

/**
 * The zips this relay proved, by module version: a file in the module cache whose bytes have the
 * same SHA-256 is proven without inflating it again (LandedZipDigests).
 */
export class ProvenZips {
  private readonly byModule = new Map<string, ProvenZip>();
  set(request: ModuleFileRequest, zip: ProvenZip): void {
    this.byModule.set(`${request.module} ${request.version}`, zip);
  }
  get(module: string, version: string): ProvenZip | undefined {
    return this.byModule.get(`${module} ${version}`);
  }
}

/**
 * Hashes a whole body as cmd/go does before it trusts it (modfetch checkMod / checkGoMod:
 * dirhash.HashZip for a zip, the go.mod hash for a .mod) and compares it with go.sum. A zip that
 * cannot even be read is a mismatch too: go.sum names bytes that can.
 */
export async function checkHeld(
  held: HeldBody,
  request: ModuleFileRequest,
  hashes: ExpectedHashes,
): Promise<HeldVerdict> {
  const expected = expectedHash(hashes, request);
  if (!expected) return { kind: 'unchecked' };
  let got: string;
  try {
    if (request.kind === 'mod')
      got = hashGoMod(held.kind === 'memory' ? held.data : await readFile(held.file));
    else got = held.kind === 'memory' ? hashZip(held.data) : await hashZipFile(held.file);
  } catch (error) {
    got = `unreadable zip (${(error as Error).message})`;
  }
  if (got !== expected) return { kind: 'mismatch', got };
  if (request.kind !== 'zip') return { kind: 'matches' };
  const sha256 = held.kind === 'memory' ? await sha256Hex(held.data) : await sha256OfFile(held.file);
  return { kind: 'matches', zip: { sha256, h1: got } };
}
