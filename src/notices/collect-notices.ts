import fs from 'node:fs/promises';
import path from 'node:path';
import { effectiveModule } from '../go/build-list.js';
import { readZipFiles } from '../go/zip-reader.js';
import { findLicenseFiles, isLicenseFileName } from '../licenses/discovery.js';
import type { ModuleEntry, Report } from '../report/model.js';
import { readProvenZip } from '../cache/proven-zip.js';

/** Apache-2.0 §4(d): a NOTICE file must be passed on. Matched at the module root, any case. */
export function isNoticeFileName(name: string): boolean {
  return /^NOTICE(\.(txt|md|markdown))?$/i.test(name);
}

/** One text as a module carries it. */
export interface NoticeText {
  readonly kind: 'license' | 'notice';
  /** Slash-separated path from the module root. */
  readonly file: string;
  readonly text: string;
  /** The SPDX expression the classifier gave the file (license files). */
  readonly license?: string;
}

export interface ModuleNotices {
  readonly path: string;
  readonly version: string;
  readonly texts: readonly NoticeText[];
  /** True when the texts come from the module zip whose h1 matched the checked go.sum line. */
  readonly proven: boolean;
  /** Why not proven, or why nothing was found. */
  readonly note?: string;
}

/**
 * The license and NOTICE texts of every non-main module (only those providing imported packages
 * under `license-scope: imports`), read from the proven module zip when there is one. License
 * files in subdirectories count when the license report says they apply to Go code.
 */
export async function collectNotices(
  report: Report,
  options: { goModCache: string; scope: 'build-list' | 'imports' },
): Promise<ModuleNotices[]> {
  const key = (m: { path: string; version: string }) => `${m.path}@${m.version}`;
  const licenseOf = new Map(report.licenses?.modules.map((l) => [key(l), l]));
  const h1Of = new Map(report.checksums?.modules.map((c) => [key(c), c.zip?.goSum ?? c.zip?.database]));
  const result: ModuleNotices[] = [];
  const modules = [...report.modules]
    .filter((m) => !m.main)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const m of modules) {
    const license = licenseOf.get(key(m));
    if (options.scope === 'imports' && license?.rule.startsWith(OUT_OF_SCOPE_RULE)) continue;
    const classified = new Map(license?.files.map((f) => [f.path, f]));
    const wanted = (file: string): boolean => {
      const slash = file.lastIndexOf('/');
      const base = file.slice(slash + 1);
      if (slash < 0) return isLicenseFileName(base) || isNoticeFileName(base);
      return isLicenseFileName(base) && classified.get(file)?.appliesToCode === true;
    };
    const label = (file: string) => classified.get(file)?.expression;
    result.push(await moduleNotices(m, h1Of.get(key(m)), options.goModCache, wanted, label));
  }
  return result;
}

/** The rule text src/licenses/evaluate.ts gives a module outside `license-scope: imports`. */
const OUT_OF_SCOPE_RULE = 'provides no imported package';

async function moduleNotices(
  m: ModuleEntry,
  h1: string | undefined,
  goModCache: string,
  wanted: (file: string) => boolean,
  label: (file: string) => string | undefined,
): Promise<ModuleNotices> {
  const base = { path: m.path, version: m.version };
  const toText = (file: string, raw: string): NoticeText => {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const kind = isLicenseFileName(base) ? 'license' : 'notice';
    return { kind, file, text: normalizeText(raw), ...(kind === 'license' ? { license: label(file) } : {}) };
  };
  const fetched = effectiveModule(m);
  let note: string | undefined;
  if (fetched) {
    const zip = await readProvenZip(goModCache, fetched, h1);
    if (zip.bytes) {
      const prefix = `${fetched.path}@${fetched.version}/`;
      const texts = readZipFiles(zip.bytes)
        .filter((f) => f.name.startsWith(prefix) && wanted(f.name.slice(prefix.length)))
        .map((f) => toText(f.name.slice(prefix.length), f.data.toString('utf8')));
      return { ...base, texts: sortTexts(texts), proven: true };
    }
    note = `${zip.note}; read from the extracted directory instead`;
  } else note = 'a local directory (replace => ./dir): nothing to prove it against';
  if (!m.dir) return { ...base, texts: [], proven: false, note: `${note}; the module was not downloaded` };
  const texts: NoticeText[] = [];
  for (const found of await findLicenseFiles(m.dir).catch(() => [])) {
    if (found.text !== undefined && wanted(found.path)) texts.push(toText(found.path, found.text));
  }
  for (const name of await fs.readdir(m.dir).catch(() => [] as string[])) {
    if (!isNoticeFileName(name)) continue;
    const text = await fs.readFile(path.join(m.dir, name), 'utf8').catch(() => undefined);
    if (text !== undefined) texts.push(toText(name, text));
  }
  return { ...base, texts: sortTexts(texts), proven: false, note };
}

/** Line ends and trailing blank space do not make two texts different. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\s+$/, '');
}

function sortTexts(texts: NoticeText[]): NoticeText[] {
  return texts.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
