/**
 * Fetches the license files of real modules through the Go module proxy into
 * __fixtures__/license-corpus-real/ (only license files and the license section of the root
 * README, with module@version provenance in manifest.json). Labels are written by hand in
 * labels.json; this script never writes them. Tests read the committed files, never the network.
 *
 *   npx tsx scripts/fetch-license-corpus.ts [modules.tsv] [limit]
 *
 * The list is `module<TAB>version` lines (the repository's go-partial.tsv shape: rows whose
 * version is not a `v…` version are skipped). GOPROXY (first https entry) is used if set;
 * CORPUS_OUT writes elsewhere (to look through more modules before choosing which to keep).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readZipDirectory, readZipEntry } from '../src/go/zip-reader.js';
import { selectLicenseFiles } from '../src/licenses/license-file-names.js';
import { readmeLicenseSection } from '../src/licenses/readme-license.js';
import { escapeModulePath, escapeVersion } from '../src/module/module-escape.js';

const LIST = process.argv[2] ?? '/work/.library/env/packages/go-partial.tsv';
const LIMIT = Number(process.argv[3] ?? 400);
const OUT =
  process.env.CORPUS_OUT ?? path.join(import.meta.dirname, '..', '__fixtures__', 'license-corpus-real');
const PROXY =
  (process.env.GOPROXY ?? '').split(/[,|]/).find((entry) => entry.startsWith('https://')) ??
  'https://proxy.golang.org';
const MAX_ZIP_BYTES = 60 << 20;
const CONCURRENCY = 6;

interface ManifestEntry {
  module: string;
  version: string;
  files: { path: string; dir: string; appliesToCode: boolean; standardName: boolean }[];
  readme: boolean;
}

const rows = fs
  .readFileSync(LIST, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter(([module, version]) => module && /^v\d/.test(version ?? ''))
  .map(([module, version]) => ({ module, version }));
// Spread over the list rather than its alphabetical head.
const step = Math.max(1, rows.length / LIMIT);
const chosen = Array.from({ length: Math.min(LIMIT, rows.length) }, (_, i) => rows[Math.floor(i * step)]);

const manifestFile = path.join(OUT, 'manifest.json');
const manifest: ManifestEntry[] = fs.existsSync(manifestFile)
  ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ManifestEntry[])
  : [];
const have = new Set(manifest.map((entry) => `${entry.module}@${entry.version}`));

async function fetchOne(module: string, version: string): Promise<ManifestEntry | string> {
  const url = `${PROXY}/${escapeModulePath(module)}/@v/${escapeVersion(version)}.zip`;
  const response = await fetch(url);
  if (!response.ok) return `HTTP ${response.status}`;
  const size = Number(response.headers.get('content-length') ?? 0);
  if (size > MAX_ZIP_BYTES) {
    await response.body?.cancel();
    return `zip of ${size} bytes, over the fetch limit`;
  }
  const zip = Buffer.from(await response.arrayBuffer());
  const prefix = `${module}@${version}/`;
  const entries = new Map(
    readZipDirectory(zip)
      .filter((entry) => entry.name.startsWith(prefix))
      .map((entry) => [entry.name.slice(prefix.length), entry]),
  );
  const selected = selectLicenseFiles([...entries.keys()]);
  if (selected.length === 0) return 'no license file';
  const dest = path.join(OUT, 'modules', `${escapeModulePath(module)}@${escapeVersion(version)}`);
  for (const file of selected) {
    const target = path.join(dest, ...file.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, readZipEntry(zip, entries.get(file.path)!));
  }
  const readmeName = [...entries.keys()]
    .filter((p) => /^readme(\.(md|markdown|txt|rst))?$/i.test(p))
    .sort()[0];
  const section = readmeName
    ? readmeLicenseSection(readZipEntry(zip, entries.get(readmeName)!).toString('utf8'))
    : '';
  if (section !== '') fs.writeFileSync(path.join(dest, 'README.license-section.md'), `${section}\n`);
  return { module, version, files: selected.map((file) => ({ ...file })), readme: section !== '' };
}

let next = 0;
const worker = async (): Promise<void> => {
  while (next < chosen.length) {
    const { module, version } = chosen[next++];
    if (have.has(`${module}@${version}`)) continue;
    try {
      const got = await fetchOne(module, version);
      if (typeof got === 'string') console.error(`skip ${module}@${version}: ${got}`);
      else {
        manifest.push(got);
        console.log(`${module}@${version}: ${got.files.map((file) => file.path).join(', ')}`);
      }
    } catch (error) {
      console.error(`skip ${module}@${version}: ${(error as Error).message}`);
    }
  }
};
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
manifest.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`${manifest.length} modules in ${path.relative(process.cwd(), manifestFile)}`);
