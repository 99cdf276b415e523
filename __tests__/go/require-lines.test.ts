import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { annotationFor, parseModGraph, requireLines, requiredBy } from '../../src/go/require-lines.js';

const run = promisify(execFile);

const GO_MOD = [
  'module example.com/main', // 1
  '', // 2
  'go 1.22', // 3
  '', // 4
  'require (', // 5
  '\texample.com/a v1.0.0 // a comment', // 6
  '\t"example.com/quoted" v0.1.0', // 7
  ')', // 8
  '', // 9
  'require example.com/b v1.0.0 // indirect', // 10
  '', // 11
  'replace example.com/a => ../a', // 12
  'replace example.com/b => ../b', // 13
  '',
].join('\n');

describe('require lines of go.mod', () => {
  it('finds each requirement on its line, block and single-line, and notes // indirect', () => {
    expect(Object.fromEntries(requireLines(GO_MOD))).toEqual({
      'example.com/a': { line: 6, version: 'v1.0.0', indirect: false },
      'example.com/quoted': { line: 7, version: 'v0.1.0', indirect: false },
      'example.com/b': { line: 10, version: 'v1.0.0', indirect: true },
    });
  });

  it('annotates a module go.mod lists on its own line, and one it does not on the line of what requires it', () => {
    const graph = parseModGraph(
      [
        'example.com/main example.com/a@v1.0.0',
        'example.com/main go@1.22',
        'example.com/a@v1.0.0 example.com/c@v1.2.0',
        'example.com/c@v1.2.0 example.com/deep@v0.3.0',
      ].join('\n'),
    );
    expect(annotationFor('example.com/b', GO_MOD, graph, 'example.com/main')).toEqual({ line: 10 });
    expect(annotationFor('example.com/deep', GO_MOD, graph, 'example.com/main')).toEqual({
      line: 6,
      requiredBy: 'example.com/a',
    });
    expect(requiredBy(graph, 'example.com/main', 'example.com/nowhere')).toBeUndefined();
    expect(annotationFor('example.com/nowhere', GO_MOD, graph, 'example.com/main')).toBeUndefined();
  });
});

describe('with the real go mod graph', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-graph-'));
    await fs.mkdir(path.join(dir, 'main'));
    await fs.mkdir(path.join(dir, 'a'));
    await fs.mkdir(path.join(dir, 'b'));
    await fs.writeFile(path.join(dir, 'b', 'go.mod'), 'module example.com/b\n\ngo 1.22\n');
    await fs.writeFile(
      path.join(dir, 'a', 'go.mod'),
      'module example.com/a\n\ngo 1.22\n\nrequire example.com/b v1.0.0\n\nreplace example.com/b => ../b\n',
    );
    await fs.writeFile(
      path.join(dir, 'main', 'go.mod'),
      GO_MOD.replace(/\t"example.com\/quoted" v0.1.0\n/, ''),
    );
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads the graph go prints and finds who requires a module', async () => {
    const { stdout } = await run('go', ['mod', 'graph'], {
      cwd: path.join(dir, 'main'),
      env: { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' },
    });
    const graph = parseModGraph(stdout);
    expect(graph.get('example.com/a@v1.0.0')).toContain('example.com/b@v1.0.0');
    expect(requiredBy(graph, 'example.com/main', 'example.com/b')).toBe('example.com/a');
  });
});
