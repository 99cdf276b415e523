/**
 * Package URLs for Go modules: `pkg:golang/<namespace>/<name>@<version>`, the module path's last
 * element the name, the elements before it the namespace, each kept as Go spells it.
 *
 * Case: the purl spec's golang type text (types/golang-definition.json) still says "must be
 * lowercased", but its own note says the definition predates Go modules (purl-spec#308 is open).
 * A Go module path is case-sensitive (golang.org/x/mod/module.CheckPath; the proxy protocol
 * escapes capitals as `!b`), and the tools an SBOM is joined with match it as spelled: OSV and the
 * Go vulnerability database key advisories by the module path (`github.com/BurntSushi/toml`),
 * and cyclonedx-gomod and syft keep the case in their purls. Lower-casing made those joins miss,
 * so the case is kept. The version is kept as Go spells it; every character but the purl spec's
 * unreserved ones (`A-Z a-z 0-9 . - _ ~`) is percent-encoded, so `v2.1.0+incompatible` becomes
 * `v2.1.0%2Bincompatible` (a purl parser decodes it back).
 */
export function goPurl(modulePath: string, version: string): string {
  const segments = modulePath.split('/').map(encodePurlSegment);
  const versionPart = version === '' ? '' : `@${encodePurlSegment(version)}`;
  return `pkg:golang/${segments.join('/')}${versionPart}`;
}

/** Percent-encodes (UTF-8) every byte outside the purl spec's unreserved set. */
export function encodePurlSegment(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9._~-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
