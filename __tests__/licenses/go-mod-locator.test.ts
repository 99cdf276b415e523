import { describe, expect, it } from '@jest/globals';
import { locateGoModLines } from '../../src/licenses/go-mod-locator.js';

const GO_MOD = `// The main module.
module example.com/app

go 1.22

require example.com/single v1.0.0 // a comment

require (
	example.com/direct v1.2.3
	"example.com/quoted" v0.1.0
	example.com/indirect v0.0.0-20191109021931-daa7c04131f5 // indirect
)

require (
	example.com/second-block v2.0.0+incompatible
)

replace example.com/direct => ../direct
exclude example.com/excluded v1.0.0
`;

describe('locateGoModLines', () => {
  const lines = locateGoModLines(GO_MOD);

  it.each([
    ['example.com/single', 6],
    ['example.com/direct', 9],
    ['example.com/quoted', 10],
    ['example.com/indirect', 11],
    ['example.com/second-block', 15],
  ])('finds the require of %s on line %d', (path, line) => {
    expect(lines.requireLine(path)).toBe(line);
  });

  it('knows no require for modules only replaced, excluded or not listed', () => {
    expect(lines.requireLine('../direct')).toBeUndefined();
    expect(lines.requireLine('example.com/excluded')).toBeUndefined();
    expect(lines.requireLine('example.com/transitive')).toBeUndefined();
  });

  it('points at the module line for modules go.mod does not list', () => {
    expect(lines.moduleLine).toBe(2);
    expect(locateGoModLines('go 1.22\n').moduleLine).toBe(1);
  });

  it('handles CRLF line endings', () => {
    expect(locateGoModLines(GO_MOD.replace(/\n/g, '\r\n')).requireLine('example.com/quoted')).toBe(10);
  });
});
