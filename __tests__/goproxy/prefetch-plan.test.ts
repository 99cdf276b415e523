import { describe, expect, it } from '@jest/globals';
import { parseGoSum } from '../../src/go/go-sum.js';
import { fileKey } from '../../src/goproxy/prefetch.js';
import { planPrefetch } from '../../src/goproxy/prefetch-plan.js';

const GO_SUM = parseGoSum(
  [
    'example.test/alpha v1.0.0 h1:zipAlpha=',
    'example.test/alpha v1.0.0/go.mod h1:modAlpha=',
    'example.test/Upper v1.2.0 h1:zipUpper=',
    'example.test/Upper v1.2.0/go.mod h1:modUpper=',
    'example.test/old v0.9.0/go.mod h1:modOld=',
    'corp.example/secret v1.0.0 h1:zipSecret=',
    'corp.example/secret v1.0.0/go.mod h1:modSecret=',
    'nosum.example/lib v1.0.0/go.mod h1:modNoSum=',
  ].join('\n'),
  'go.sum',
);

const keys = (plan: ReturnType<typeof planPrefetch>): string[] => plan.map(fileKey);

describe('planPrefetch', () => {
  it('asks for every .mod first, then every .info, then the zips: no small file waits behind a large one', () => {
    expect(keys(planPrefetch({ goSum: GO_SUM, neverProxied: [], inCache: new Set() }))).toEqual([
      'example.test/alpha@v1.0.0.mod',
      'example.test/Upper@v1.2.0.mod',
      'example.test/old@v0.9.0.mod',
      'corp.example/secret@v1.0.0.mod',
      'nosum.example/lib@v1.0.0.mod',
      'example.test/alpha@v1.0.0.info',
      'example.test/Upper@v1.2.0.info',
      'corp.example/secret@v1.0.0.info',
      'example.test/alpha@v1.0.0.zip',
      'example.test/Upper@v1.2.0.zip',
      'corp.example/secret@v1.0.0.zip',
    ]);
  });

  it('fetches ahead the .info and .zip of one version per module path, the highest, as MVS selects', () => {
    const stale = parseGoSum(
      [
        'example.test/alpha v1.0.0 h1:zipAlpha=',
        'example.test/alpha v1.0.0/go.mod h1:modAlpha=',
        'example.test/alpha v1.10.0 h1:zipAlpha10=',
        'example.test/alpha v1.10.0/go.mod h1:modAlpha10=',
        'example.test/alpha v1.9.0-rc.1 h1:zipAlphaRc=',
        'example.test/docker v20.10.0+incompatible h1:zipD20=',
        'example.test/docker v28.0.1+incompatible h1:zipD28=',
      ].join('\n'),
      'go.sum',
    );
    expect(keys(planPrefetch({ goSum: stale, neverProxied: [], inCache: new Set() }))).toEqual([
      'example.test/alpha@v1.0.0.mod',
      'example.test/alpha@v1.10.0.mod',
      'example.test/alpha@v1.10.0.info',
      'example.test/docker@v28.0.1+incompatible.info',
      'example.test/alpha@v1.10.0.zip',
      'example.test/docker@v28.0.1+incompatible.zip',
    ]);
  });

  it.each([
    ['a GOPRIVATE-style glob', ['corp.example']],
    ['a wildcard glob', ['*.example/secret']],
  ])('never plans a private module (%s)', (_name, neverProxied) => {
    const plan = keys(planPrefetch({ goSum: GO_SUM, neverProxied, inCache: new Set() }));
    expect(plan.filter((k) => k.startsWith('corp.example/'))).toEqual([]);
    expect(plan).toContain('example.test/alpha@v1.0.0.zip');
  });

  it('leaves out the files already in the module cache, file by file', () => {
    const inCache = new Set(['example.test/alpha@v1.0.0.zip', 'example.test/alpha@v1.0.0.mod']);
    const plan = keys(planPrefetch({ goSum: GO_SUM, neverProxied: [], inCache }));
    expect(plan).not.toContain('example.test/alpha@v1.0.0.zip');
    expect(plan).not.toContain('example.test/alpha@v1.0.0.mod');
    expect(plan).toContain('example.test/alpha@v1.0.0.info');
  });

  it('asks once for a line that go.sum and go.work.sum both hold', () => {
    const twice = [...GO_SUM, ...parseGoSum('example.test/alpha v1.0.0 h1:zipAlpha=\n', 'go.work.sum')];
    const plan = keys(planPrefetch({ goSum: twice, neverProxied: [], inCache: new Set() }));
    expect(plan.filter((k) => k === 'example.test/alpha@v1.0.0.zip')).toHaveLength(1);
  });

  it('leaves a line go could not fetch either (an invalid path or version) to go', () => {
    const bad = parseGoSum('Example.test/bad v1.0.0 h1:x=\nexample.test/ok v1:0 h1:y=\n', 'go.sum');
    expect(planPrefetch({ goSum: bad, neverProxied: [], inCache: new Set() })).toEqual([]);
  });
});
