import { describe, expect, it } from '@jest/globals';
import {
  escapeModulePath,
  escapeVersion,
  filePathProblem,
  importPathProblem,
  modulePathProblem,
  parseProxyRequest,
  proxyRequestPath,
  splitPathVersion,
  unescapeModulePath,
  unescapeVersion,
} from '../../src/module/module-escape.js';

// golang.org/x/mod module/module_test.go checkPathTests: path, CheckPath ok, CheckImportPath ok,
// CheckFilePath ok. "\xFF" (invalid UTF-8 in Go) is a lone surrogate in a JS string.
const CHECK_PATH_TESTS: readonly [string, boolean, boolean, boolean][] = [
  ['x.y/z', true, true, true],
  ['x.y', true, true, true],
  ['', false, false, false],
  ['x.y/\uDCFFz', false, false, false],
  ['/x.y/z', false, false, false],
  ['x./z', false, false, false],
  ['.x/z', false, false, true],
  ['-x/z', false, false, false],
  ['x..y/z', true, true, true],
  ['x.y/z/../../w', false, false, false],
  ['x.y//z', false, false, false],
  ['x.y/z//w', false, false, false],
  ['x.y/z/', false, false, false],
  ['x.y/z/v0', false, true, true],
  ['x.y/z/v1', false, true, true],
  ['x.y/z/v2', true, true, true],
  ['x.y/z/v2.0', false, true, true],
  ['X.y/z', false, true, true],
  ['!x.y/z', false, false, true],
  ['_x.y/z', false, true, true],
  ['x.y!/z', false, false, true],
  ['x.y"/z', false, false, false],
  ['x.y#/z', false, false, true],
  ['x.y$/z', false, false, true],
  ['x.y%/z', false, false, true],
  ['x.y&/z', false, false, true],
  ["x.y'/z", false, false, false],
  ['x.y(/z', false, false, true],
  ['x.y)/z', false, false, true],
  ['x.y*/z', false, false, false],
  ['x.y+/z', false, true, true],
  ['x.y,/z', false, false, true],
  ['x.y-/z', true, true, true],
  ['x.y./zt', false, false, false],
  ['x.y:/z', false, false, false],
  ['x.y;/z', false, false, false],
  ['x.y</z', false, false, false],
  ['x.y=/z', false, false, true],
  ['x.y>/z', false, false, false],
  ['x.y?/z', false, false, false],
  ['x.y@/z', false, false, true],
  ['x.y[/z', false, false, true],
  ['x.y\\/z', false, false, false],
  ['x.y]/z', false, false, true],
  ['x.y^/z', false, false, true],
  ['x.y_/z', false, true, true],
  ['x.y`/z', false, false, false],
  ['x.y{/z', false, false, true],
  ['x.y}/z', false, false, true],
  ['x.y~/z', false, true, true],
  ['x.y/z!', false, false, true],
  ['x.y/z"', false, false, false],
  ['x.y/z#', false, false, true],
  ['x.y/z$', false, false, true],
  ['x.y/z%', false, false, true],
  ['x.y/z&', false, false, true],
  ["x.y/z'", false, false, false],
  ['x.y/z(', false, false, true],
  ['x.y/z)', false, false, true],
  ['x.y/z*', false, false, false],
  ['x.y/z+', true, true, true],
  ['x.y/z,', false, false, true],
  ['x.y/z-', true, true, true],
  ['x.y/z.t', true, true, true],
  ['x.y/z/t', true, true, true],
  ['x.y/z:', false, false, false],
  ['x.y/z;', false, false, false],
  ['x.y/z<', false, false, false],
  ['x.y/z=', false, false, true],
  ['x.y/z>', false, false, false],
  ['x.y/z?', false, false, false],
  ['x.y/z@', false, false, true],
  ['x.y/z[', false, false, true],
  ['x.y/z\\', false, false, false],
  ['x.y/z]', false, false, true],
  ['x.y/z^', false, false, true],
  ['x.y/z_', true, true, true],
  ['x.y/z`', false, false, false],
  ['x.y/z{', false, false, true],
  ['x.y/z}', false, false, true],
  ['x.y/z~', true, true, true],
  ['x.y/x.foo', true, true, true],
  ['x.y/aux.foo', false, false, false],
  ['x.y/prn', false, false, false],
  ['x.y/prn2', true, true, true],
  ['x.y/com', true, true, true],
  ['x.y/com1', false, false, false],
  ['x.y/com1.txt', false, false, false],
  ['x.y/calm1', true, true, true],
  ['github.com/!123/logrus', false, false, true],
  ['github.com/user/unicode/испытание', false, false, true],
  ['../x', false, false, false],
  ['./y', false, false, false],
  ['x:y', false, false, false],
  ['\\temp\\foo', false, false, false],
  ['.gitignore', false, false, true],
  ['.github/ISSUE_TEMPLATE', false, false, true],
  ['x☺y', false, false, false],
];

