import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cacheKeys, hashSumFiles } from '../../src/cache/keys.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { decideSave } from '../../src/cache/save-policy.js';
import { type CacheState, readStateInPost, saveStateForPost } from '../../src/cache/state.js';

const goSum = Buffer.from('example.test/a v1.0.0 h1:abc=\n');

describe('cacheKeys', () => {
  it('builds <prefix>-<os>-<arch>-<sha256 of go.sum> and a restore key by prefix', () => {
    const sha = createHash('sha256').update(goSum).digest('hex');
    expect(cacheKeys('gmw', 'linux', 'amd64', [{ name: 'go.sum', data: goSum }])).toEqual({
      primary: `gmw-linux-amd64-${sha}`,
      restoreKeys: ['gmw-linux-amd64-'],
    });
  });

  it('changes the key when go.work.sum is added, and does not depend on the order of the files', () => {
    const one = hashSumFiles([{ name: 'go.sum', data: goSum }]);
    const work = { name: 'go.work.sum', data: Buffer.from('x v1 h1:y=\n') };
    const a = hashSumFiles([{ name: 'go.sum', data: goSum }, work]);
    const b = hashSumFiles([work, { name: 'go.sum', data: goSum }]);
    expect(a).not.toBe(one);
    expect(a).toBe(b);
  });

  it('changes the key when a line moves from one module’s go.sum to another’s', () => {
    const a = hashSumFiles([
      { name: 'a/go.sum', data: goSum },
      { name: 'b/go.sum', data: Buffer.alloc(0) },
    ]);
    const b = hashSumFiles([
      { name: 'a/go.sum', data: Buffer.alloc(0) },
      { name: 'b/go.sum', data: goSum },
    ]);
    expect(a).not.toBe(b);
  });
});

describe('module cache paths', () => {
  it('places zips under cache/download and trees under <esc>@<v>', () => {
    const p = moduleCachePaths('/m', { path: 'example.test/Upper', version: 'v1.0.0-RC' });
    expect(p.base).toBe('/m/cache/download/example.test/!upper/@v/v1.0.0-!r!c');
    expect(p.extracted).toBe('/m/example.test/!upper@v1.0.0-!r!c');
  });
});

describe('decideSave', () => {
  const pr = (head: string, base: string, fork = head !== base) => ({
    pull_request: { head: { repo: { full_name: head, fork } }, base: { repo: { full_name: base } } },
  });
  it.each([
    ['auto', 'push', undefined, true],
    ['auto', 'pull_request', pr('org/app', 'org/app'), true],
    ['auto', 'pull_request', pr('someone/app', 'org/app'), false],
    ['auto', 'pull_request', {}, false],
    ['auto', 'pull_request_target', pr('org/app', 'org/app'), false],
    ['true', 'pull_request_target', pr('someone/app', 'org/app'), true],
    ['false', 'push', undefined, false],
  ] as const)('cache-save %s on %s → save %s', (cacheSave, event, payload, expected) => {
    expect(decideSave(cacheSave, event, payload).save).toBe(expected);
  });

  it('gives a reason when it does not save', () => {
    const decision = decideSave('auto', 'pull_request_target', undefined);
    expect(decision).toEqual({ save: false, reason: expect.stringContaining('pull_request_target') });
  });
});

describe('the state handed from main to post', () => {
  const state: CacheState = {
    backend: 'local',
    localDir: '/c',
    gomodcache: '/m',
    primaryKey: 'gmw-linux-amd64-abc',
    matchedKey: 'gmw-linux-amd64-old',
    exact: false,
    replace: false,
    listFile: '/t/go-module-warden/cache-archive-1.json',
    cacheSave: 'auto',
  };

  it('is one small typed record that survives a round trip through a string', () => {
    const saved = saveStateForPost(state);
    expect(Object.keys(saved)).toEqual(['cache']);
    expect(saved.cache.length).toBeLessThan(400);
    expect(readStateInPost((name) => saved[name])).toEqual(state);
  });

  it('is absent when the main step saved nothing or left something that is not ours, and a miss leaves no matched key', () => {
    expect(readStateInPost(() => '')).toBeUndefined();
    expect(readStateInPost(() => '{"backend":"ftp"}')).toBeUndefined();
    expect(readStateInPost(() => 'not json')).toBeUndefined();
    const saved = saveStateForPost({ ...state, matchedKey: undefined });
    expect(readStateInPost((name) => saved[name])?.matchedKey).toBeUndefined();
  });
});
