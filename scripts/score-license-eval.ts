/**
 * Scores the classifier on the fresh evaluation set (__fixtures__/license-eval/): modules no test
 * or training table names, labelled by hand after reading their files (labels.json). Discovery
 * chooses the files from each module's path list as it would in the zip, then the same code path
 * as the gate (classifyModuleFiles, moduleExpression) gives the module's answer.
 *
 *   npx tsx scripts/score-license-eval.ts [--all]     (--all prints every module's answer)
 *
 * Prints agreement (the root expression and every "also" entry equal to the label) and the false
 * allows: modules a permissive allow list would pass while their label fails it.
 */
import fs from 'node:fs';
import path from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { asLabel, gateAllows, type CorpusLabel } from '../__tests__/licenses/real-corpus.js';
import type { FoundLicenseFile } from '../src/licenses/discovery.js';
import { classifyModuleFiles } from '../src/licenses/evaluate.js';
import { selectLicenseFiles } from '../src/licenses/license-file-names.js';
import { moduleExpression, type ModuleExpression } from '../src/licenses/module-expression.js';
import { escapeModulePath, escapeVersion } from '../src/module/module-escape.js';

const DIR = process.env.EVAL_DIR ?? path.join(import.meta.dirname, '..', '__fixtures__', 'license-eval');

export interface EvalModule {
  readonly module: string;
  readonly version: string;
  readonly paths: readonly string[];
  readonly stored: readonly string[];
  readonly readme: boolean;
}

export function loadEval(dir = DIR): { modules: EvalModule[]; labels: Record<string, CorpusLabel> } {
  const modules = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as EvalModule[];
  const labelsFile = path.join(dir, 'labels.json');
  const labels = fs.existsSync(labelsFile)
    ? (JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as Record<string, CorpusLabel>)
    : {};
  return { modules, labels };
}

function moduleDir(dir: string, m: EvalModule): string {
  return path.join(dir, 'modules', `${escapeModulePath(m.module)}@${escapeVersion(m.version)}`);
}

/** The module's answer through today's discovery, classifier and module expression. */
export function classifyEvalModule(m: EvalModule, dir = DIR): ModuleExpression {
  const root = moduleDir(dir, m);
  const stored = new Set(m.stored);
  const files: FoundLicenseFile[] = selectLicenseFiles(m.paths)
    .filter((file) => stored.has(file.path))
    .map((file) => ({
      ...file,
      text: fs.readFileSync(path.join(root, ...file.path.split('/')), 'utf8'),
      problem: undefined,
    }));
  const readmeFile = path.join(root, 'README.license-section.md');
  const readme = m.readme && fs.existsSync(readmeFile) ? fs.readFileSync(readmeFile, 'utf8') : undefined;
  return moduleExpression(classifyModuleFiles(files, 0.9), readme);
}

type Node = ReturnType<typeof parseSpdx>;

/**
 * An expression in one spelling: AND/OR operands flattened, deduplicated and sorted, and every
 * LicenseRef-… read as LicenseRef-unknown (a named reference and an unknown fail a gate alike).
 */
export function canonicalExpression(expression: string): string {
  const walk = (node: Node): string => {
    if (!('conjunction' in node)) {
      const id = node.license.startsWith('LicenseRef-') ? 'LicenseRef-unknown' : node.license;
      return node.exception ? `${id} WITH ${node.exception}` : id;
    }
    const parts = new Set<string>();
    const collect = (n: Node): void => {
      if ('conjunction' in n && n.conjunction === node.conjunction) {
        collect(n.left);
        collect(n.right);
      } else parts.add(walk(n));
    };
    collect(node);
    const list = [...parts].sort();
    return list.length === 1 ? list[0] : `(${list.join(node.conjunction === 'and' ? ' AND ' : ' OR ')})`;
  };
  try {
    return walk(parseSpdx(expression)).replace(/^\((.*)\)$/, '$1');
  } catch {
    return expression;
  }
}

/** The same answer, spelling aside: the root and each "also" entry, by directory. */
export function sameEvalLabel(a: CorpusLabel, b: CorpusLabel): boolean {
  const also = (label: CorpusLabel): string =>
    JSON.stringify(
      Object.entries(label.also ?? {})
        .map(([k, v]) => [k, canonicalExpression(v)])
        .sort(),
    );
  return canonicalExpression(a.expression) === canonicalExpression(b.expression) && also(a) === also(b);
}

if (process.argv[1]?.endsWith('score-license-eval.ts')) {
  const all = process.argv.includes('--all');
  const { modules, labels } = loadEval();
  let labelled = 0;
  let agree = 0;
  const falseAllows: string[] = [];
  const misses: string[] = [];
  const started = performance.now();
  for (const m of modules) {
    const key = `${m.module}@${m.version}`;
    const got = asLabel(classifyEvalModule(m));
    const label = labels[key];
    if (all) console.log(`${key}\t${JSON.stringify(got)}`);
    if (label === undefined) continue;
    labelled++;
    if (sameEvalLabel(got, label)) agree++;
    else
      misses.push(
        `${key}\n    label: ${JSON.stringify({ ...label, note: undefined })}\n    got:   ${JSON.stringify(got)}`,
      );
    if (gateAllows(got) && !gateAllows(label)) falseAllows.push(key);
  }
  const ms = performance.now() - started;
  if (!all) for (const miss of misses) console.log(miss);
  console.log(
    `fresh set: ${agree}/${labelled} agree (${((100 * agree) / Math.max(1, labelled)).toFixed(1)}%), ` +
      `${falseAllows.length} false allows${falseAllows.length ? `: ${falseAllows.join(', ')}` : ''}; ` +
      `${modules.length - labelled} unlabelled; ${ms.toFixed(0)} ms`,
  );
}
