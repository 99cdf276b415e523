/**
 * Package URLs for Go modules, as the purl spec's golang type defines them
 * (purl-spec types/golang-definition.json): `pkg:golang/<namespace>/<name>@<version>`, the module
 * path's last element is the name, the elements before it the namespace; namespace and name are
 * lower-cased (the type is case-insensitive), the version is kept as Go spells it. Every character
 * but the purl spec's unreserved ones (`A-Z a-z 0-9 . - _ ~`) is percent-encoded, so
 * `v2.1.0+incompatible` becomes `v2.1.0%2Bincompatible`.
 */
export function goPurl(modulePath: string, version: string): string {
  const segments = modulePath.toLowerCase().split('/').map(encodePurlSegment);
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
