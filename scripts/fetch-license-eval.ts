/**
 * Fetches the license files of real modules into the fresh evaluation set's layout
 * (__fixtures__/license-eval/ by default): `go mod download -json module@version` through the
 * real proxy into a scratch GOMODCACHE (so every zip is checked against the checksum database),
 * then keeps, per module, every file whose name reads like a license, copyright or notice file,
 * and a reduced path list (those files, each go.mod, one non-test .go file per directory) from
 * which scripts/score-license-eval.ts lets today's discovery choose, as it would in the zip.
 * Labels are written by hand in labels.json after reading the files; this script never writes them.
 *
 *   EVAL_OUT=/tmp/pool npx tsx scripts/fetch-license-eval.ts modules.tsv
 *
 * The list is `module<TAB>version` lines. The set is kept apart from the training corpora:
 * none of its modules is named by __tests__, __fixtures__, test-support, bench or scripts.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { readZipDirectory, readZipEntry } from '../src/go/zip-reader.js';
import { readmeLicenseSection } from '../src/licenses/readme-license.js';
import { escapeModulePath, escapeVersion } from '../src/module/module-escape.js';

const run = promisify(execFile);
const LIST = process.argv[2];
const OUT = process.env.EVAL_OUT ?? path.join(import.meta.dirname, '..', '__fixtures__', 'license-eval');
const MODCACHE = process.env.EVAL_GOMODCACHE ?? '/tmp/license-eval-gomodcache';
const CONCURRENCY = Number(process.env.EVAL_CONCURRENCY ?? 4);
const KEEP = /(licen[cs]e|copying|copyright|notice|patents|unlicen[cs]e)/i;
const NOT_TEXT = /\.(go|s|c|h|json|ya?ml|toml|html?|xml|tmpl|tpl|js|ts|py|sh|png|svg|jpe?g|gif|pdf|proto)$/i;
const MAX_FILE_BYTES = 1 << 20;

export interface EvalManifestEntry {
  module: string;
  version: string;
  /** License-like files kept, go.mod files and one .go file per directory: discovery's input. */
  paths: string[];
  /** The paths whose text is stored beside the manifest. */
  stored: string[];
  readme: boolean;
}

if (LIST === undefined) {
  console.error('usage: npx tsx scripts/fetch-license-eval.ts modules.tsv');
  process.exit(2);
}
const rows = fs
  .readFileSync(LIST, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter(([module, version]) => module && /^v\d/.test(version ?? ''))
  .map(([module, version]) => ({ module, version }));
const manifestFile = path.join(OUT, 'manifest.json');
const manifest: EvalManifestEntry[] = fs.existsSync(manifestFile)
  ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as EvalManifestEntry[])
  : [];
const have = new Set(manifest.map((entry) => `${entry.module}@${entry.version}`));

async function fetchOne(module: string, version: string): Promise<EvalManifestEntry | string> {
  const { stdout } = await run('go', ['mod', 'download', '-json', `${module}@${version}`], {
    cwd: '/tmp',
    env: {
      ...process.env,
      GOMODCACHE: MODCACHE,
      GOFLAGS: '-modcacherw',
      GOPROXY: 'https://proxy.golang.org',
    },
    maxBuffer: 1 << 20,
  });
  const info = JSON.parse(stdout) as { Zip?: string; Dir?: string; Error?: string };
  if (info.Error || !info.Zip) return info.Error ?? 'no zip';
  const zip = fs.readFileSync(info.Zip);
  // The extracted tree is not needed: the zip is the module.
  if (info.Dir) fs.rmSync(info.Dir, { recursive: true, force: true });
  const prefix = `${module}@${version}/`;
  const entries = new Map(
    readZipDirectory(zip)
      .filter((entry) => entry.name.startsWith(prefix))
      .map((entry) => [entry.name.slice(prefix.length), entry]),
  );
  const goDirs = new Set<string>();
  const paths: string[] = [];
  const stored: string[] = [];
  const dest = path.join(OUT, 'modules', `${escapeModulePath(module)}@${escapeVersion(version)}`);
  for (const [p, entry] of entries) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    if (base === 'go.mod') paths.push(p);
    else if (p.endsWith('.go') && !p.endsWith('_test.go') && !goDirs.has(dir)) {
      goDirs.add(dir);
      paths.push(p);
    } else if (KEEP.test(base) && !NOT_TEXT.test(base) && entry.size <= MAX_FILE_BYTES) {
      if (p.split('/').some((part) => part === 'vendor' || part === 'testdata' || part.startsWith('.')))
        continue;
      paths.push(p);
      stored.push(p);
      const target = path.join(dest, ...p.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, readZipEntry(zip, entry));
    }
  }
  // A REUSE sidecar's subject (`go.sum` beside `go.sum.license`) tells discovery what it licenses.
  for (const p of stored) {
    const subject = p.replace(/\.license$/i, '');
    if (subject !== p && entries.has(subject) && !paths.includes(subject)) paths.push(subject);
  }
  const readmeName = [...entries.keys()]
    .filter((p) => /^readme(\.(md|markdown|txt|rst))?$/i.test(p))
    .sort()[0];
  const section = readmeName
    ? readmeLicenseSection(readZipEntry(zip, entries.get(readmeName)!).toString('utf8'))
    : '';
  if (section !== '') {
    fs.mkdirSync(dest, { recursive: true });
    fs.writeFileSync(path.join(dest, 'README.license-section.md'), `${section}\n`);
  }
  return { module, version, paths: paths.sort(), stored: stored.sort(), readme: section !== '' };
}

function saveManifest(): void {
  manifest.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(`${manifestFile}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
  fs.renameSync(`${manifestFile}.tmp`, manifestFile);
}

let next = 0;
const worker = async (): Promise<void> => {
  while (next < rows.length) {
    const { module, version } = rows[next++];
    if (have.has(`${module}@${version}`)) continue;
    try {
      const got = await fetchOne(module, version);
      if (typeof got === 'string') console.error(`skip ${module}@${version}: ${got}`);
      else {
        manifest.push(got);
        saveManifest();
        console.log(`${module}@${version}: ${got.stored.join(', ')}`);
      }
    } catch (error) {
      console.error(`skip ${module}@${version}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
};
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
saveManifest();
console.log(`${manifest.length} modules in ${manifestFile}`);
