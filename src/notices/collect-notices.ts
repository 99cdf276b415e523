import fs from 'node:fs/promises';
import path from 'node:path';
import { effectiveModule } from '../go/build-list.js';
import { readZipFiles } from '../go/zip-reader.js';
import {
  findLicenseFiles,
  isLicenseFileName,
  MAX_LICENSE_FILE_BYTES,
  ReadBudget,
  readModuleFile,
} from '../licenses/discovery.js';
import { escapeControls } from '../report/escape.js';
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
 * The license and NOTICE texts of every non-main module (only those compiled in under
 * `license-scope: shipped` or `imports`), read from the proven module zip when there is one. License
 * files in subdirectories count when the license report says they apply to Go code.
 */
export async function collectNotices(
  report: Report,
  options: { goModCache: string; scope: 'shipped' | 'build-list' | 'imports' },
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
    const outside = license?.notCompiledIn !== undefined || license?.rule.startsWith(OUT_OF_SCOPE_RULE);
    if (options.scope !== 'build-list' && outside) continue;
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
      const budget = new ReadBudget();
      const texts: NoticeText[] = [];
      for (const f of readZipFiles(zip.bytes)) {
        if (!f.name.startsWith(prefix) || !wanted(f.name.slice(prefix.length))) continue;
        // The same caps as a directory's files (discovery.ts readModuleFile).
        if (f.data.length > MAX_LICENSE_FILE_BYTES || f.data.length > budget.left) continue;
        budget.left -= f.data.length;
        texts.push(toText(f.name.slice(prefix.length), f.data.toString('utf8')));
      }
      return { ...base, texts: sortTexts(texts), proven: true };
    }
    note = `${zip.note}; read from the extracted directory instead`;
  } else note = 'a local directory (replace => ./dir): nothing to prove it against';
  if (!m.dir) return { ...base, texts: [], proven: false, note: `${note}; the module was not downloaded` };
  const { texts, refused } = await readDirectoryTexts(m.dir, wanted, toText);
  if (refused.length > 0) note = `${note}; ${refused.join('; ')}`;
  return { ...base, texts: sortTexts(texts), proven: false, note };
}

/**
 * The wanted license and NOTICE files of an extracted or local module directory. Nothing leads
 * out of the module: links, devices and fifos are refused and named (discovery.ts
 * readModuleFile), and the module's reads together stay within one budget.
 */
async function readDirectoryTexts(
  dir: string,
  wanted: (file: string) => boolean,
  toText: (file: string, raw: string) => NoticeText,
): Promise<{ texts: NoticeText[]; refused: string[] }> {
  const budget = new ReadBudget();
  const texts: NoticeText[] = [];
  const refused: string[] = [];
  for (const found of await findLicenseFiles(dir, { budget }).catch(() => [])) {
    if (!wanted(found.path)) continue;
    if (found.text !== undefined) texts.push(toText(found.path, found.text));
    else if (found.problem) refused.push(`${found.path}: ${found.problem}`);
  }
  const names = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of names) {
    if (!isNoticeFileName(entry.name) && !(entry.isSymbolicLink() && isLicenseFileName(entry.name))) continue;
    if (!isNoticeFileName(entry.name)) {
      refused.push(`${entry.name}: a symbolic link, not read`);
      continue;
    }
    const { text, problem } = await readModuleFile(path.join(dir, entry.name), budget);
    if (text !== undefined) texts.push(toText(entry.name, text));
    else refused.push(`${entry.name}: ${problem}`);
  }
  return { texts, refused: refused.sort() };
}

/**
 * Line ends and trailing blank space do not make two texts different; a control character in a
 * module's text is shown escaped (`\x1b`), never passed to whoever reads the notices.
 */
export function normalizeText(text: string): string {
  return escapeControls(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\s+$/, ''),
  );
}

function sortTexts(texts: NoticeText[]): NoticeText[] {
  return texts.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
