/**
 * What may live under `cache/download/sumdb/**` in a cache entry: only what `go` and our checksum
 * client write there (src/sumdb/state-store.ts, cmd/go's modfetch/sumdb.go) and the run memo, each
 * within its size.
 * A restored entry is input from elsewhere: any other file, or one too big for its kind, is
 * dropped, never restored and so never saved again into later entries.
 */
const PREFIX = 'cache/download/sumdb/';
const HOST = '[^/.][^/]*';
const NOTE_MAX = 64 << 10;
const LOOKUP_MAX = 64 << 10;
/** A data tile holds 2^H records of at most a few lines each; 1 MiB is far above any real one. */
const DATA_TILE_MAX = 1 << 20;

/** The run memo (src/cache/run-memo.ts): license reads and the build list, JSON, kept with the entry. */
const MEMO = /^go-module-warden\/(verdicts|build-list)\.json$/;
const MEMO_MAX = 64 << 20;

const LATEST = new RegExp(`^${HOST}/latest$`);
const LOOKUP = new RegExp(`^${HOST}/lookup/[^@]+@[^/@]+$`);
const TILE = new RegExp(
  `^${HOST}/tile/([1-9]|[12][0-9]|30)/([0-9]+|data)/(?:x[0-9]{3}/)*[0-9]{3}(?:\\.p/([0-9]+))?$`,
);

/** Why a file under `cache/download/sumdb/` is not kept, or undefined when it is (other files: undefined). */
export function sumdbFileProblem(rel: string, size: number): string | undefined {
  if (!rel.startsWith(PREFIX)) return undefined;
  const inner = rel.slice(PREFIX.length);
  if (MEMO.test(inner)) return size <= MEMO_MAX ? undefined : `is ${size} bytes, more than a run memo holds`;
  if (LATEST.test(inner)) return size <= NOTE_MAX ? undefined : `is ${size} bytes, more than a tree note`;
  if (LOOKUP.test(inner))
    return size <= LOOKUP_MAX ? undefined : `is ${size} bytes, more than a lookup record`;
  const tile = TILE.exec(inner);
  if (!tile) return 'is not a checksum-database tile, lookup record or tree note';
  const height = Number(tile[1]);
  const width = tile[3] === undefined ? 1 << height : Number(tile[3]);
  if (width < 1 || width > 1 << height) return 'is a partial tile of impossible width';
  const max = tile[2] === 'data' ? DATA_TILE_MAX : width * 32;
  return size <= max ? undefined : `is ${size} bytes, more than such a tile holds (${max})`;
}
