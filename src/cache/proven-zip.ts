import fs from 'node:fs/promises';
import { describeError } from '../errors.js';
import { hashZip } from '../go/zip-reader.js';
import { moduleCachePaths } from '../module/module-path.js';

/** The module zip's bytes when they hash to the h1 that was checked, else why not. */
export type ProvenZip = { readonly bytes: Buffer } | { readonly bytes?: undefined; readonly note: string };

/**
 * Reads $GOMODCACHE/cache/download/<escaped path>/@v/<escaped version>.zip and keeps it only when
 * its h1 (x/mod dirhash HashZip) equals `h1`, the go.sum line the checksum step checked. The cache
 * is hostile input: what the SBOM hashes and the notices quote must be the proven bytes. It lives
 * in cache/, below both of them.
 */
export async function readProvenZip(
  goModCache: string,
  module: { readonly path: string; readonly version: string },
  h1: string | undefined,
): Promise<ProvenZip> {
  if (!h1) return { note: 'no go.sum line for the zip: nothing to prove its bytes against' };
  let file: string;
  try {
    file = `${moduleCachePaths(goModCache, module).base}.zip`;
  } catch (error) {
    return { note: describeError(error) };
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { note: 'the zip is not in the module cache' };
  }
  let actual: string;
  try {
    actual = hashZip(bytes);
  } catch (error) {
    return { note: `the zip in the module cache is not readable: ${describeError(error)}` };
  }
  if (actual !== h1) return { note: `the zip in the module cache hashes to ${actual}, not ${h1}` };
  return { bytes };
}
