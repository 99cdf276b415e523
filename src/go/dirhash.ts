import { createHash } from 'node:crypto';

export interface HashedFile {
  /** The name as hashed: for a module zip, the entry name with its `module@version/` prefix. */
  readonly name: string;
  readonly data: Buffer;
}

/** A file's name as hashed and the hex SHA-256 of its content (for trees hashed as they are read). */
export interface FileDigest {
  readonly name: string;
  readonly sha256: string;
}

/**
 * The `h1:` hash. Mirrors golang.org/x/mod/sumdb/dirhash Hash1: SHA-256 over the lines
 * "<hex sha256 of file>  <name>\n", files sorted by the bytes of their names.
 */
export function hash1(files: readonly HashedFile[]): string {
  return hash1OfDigests(
    files.map((file) => ({ name: file.name, sha256: createHash('sha256').update(file.data).digest('hex') })),
  );
}

/** Hash1 over precomputed file digests. */
export function hash1OfDigests(files: readonly FileDigest[]): string {
  const lines = files
    .map((file) => ({ key: Buffer.from(file.name, 'utf8'), file }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ file }) => {
      if (file.name.includes('\n'))
        throw new Error(`dirhash: filename with newline: ${JSON.stringify(file.name)}`);
      return `${file.sha256}  ${file.name}\n`;
    });
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}

/** The hash of a go.mod file as go.sum's `/go.mod` line records it (one file named "go.mod"). */
export function hashGoMod(data: Buffer): string {
  return hash1([{ name: 'go.mod', data }]);
}
