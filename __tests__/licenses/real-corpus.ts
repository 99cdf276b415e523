/**
 * The real-text license corpus: license files of real modules fetched through the Go module
 * proxy by scripts/fetch-license-corpus.ts (provenance in manifest.json), labelled by hand in
 * labels.json. Shared by real-corpus.test.ts and bench/licenses.bench.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FoundLicenseFile } from '../../src/licenses/discovery.js';
import { classifyModuleFiles } from '../../src/licenses/evaluate.js';
import { moduleExpression, type ModuleExpression } from '../../src/licenses/module-expression.js';
import { decideLicense, type LicensePolicy } from '../../src/licenses/policy.js';
import { escapeModulePath, escapeVersion } from '../../src/module/module-escape.js';

export const REAL_CORPUS = path.join(import.meta.dirname, '..', '..', '__fixtures__', 'license-corpus-real');

export interface CorpusModule {
  readonly module: string;
  readonly version: string;
  readonly dir: string;
  readonly files: readonly {
    readonly path: string;
    readonly dir: string;
    readonly appliesToCode: boolean;
    readonly standardName: boolean;
  }[];
  readonly readme: boolean;
}

/** A hand label: the root's expression, and the "also in this module" entries by directory. */
export interface CorpusLabel {
  readonly expression: string;
  readonly also?: Readonly<Record<string, string>>;
  readonly note?: string;
}

export function loadRealCorpus(): { modules: CorpusModule[]; labels: Record<string, CorpusLabel> } {
  const manifest = JSON.parse(fs.readFileSync(path.join(REAL_CORPUS, 'manifest.json'), 'utf8')) as Omit<
    CorpusModule,
    'dir'
  >[];
  const labelsFile = path.join(REAL_CORPUS, 'labels.json');
  const labels = fs.existsSync(labelsFile)
    ? (JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as Record<string, CorpusLabel>)
    : {};
  const modules = manifest.map((entry) => ({
    ...entry,
    dir: path.join(
      REAL_CORPUS,
      'modules',
      `${escapeModulePath(entry.module)}@${escapeVersion(entry.version)}`,
    ),
  }));
  return { modules, labels };
}

export function corpusKey(module: { module: string; version: string }): string {
  return `${module.module}@${module.version}`;
}

/** The files of a corpus module as discovery would have found them in its zip. */
export function corpusFiles(module: CorpusModule): FoundLicenseFile[] {
  return module.files.map((file) => ({
    ...file,
    text: fs.readFileSync(path.join(module.dir, ...file.path.split('/')), 'utf8'),
    problem: undefined,
  }));
}

/** What the gate reads for a corpus module: the same code path as evaluateLicenses. */
export function classifyCorpusModule(module: CorpusModule, threshold = 0.9): ModuleExpression {
  const readme = module.readme
    ? fs.readFileSync(path.join(module.dir, 'README.license-section.md'), 'utf8')
    : undefined;
  return moduleExpression(classifyModuleFiles(corpusFiles(module), threshold), readme);
}

/** The same shape for comparing with a label. */
export function asLabel(result: ModuleExpression): CorpusLabel {
  return result.also.length === 0
    ? { expression: result.root }
    : {
        expression: result.root,
        also: Object.fromEntries(
          result.also.map((entry) => [entry.dir || entry.paths.join(','), entry.expression]),
        ),
      };
}

/** The same answer: root expression and the "also" entries, in any order; notes aside. */
export function sameLabel(a: CorpusLabel, b: CorpusLabel): boolean {
  const also = (label: CorpusLabel): string => JSON.stringify(Object.entries(label.also ?? {}).sort());
  return a.expression === b.expression && also(a) === also(b);
}

/** A typical permissive allow list: the one a false allow would slip through. */
export const PERMISSIVE_POLICY: LicensePolicy = {
  allow: [
    'MIT',
    'Apache-2.0',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'ISC',
    '0BSD',
    'Zlib',
    'MIT-0',
    'Unlicense',
    'CC0-1.0',
  ],
  deny: [],
  exceptions: [],
  confidence: 0.9,
  unknownLicense: 'fail',
  warnOnly: false,
};

/** Allowed only when the root and every "also" entry are allowed (build-list scope). */
export function gateAllows(label: CorpusLabel, policy: LicensePolicy = PERMISSIVE_POLICY): boolean {
  const module = { path: 'example.test/m', version: 'v1.0.0' };
  return [label.expression, ...Object.values(label.also ?? {})].every(
    (expression) => decideLicense(policy, module, expression).verdict === 'allowed',
  );
}
