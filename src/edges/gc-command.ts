import { collectGarbage } from '../cache/s3-gc.js';
import { S3Bucket } from '../cache/s3-bucket.js';
import { parseS3Location } from '../cache/s3-location.js';
import { ConfigError, describeError, WardenError } from '../errors.js';
import { EXIT, exitCodeForKind } from '../report/outcome.js';

const USAGE =
  'usage: go-module-warden gc --cache-url s3://<bucket>/<prefix> --older-than <N>d [--dry-run] [--cache-s3-path-style true|false]';

/** `30d`, `12h`: days or hours (a bucket ages in days). */
function parseAge(value: string | undefined): number {
  const match = /^(\d+)(d|h)$/.exec(value ?? '');
  if (!match)
    throw new ConfigError(
      'older-than',
      `'${value ?? ''}' is not an age`,
      '`<N>d` or `<N>h`, e.g. `--older-than 30d`',
    );
  return Number(match[1]) * (match[2] === 'd' ? 86_400_000 : 3_600_000);
}

/**
 * `go-module-warden gc`: removes from an s3 module store the module versions no project's
 * manifest has named within `--older-than` (s3-gc.ts). Bad arguments exit 2, all named at once.
 */
export async function gcCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
): Promise<number> {
  const flags = new Map<string, string>();
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (name === '--dry-run') flags.set('dry-run', 'true');
    else if (['--cache-url', '--older-than', '--cache-s3-path-style'].includes(name))
      flags.set(name.slice(2), inline ?? argv[++i] ?? '');
    else problems.push(`unknown argument '${argv[i]}'`);
  }
  let location;
  let olderThanMs = 0;
  for (const parse of [
    () => {
      const style = flags.get('cache-s3-path-style') ?? 'auto';
      location = parseS3Location(
        'cache-url',
        flags.get('cache-url') ?? '',
        style === 'true' || style === 'false' ? style : 'auto',
        env,
      );
    },
    () => (olderThanMs = parseAge(flags.get('older-than'))),
  ])
    try {
      parse();
    } catch (error) {
      problems.push(describeError(error));
    }
  if (problems.length > 0 || !location) {
    out(`go-module-warden gc: ${problems.join('\n  ')}\n${USAGE}`);
    return EXIT.usage;
  }
  const bucket = new S3Bucket(location);
  try {
    const result = await collectGarbage({
      bucket,
      olderThanMs,
      now: Date.now(),
      dryRun: flags.has('dry-run'),
    });
    out(
      `${flags.has('dry-run') ? 'would remove' : 'removed'} ${result.removed.length} objects (${result.removedBytes} bytes); kept ${result.kept}; ${result.liveManifests} live manifests, ${result.staleManifests} stale`,
    );
    return EXIT.passed;
  } catch (error) {
    out(`go-module-warden gc: ${describeError(error)}`);
    return error instanceof WardenError ? exitCodeForKind(error.kind) : EXIT.infrastructure;
  } finally {
    bucket.close();
  }
}
