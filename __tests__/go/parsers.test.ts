import { describe, expect, it } from '@jest/globals';
import { parseGoSum } from '../../src/go/go-sum.js';
import { JsonObjectStream, parseJsonObjects } from '../../src/go/json-stream.js';
import { parseUseDirectives } from '../../src/go/project.js';
import { hash1, hashGoMod } from '../../src/go/dirhash.js';
import { applyGoDefaults } from '../../src/go/go-env.js';

describe('JsonObjectStream', () => {
  it('splits concatenated objects however the chunks fall, braces in strings included', () => {
    const text = '{"Path":"a","Error":"x } {"}\n{"Path":"b","Nested":{"k":"\\"}"}}\n';
    for (let size = 1; size <= text.length; size++) {
      const seen: unknown[] = [];
      const stream = new JsonObjectStream((v) => seen.push(v));
      for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
      stream.end();
      expect(seen).toEqual([
        { Path: 'a', Error: 'x } {' },
        { Path: 'b', Nested: { k: '"}' } },
      ]);
    }
  });

  it('refuses a stream cut inside an object', () => {
    expect(() => parseJsonObjects('{"Path":"a"}{"Path":')).toThrow(/ended inside an object/);
  });
});

describe('parseGoSum', () => {
  it('reads the zip and go.mod lines with their line numbers', () => {
    const lines = parseGoSum('a.example/x v1.0.0 h1:AAA=\n\na.example/x v1.0.0/go.mod h1:BBB=\n', 'go.sum');
    expect(lines).toEqual([
      { path: 'a.example/x', version: 'v1.0.0', hash: 'h1:AAA=', line: 1, file: 'go.sum' },
      { path: 'a.example/x', version: 'v1.0.0/go.mod', hash: 'h1:BBB=', line: 3, file: 'go.sum' },
    ]);
  });

  it('names file and line of a malformed line and says to run go mod tidy', () => {
    expect(() => parseGoSum('a.example/x v1.0.0\n', 'go.sum')).toThrow(
      /go\.sum:1: malformed go\.sum line .*go mod tidy/,
    );
  });
});

describe('hash1, as x/mod dirhash Hash1', () => {
  // The go.mod hash of github.com/google/uuid v1.6.0 in every go.sum that uses it.
  it('hashes a go.mod the way go.sum records it', () => {
    expect(hashGoMod(Buffer.from('module github.com/google/uuid\n'))).toBe(
      'h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=',
    );
  });

  it('sorts names by bytes, not by locale', () => {
    const a = hash1([
      { name: 'm@v1/b', data: Buffer.from('1') },
      { name: 'm@v1/B', data: Buffer.from('2') },
    ]);
    const b = hash1([
      { name: 'm@v1/B', data: Buffer.from('2') },
      { name: 'm@v1/b', data: Buffer.from('1') },
    ]);
    expect(a).toBe(b);
  });
});

describe('go env defaults', () => {
  it('defaults GONOPROXY and GONOSUMDB to GOPRIVATE, and GOPROXY and GOSUMDB to the public services', () => {
    expect(applyGoDefaults({ GOPRIVATE: '*.corp.example' })).toMatchObject({
      GONOPROXY: '*.corp.example',
      GONOSUMDB: '*.corp.example',
      GOPROXY: 'https://proxy.golang.org,direct',
      GOSUMDB: 'sum.golang.org',
    });
  });
});

describe('parseUseDirectives', () => {
  it('reads single-line and block use directives of go.work', () => {
    expect(parseUseDirectives('go 1.22\n\nuse ./a\nuse (\n\t./b // tools\n\t"./c d"\n)\n')).toEqual([
      './a',
      './b',
      './c d',
    ]);
  });
});