describe('x/mod module_test.go checkPathTests', () => {
  it.each(CHECK_PATH_TESTS)(
    '%j: module path %s, import path %s, file path %s',
    (path, ok, importOK, fileOK) => {
      expect(modulePathProblem(path) === undefined).toBe(ok);
      expect(importPathProblem(path) === undefined).toBe(importOK);
      expect(filePathProblem(path) === undefined).toBe(fileOK);
    },
  );

  it.each(CHECK_PATH_TESTS.filter(([, ok]) => !ok))(
    'refuses to escape or unescape the invalid path %j',
    (path) => {
      expect(() => escapeModulePath(path)).toThrow(/malformed module path/);
      expect(unescapeModulePath(path)).toBeUndefined();
    },
  );

  // A version is checked as one file name (EscapeVersion: checkElem(v, true), no '!'); the
  // escaping takes only ASCII. So the fileOK column decides, for the entries without a slash.
  it.each(CHECK_PATH_TESTS.filter(([p]) => !p.includes('/')))(
    'takes %j as a version exactly when it is a file name',
    (v, _ok, _importOK, fileOK) => {
      const escapable = fileOK && !v.includes('!') && !/[^ -~]/.test(v);
      if (escapable) expect(unescapeVersion(escapeVersion(v))).toBe(v);
      else expect(() => escapeVersion(v)).toThrow(/disallowed version string/);
    },
  );
});

describe('x/mod module_test.go splitPathVersionTests', () => {
  it.each([
    ['x.y/z', ''],
    ['x.y/z', '/v2'],
    ['x.y/z', '/v3'],
    ['x.y/v', ''],
    ['gopkg.in/yaml', '.v0'],
    ['gopkg.in/yaml', '.v1'],
    ['gopkg.in/yaml', '.v2'],
    ['gopkg.in/yaml', '.v3'],
  ])('splits %s%s', (prefix, pathMajor) => {
    expect(splitPathVersion(prefix + pathMajor)).toEqual({ prefix, pathMajor });
  });

  it.each(CHECK_PATH_TESTS.map(([p]) => p))('splits %j into parts that add up to it', (path) => {
    const split = splitPathVersion(path);
    if (split) expect(split.prefix + split.pathMajor).toBe(path);
  });
});

describe('x/mod module_test.go escapeTests and badUnescape', () => {
  it.each([
    [
      'ascii.com/abcdefghijklmnopqrstuvwxyz.-+/~_0123456789',
      'ascii.com/abcdefghijklmnopqrstuvwxyz.-+/~_0123456789',
    ],
    ['github.com/GoogleCloudPlatform/omega', 'github.com/!google!cloud!platform/omega'],
    ['github.com/BurntSushi/TOML', 'github.com/!burnt!sushi/!t!o!m!l'],
    ['gopkg.in/yaml.v3', 'gopkg.in/yaml.v3'],
  ])('escapes %s as %s and back', (path, escaped) => {
    expect(escapeModulePath(path)).toBe(escaped);
    expect(unescapeModulePath(escaped)).toBe(path);
  });

  it.each([
    'github.com/GoogleCloudPlatform/omega',
    'github.com/!google!cloud!platform!/omega',
    'github.com/!0google!cloud!platform/omega',
    'github.com/!_google!cloud!platform/omega',
    'github.com/!!google!cloud!platform/omega',
    '',
  ])('refuses to unescape %j', (escaped) => {
    expect(unescapeModulePath(escaped)).toBeUndefined();
  });

  it('says why a path is invalid in x/mod words, naming the path', () => {
    expect(modulePathProblem('nodot/x')).toBe('missing dot in first path element');
    expect(modulePathProblem('example.test/x/')).toBe('trailing slash');
    expect(modulePathProblem('example.test/x/v1')).toBe('invalid version');
    expect(() => escapeModulePath('example.test/a b')).toThrow(
      'malformed module path "example.test/a b": invalid char " "',
    );
  });
});

