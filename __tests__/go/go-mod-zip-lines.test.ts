import { describe, expect, it } from '@jest/globals';
import type { BuildListModule } from '../../src/go/build-list.js';
import { goSumMayLackZipLine } from '../../src/go/go-mod-zip-lines.js';
import { parseGoSum } from '../../src/go/go-sum.js';

const module = (path: string, version: string, replace?: BuildListModule['replace']): BuildListModule => ({
  path,
  version,
  main: false,
  indirect: false,
  dir: undefined,
  goMod: undefined,
  replace,
  error: undefined,
});
const main: BuildListModule = { ...module('example.test/app', ''), main: true };
const goMod = (go: string) =>
  `module example.test/app\n\ngo ${go}\n\nrequire (\n\ta.test/x v1.0.0\n\tb.test/y v1.0.0 // indirect\n)\n`;
const sum = (...lines: string[]) => parseGoSum(lines.map((l) => `${l} h1:AAAA=`).join('\n'), 'go.sum');

describe('goSumMayLackZipLine', () => {
  const modules = [
    main,
    module('a.test/x', 'v1.2.0'),
    module('b.test/y', 'v1.0.0'),
    module('c.test/z', 'v1.0.0'),
  ];

  it('is no when go.sum holds the zip line of the selected version of every module go.mod lists', () => {
    // c.test/z is graph-only: go.mod does not list it, so its zip line is not needed.
    expect(goSumMayLackZipLine(goMod('1.21'), modules, sum('a.test/x v1.2.0', 'b.test/y v1.0.0'))).toBe(
      false,
    );
  });

  it('is yes when a listed module lacks it, or has it only for the version go.mod names, not the one selected', () => {
    expect(
      goSumMayLackZipLine(goMod('1.21'), modules, sum('a.test/x v1.2.0', 'b.test/y v1.0.0/go.mod')),
    ).toBe(true);
    expect(goSumMayLackZipLine(goMod('1.21'), modules, sum('a.test/x v1.0.0', 'b.test/y v1.0.0'))).toBe(true);
  });

  it('is yes before graph pruning (go 1.16, or no go line): go.mod need not list every module a package comes from', () => {
    const lines = sum('a.test/x v1.2.0', 'b.test/y v1.0.0');
    expect(goSumMayLackZipLine(goMod('1.16'), modules, lines)).toBe(true);
    expect(goSumMayLackZipLine(goMod('1.17'), modules, lines)).toBe(false);
    expect(goSumMayLackZipLine(goMod('1.16').replace(/^go .*$/m, ''), modules, lines)).toBe(true);
  });

  it('asks for the replacement’s line, and none for a local replacement', () => {
    const replaced = [
      main,
      module('a.test/x', 'v1.2.0', { kind: 'module', path: 'fork.test/x', version: 'v1.3.0' }),
      module('b.test/y', 'v1.0.0', { kind: 'local', dir: './y' }),
    ];
    expect(goSumMayLackZipLine(goMod('1.21'), replaced, sum('fork.test/x v1.3.0'))).toBe(false);
    expect(goSumMayLackZipLine(goMod('1.21'), replaced, sum('a.test/x v1.2.0'))).toBe(true);
  });

  it('is yes when go.mod lists a module the build list does not hold', () => {
    expect(goSumMayLackZipLine(goMod('1.21'), [main], sum('a.test/x v1.0.0', 'b.test/y v1.0.0'))).toBe(true);
  });
});
