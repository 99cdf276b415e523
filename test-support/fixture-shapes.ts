import {
  fixtureModule,
  goModFile,
  goSource,
  licenseText,
  mainSource,
  type FixtureGraph,
  type FixtureModule,
} from './fixture-modules.js';

/** A pseudo-version's revision (12 hex digits) and time (FIXTURE_TIME: the `.info` time agrees). */
const REV = '0123456789ab';
const STAMP = '20240102030405';
const FORK = { path: 'example.test/fork', version: `v0.0.0-${STAMP}-fedcba987654` };
const RETRACTING = { path: 'example.test/retracted', version: 'v1.2.0' };

/**
 * The build list of realShapesGraph without the main module, `path@version` as `go list -m all`
 * names it (`example.test/original`, not its replacement), and what `go mod download all` fetches.
 */
export function realShapesBuildList(): { listed: string[]; downloaded: string[] } {
  const fetched = realShapesGraph().modules.filter(
    (m) => !(m.path === RETRACTING.path && m.version === RETRACTING.version),
  );
  const ids = (ms: { path: string; version: string }[]) => ms.map((m) => `${m.path}@${m.version}`).sort();
  return {
    listed: ids([
      ...fetched.filter((m) => m.path !== FORK.path),
      { path: 'example.test/original', version: 'v1.0.0' },
    ]),
    downloaded: ids(fetched),
  };
}

/**
 * The module shapes real build lists hold and the standard graph lacks (issue #15 "Test bed"):
 * - `+incompatible`: a v2 tag of a module without go.mod (its `.mod` is the synthesized
 *   `module` line);
 * - `gopkg.in/…v3`;
 * - pseudo-versions of the three forms (x/mod module.PseudoVersion): `v0.0.0-<time>-<rev>` (no
 *   tag before), `vX.Y.(Z+1)-0.<time>-<rev>` (after a release), `vX.Y.Z-pre.0.<time>-<rev>`
 *   (after a pre-release);
 * - a retracted version (v1.1.0, retracted by the go.mod of v1.2.0, which is served but not
 *   required);
 * - a `replace` to another module path at a pseudo-version (a fork whose go.mod keeps the
 *   original path, as forks do);
 * - deep and dotted paths, and upper case in several elements;
 * - `+metadata`: the main go.mod is written requiring `example.test/meta v1.0.0+build.5`; go asks
 *   the proxy for `v1.0.0+build.5.info`, and on its 404 takes the canonical v1.0.0 and rewrites
 *   go.mod (go.mod keeps no build metadata but `+incompatible`: x/mod semver.Canonical).
 */
export function realShapesGraph(): FixtureGraph {
  const withoutGoMod = (path: string, version: string): FixtureModule => ({
    path,
    version,
    files: { 'incompat.go': goSource(path), LICENSE: licenseText('MIT') },
    license: 'MIT',
  });
  const retractedPath = RETRACTING.path;
  const forkVersion = FORK.version;
  const fork: FixtureModule = {
    path: FORK.path,
    version: forkVersion,
    files: {
      'go.mod': goModFile('example.test/original'),
      'original.go': goSource('example.test/original'),
      LICENSE: licenseText('BSD-3-Clause'),
    },
    license: 'BSD-3-Clause',
  };
  const required: FixtureModule[] = [
    withoutGoMod('example.test/incompat', 'v2.1.0+incompatible'),
    fixtureModule({ path: 'gopkg.in/fixture.v3', version: 'v3.0.1', license: 'MIT' }),
    fixtureModule({ path: 'example.test/pseudo/zero', version: `v0.0.0-${STAMP}-${REV}`, license: 'MIT' }),
    fixtureModule({ path: 'example.test/pseudo/patch', version: `v1.2.4-0.${STAMP}-${REV}`, license: 'MIT' }),
    fixtureModule({
      path: 'example.test/pseudo/pre',
      version: `v1.3.0-pre.0.${STAMP}-${REV}`,
      license: 'MIT',
    }),
    fixtureModule({ path: retractedPath, version: 'v1.1.0', license: 'ISC' }),
    fixtureModule({ path: 'example.test/deep/a/b/c/d/e', version: 'v1.0.0', license: 'MIT' }),
    fixtureModule({ path: 'dotted.example.test/x.y/z.name', version: 'v1.4.0', license: 'MIT' }),
    fixtureModule({ path: 'example.test/MixedCase/Go-Kit', version: 'v0.9.0', license: 'ISC' }),
    fixtureModule({ path: 'example.test/meta', version: 'v1.0.0', license: 'MIT' }),
  ];
  const retractingRelease = fixtureModule({
    path: retractedPath,
    version: RETRACTING.version,
    license: 'ISC',
  });
  retractingRelease.files['go.mod'] = goModFile(retractedPath, {}, 'retract v1.1.0 // a broken release\n');
  const requires: Record<string, string> = Object.fromEntries(required.map((m) => [m.path, m.version]));
  requires['example.test/original'] = 'v1.0.0';
  requires['example.test/meta'] = 'v1.0.0+build.5';
  const imports = [...required.map((m) => m.path), 'example.test/original'];
  return {
    modules: [...required, retractingRelease, fork],
    main: {
      path: 'example.test/shapes',
      goMod: goModFile(
        'example.test/shapes',
        requires,
        `replace example.test/original => example.test/fork ${forkVersion}\n`,
      ),
      files: { 'main.go': mainSource(imports) },
    },
  };
}
