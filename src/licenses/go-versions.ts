import semver from 'semver';

/**
 * A Go module version as semver: `v` dropped, `+incompatible` dropped (build metadata in Go's
 * eyes). Pseudo-versions (v0.0.0-20191109021931-daa7c04131f5, v1.2.4-0.20191109021931-daa7c04131f5)
 * are already valid semver prereleases and compare as such. Undefined when it isn't semver.
 */
export function goVersionToSemver(version: string): string | undefined {
  const bare = version.replace(/^v/, '').replace(/\+incompatible$/, '');
  return semver.valid(bare) ?? undefined;
}

/** True when the Go version is in the semver range; prereleases (and pseudo-versions) included. */
export function goVersionInRange(version: string, range: string): boolean {
  const bare = goVersionToSemver(version);
  if (bare === undefined) return false;
  try {
    return semver.satisfies(bare, range, { includePrerelease: true });
  } catch {
    return false;
  }
}
