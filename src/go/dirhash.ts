import { createHash } from 'node:crypto';

export interface HashedFile {
  /** The name as hashed: for a module zip, the entry name with its `module@version/` prefix. */
  readonly name: string;
  readonly data: Buffer;
}

/**
 * The `h1:` hash. Mirrors golang.org/x/mod/sumdb/dirhash Hash1: SHA-256 over the lines
 * "<hex sha256 of file>  <name>\n", files sorted by the bytes of their names.
 */
export function hash1(files: readonly HashedFile[]): string {
  const lines = files
    .map((file) => ({ name: Buffer.from(file.name, 'utf8'), file }))
    .sort((a, b) => Buffer.compare(a.name, b.name))
    .map(({ file }) => {
      if (file.name.includes('\n'))
        throw new Error(`dirhash: filename with newline: ${JSON.stringify(file.name)}`);
      return `${createHash('sha256').update(file.data).digest('hex')}  ${file.name}\n`;
    });
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}

/** The hash of a go.mod file as go.sum's `/go.mod` line records it (one file named "go.mod"). */
export function hashGoMod(data: Buffer): string {
  return hash1([{ name: 'go.mod', data }]);
}
