import { ConfigError } from '../errors.js';

/** Where a fleet's module store lives: `s3://bucket/prefix`. */
export interface S3Location {
  readonly bucket: string;
  /** Without leading or trailing `/`; may be empty. */
  readonly prefix: string;
  /** Path-style addressing (`<endpoint>/<bucket>/<key>`), for MinIO, Ceph RGW and most on-premises stores. */
  readonly forcePathStyle: boolean;
}

const ACCEPTED = '`s3://<bucket>/<prefix>`, e.g. `s3://build-cache/go-modules`';

/**
 * Parses `cache-url` (and `AWS_S3_FORCE_PATH_STYLE` / `cache-s3-path-style`). Bucket names follow
 * S3's rules (3–63 lowercase letters, digits, `.`, `-`); the prefix takes printable characters
 * other than `\`, and no `..` segment.
 */
export function parseS3Location(
  input: string,
  value: string,
  pathStyle: 'auto' | 'true' | 'false',
  env: NodeJS.ProcessEnv,
): S3Location {
  const text = value.trim();
  const match = /^s3:\/\/([^/]*)\/?(.*)$/.exec(text);
  if (!match) throw new ConfigError(input, `'${value}' is not an s3:// URL`, ACCEPTED);
  const [, bucket, rawPrefix] = match;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new ConfigError(input, `'${bucket}' is not an S3 bucket name`, ACCEPTED);
  const prefix = rawPrefix.replace(/^\/+|\/+$/g, '');
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(prefix) || prefix.split('/').some((s) => s === '..' || s === '.'))
    throw new ConfigError(input, `the prefix '${prefix}' is not a clean key prefix`, ACCEPTED);
  const fromEnv = (env.AWS_S3_FORCE_PATH_STYLE ?? '').trim().toLowerCase();
  const forcePathStyle = pathStyle === 'auto' ? fromEnv === 'true' || fromEnv === '1' : pathStyle === 'true';
  return { bucket, prefix, forcePathStyle };
}

/** `s3://bucket/prefix`, for messages. */
export function describeS3Location(location: S3Location): string {
  return `s3://${location.bucket}/${location.prefix}`;
}