describe('versions as real build lists carry them', () => {
  it.each([
    ['v1.0.0', 'v1.0.0'],
    ['v1.0.0-RC1', 'v1.0.0-!r!c1'],
    ['v0.0.0-20240102030405-abcdefabcdef', 'v0.0.0-20240102030405-abcdefabcdef'],
    ['v2.1.0+incompatible', 'v2.1.0+incompatible'],
    ['v28.0.1+incompatible', 'v28.0.1+incompatible'],
    ['v1.2.3+meta.Build_7', 'v1.2.3+meta.!build_7'],
    ['v1.0.0~rc1', 'v1.0.0~rc1'],
    ['v1_0', 'v1_0'],
    ['.v1', '.v1'],
  ])('escapes %s as %s and back', (version, escaped) => {
    expect(escapeVersion(version)).toBe(escaped);
    expect(unescapeVersion(escaped)).toBe(version);
  });

  it.each(['v1/0', '!V1', 'v1!', '..', 'v1.', 'v1*', 'con', ''])(
    'refuses the escaped version %j',
    (escaped) => {
      expect(unescapeVersion(escaped)).toBeUndefined();
    },
  );

  it('refuses to escape a version with "!"', () => {
    expect(() => escapeVersion('v1!x')).toThrow('disallowed version string "v1!x"');
  });
});

describe('GOPROXY request paths', () => {
  it.each([
    ['/example.test/%21upper/@v/list', { kind: 'list', module: 'example.test/Upper' }],
    ['/example.test/!upper/@v/list', { kind: 'list', module: 'example.test/Upper' }],
    ['/example.test/alpha/@latest', { kind: 'latest', module: 'example.test/alpha' }],
    [
      '/example.test/gamma/v2/@v/v2.1.0.info',
      { kind: 'info', module: 'example.test/gamma/v2', version: 'v2.1.0' },
    ],
    [
      '/example.test/a/@v/v1.0.0-%21r%21c1.mod',
      { kind: 'mod', module: 'example.test/a', version: 'v1.0.0-RC1' },
    ],
    ['/example.test/a/@v/v1.0.0.zip', { kind: 'zip', module: 'example.test/a', version: 'v1.0.0' }],
    [
      '/github.com/docker/docker/@v/v28.0.1+incompatible.info',
      { kind: 'info', module: 'github.com/docker/docker', version: 'v28.0.1+incompatible' },
    ],
    ['/example.test/a/@v/v1.0.0+meta.zip', { kind: 'zip', module: 'example.test/a', version: 'v1.0.0+meta' }],
    ['/example.test/a/@v/v1%23x%20y.mod', { kind: 'mod', module: 'example.test/a', version: 'v1#x y' }],
    ['/gopkg.in/yaml.v3/@v/v3.0.1.mod', { kind: 'mod', module: 'gopkg.in/yaml.v3', version: 'v3.0.1' }],
    ['/sumdb/sum.golang.org/supported', { kind: 'sumdb', db: 'sum.golang.org', rest: 'supported' }],
    [
      '/sumdb/sum.golang.org/tile/8/0/x001/234.p/5',
      { kind: 'sumdb', db: 'sum.golang.org', rest: 'tile/8/0/x001/234.p/5' },
    ],
    [
      '/sumdb/sum.golang.org/lookup/example.test/a@v1.0.0',
      { kind: 'sumdb', db: 'sum.golang.org', rest: 'lookup/example.test/a@v1.0.0' },
    ],
  ])('parses %s', (path, expected) => {
    const parsed = parseProxyRequest(path);
    expect(parsed).toEqual(expected);
    if (parsed) expect(parseProxyRequest(proxyRequestPath(parsed))).toEqual(expected);
  });

  it.each([
    '/',
    '/robots.txt',
    '/example.test/Upper/@v/list',
    '/example.test/a/@v/v1.0.0.tar',
    '/example.test/a/@v/',
    '/sumdb/sum.golang.org/../../etc/passwd',
    '/example.test/a/@v/%ZZ.zip',
  ])('returns nothing for %s, which is not a module proxy request', (path) => {
    expect(parseProxyRequest(path)).toBeUndefined();
  });
});
