import { describe, expect, it } from '@jest/globals';
import {
  asLabel,
  classifyCorpusModule,
  corpusKey,
  gateAllows,
  loadRealCorpus,
  sameLabel,
  type CorpusLabel,
} from './real-corpus.js';

const { modules, labels } = loadRealCorpus();
const withoutNote = ({ note: _note, ...label }: CorpusLabel): CorpusLabel => label;
// Classifying 455 modules takes a while on a shared machine: once, for both tests below.
const SLOW = 900_000;
let answers: Map<string, CorpusLabel> | undefined;
const ours = (): Map<string, CorpusLabel> =>
  (answers ??= new Map(modules.map((module) => [corpusKey(module), asLabel(classifyCorpusModule(module))])));

describe('the real-text corpus (license files of real modules, labelled by hand)', () => {
  it('holds at least 300 modules, each with module@version provenance and a label', () => {
    expect(modules.length).toBeGreaterThanOrEqual(300);
    for (const module of modules) {
      expect(module.module).toMatch(/^[a-z0-9.-]+(\/[^/]+)*$/i);
      expect(module.version).toMatch(/^v\d/);
      expect(labels[corpusKey(module)]).toBeDefined();
    }
    expect(Object.keys(labels).length).toBe(modules.length);
  });

  it('covers the classes of the issue with several modules each', () => {
    const all = Object.values(labels);
    const count = (test: (label: CorpusLabel) => boolean): number => all.filter(test).length;
    const anywhere = (label: CorpusLabel): string =>
      [label.expression, ...Object.values(label.also ?? {})].join(' ');
    expect(count((l) => / OR /.test(l.expression))).toBeGreaterThanOrEqual(4); // choice
    expect(count((l) => / WITH /.test(anywhere(l)))).toBeGreaterThanOrEqual(3); // exceptions
    expect(count((l) => /GPL-[23]\.0-only/.test(l.expression))).toBeGreaterThanOrEqual(4); // -only
    expect(count((l) => l.also !== undefined)).toBeGreaterThanOrEqual(10); // root vs subdirectory
    expect(count((l) => /LicenseRef-unknown/.test(anywhere(l)))).toBeGreaterThanOrEqual(3); // not licenses
    expect(
      count((l) => /CC0|CC-BY|0BSD|BUSL|EPL|Unlicense|dtoa|FTL|MIT-0|UPL/.test(anywhere(l))),
    ).toBeGreaterThanOrEqual(10);
  });

  it(
    'agrees with every label',
    () => {
      const disagreements: string[] = [];
      for (const module of modules) {
        const got = ours().get(corpusKey(module))!;
        const label = withoutNote(labels[corpusKey(module)]);
        if (!sameLabel(got, label))
          disagreements.push(
            `${corpusKey(module)}: ours ${JSON.stringify(got)}, label ${JSON.stringify(label)}`,
          );
      }
      expect(disagreements).toEqual([]);
    },
    SLOW,
  );

  it(
    'lets nothing through a permissive allow list that the labels stop (0 false allows)',
    () => {
      const falseAllows = modules
        .filter(
          (module) => gateAllows(ours().get(corpusKey(module))!) && !gateAllows(labels[corpusKey(module)]),
        )
        .map(corpusKey);
      expect(falseAllows).toEqual([]);
    },
    SLOW,
  );
});
