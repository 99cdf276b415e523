/**
 * Adds to __fixtures__/license-known-texts/ the license files of real module zips that the
 * known-text table (src/licenses/known-texts-data.ts) does not answer yet: multi-license files of
 * popular modules (klauspost/compress's BSD + Apache + MIT, thrift's subcomponents) otherwise go
 * through the full alignment on every run, tens of milliseconds each. Only texts whose answer
 * depends on their words alone (knownTextEntry) are kept, never one of the fresh evaluation set's
 * (__fixtures__/license-eval stays unseen). The table is a cache of the classifier's own answers,
 * not labels: known-texts.test.ts re-derives every entry. Then run
 * `npx tsx scripts/generate-known-texts.ts`.
 *
 *   npx tsx scripts/collect-known-texts.ts <GOMODCACHE>...
 */
import fs from 'node:fs';
import path from 'node:path';
import { readZipLicenses } from '../src/licenses/discovery.js';
import { knownText } from '../src/licenses/known-texts.js';
import { normalizeText } from '../src/licenses/normalize.js';
import { wordsFingerprint } from '../src/licenses/words-fingerprint.js';
import { unescapeModulePath, unescapeVersion } from '../src/module/module-escape.js';
import { knownTextEntry } from '../test-support/known-texts-source.js';

const ROOT = path.join(import.meta.dirname, '..');
const OUT = path.join(ROOT, '__fixtures__', 'license-known-texts');
const EVAL = path.join(ROOT, '__fixtures__', 'license-eval', 'modules');
/** Bigger texts are rare and would weigh on the repository more than they save. */
const MAX_TEXT_BYTES = 64 << 10;

function files(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const fingerprintOf = (text: string): string => wordsFingerprint(normalizeText(text).words);
const unseen = new Set(files(EVAL, '').map((file) => fingerprintOf(fs.readFileSync(file, 'utf8'))));
const kept = new Set(files(OUT, '').map((file) => fingerprintOf(fs.readFileSync(file, 'utf8'))));
const manifestFile = path.join(OUT, 'manifest.json');
const manifest: Record<string, string> = fs.existsSync(manifestFile)
  ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, string>)
  : {};
let added = 0;
for (const modCache of process.argv.slice(2)) {
  const download = path.join(modCache, 'cache', 'download');
  for (const zip of files(download, '.zip').sort()) {
    const rel = path.relative(download, zip).split(path.sep);
    const modulePath = unescapeModulePath(rel.slice(0, -2).join('/'));
    const version = unescapeVersion(rel.at(-1)!.slice(0, -4));
    if (modulePath === undefined || version === undefined) continue;
    const found = await readZipLicenses(zip, `${modulePath}@${version}/`);
    for (const file of found.files) {
      const text = file.text;
      if (text === undefined || Buffer.byteLength(text) > MAX_TEXT_BYTES) continue;
      const normalized = normalizeText(text);
      const fingerprint = wordsFingerprint(normalized.words);
      if (kept.has(fingerprint) || unseen.has(fingerprint) || knownText(fingerprint, normalized, 0.9))
        continue;
      if (knownTextEntry(text) === undefined) continue;
      kept.add(fingerprint);
      const name = `${modulePath}@${version}/${file.path}`;
      const target = path.join(OUT, 'modules', ...name.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      manifest[name] =
        `${modulePath}@${version} ${file.path}, from the module zip the Go module proxy serves`;
      added++;
    }
  }
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, Object.keys(manifest).sort(), 2)}\n`);
console.log(`${added} texts added to ${path.relative(ROOT, OUT)}`);
