import type { S3Location } from './s3-location.js';

/** The object kinds stored per module version. */
export type ModuleObjectKind = 'zip' | 'mod' | 'info';

/** `h1:<base64>` → base64url without padding, or undefined when it is not an h1 hash. */
export function h1KeyPart(hash: string): string | undefined {
  const match = /^h1:([A-Za-z0-9+/]{43}=)$/.exec(hash);
  if (!match) return undefined;
  return match[1].replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function join(location: S3Location, rest: string): string {
  return location.prefix ? `${location.prefix}/${rest}` : rest;
}

/**
 * A module version's object key, content-addressed by its go.sum hash: the `.zip` and `.info`
 * under the zip's h1, the `.mod` under its `/go.mod` h1 (`<prefix>/h1/<base64url(h1)>.<kind>`).
 * The h1 covers the file names with their `module@version/` prefix (dirhash.HashZip), so one key
 * names one module version's content; a `.mod` key may serve every version with the same go.mod.
 */
export function moduleObjectKey(
  location: S3Location,
  hash: string,
  kind: ModuleObjectKind,
): string | undefined {
  const part = h1KeyPart(hash);
  return part === undefined ? undefined : join(location, `h1/${part}.${kind}`);
}

/** Where the checksum database's proofs live: `<prefix>/sumdb/<name>/<file>`. */
export function proofKey(location: S3Location, file: string): string {
  return join(location, `sumdb/${file}`);
}

/** The prefix under which proofs are listed. */
export function proofPrefix(location: S3Location): string {
  return join(location, 'sumdb/');
}

/**
 * A project's manifest: what its go.sum needed and when (`<prefix>/manifests/<project id>.json.gz`;
 * earlier versions wrote `.json`, which gc still reads until it ages out of its window).
 */
export function manifestKey(location: S3Location, projectId: string): string {
  return join(location, `manifests/${projectId}.json.gz`);
}

/**
 * A project's pack (s3-pack.ts): the `.mod` files its go.sum names and the checksum database's
 * proofs its last run proved, in one object read with one GET (`<prefix>/packs/<project id>.pack`).
 */
export function packKey(location: S3Location, projectId: string): string {
  return join(location, `packs/${projectId}.pack`);
}

export function packPrefix(location: S3Location): string {
  return join(location, 'packs/');
}

export function manifestPrefix(location: S3Location): string {
  return join(location, 'manifests/');
}

export function modulePrefix(location: S3Location): string {
  return join(location, 'h1/');
}
