import { createHash, randomUUID } from 'node:crypto';
import type { SbomFacts, SbomModule } from './sbom-facts.js';

/** The SPDX 2.3 JSON shapes we write (a subset of the schema). */
export interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  downloadLocation: string;
  filesAnalyzed: false;
  primaryPackagePurpose: 'APPLICATION' | 'LIBRARY';
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: 'NOASSERTION';
  checksums?: { algorithm: 'SHA256'; checksumValue: string }[];
  externalRefs: { referenceCategory: 'PACKAGE-MANAGER'; referenceType: 'purl'; referenceLocator: string }[];
  comment?: string;
  annotations?: { annotationDate: string; annotationType: 'OTHER'; annotator: string; comment: string }[];
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: 'SPDXRef-DOCUMENT';
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[]; comment?: string };
  documentDescribes: string[];
  packages: SpdxPackage[];
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
  hasExtractedLicensingInfos?: { licenseId: string; extractedText: string; name: string }[];
}

/**
 * An SPDX 2.3 JSON document with the same facts as the CycloneDX one: a package per module
 * (purl as a PACKAGE-MANAGER external ref, licenseConcluded = the gate's expression,
 * licenseDeclared = what the files say, SHA256 of the zip when proven), DESCRIBES for the main
 * modules, DEPENDS_ON from `go mod graph`, downloadLocation the proxy zip URL of the verified
 * bytes. Verification, route and scope (not compiled in) are annotations and the package
 * comment, so a reader of either sees "not verified" where it was not.
 */
export function spdxDocument(facts: SbomFacts, uuid = randomUUID()): SpdxDocument {
  const annotator = `Tool: ${facts.tool.name}-${facts.tool.version}`;
  const ids = new Map(facts.modules.map((m) => [m.ref, spdxId(m.ref)]));
  const licenseRefs = new Set<string>();
  const packages = facts.modules.map((m) => {
    const concluded = m.licenseConcluded ?? 'NOASSERTION';
    const declared = m.licenseDeclared ?? 'NOASSERTION';
    for (const ref of `${concluded} ${declared}`.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? [])
      licenseRefs.add(ref);
    const pkg: SpdxPackage = {
      SPDXID: ids.get(m.ref) as string,
      name: m.path,
      ...(m.version ? { versionInfo: m.version } : {}),
      downloadLocation: m.downloadLocation ?? 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: m.main ? 'APPLICATION' : 'LIBRARY',
      licenseConcluded: concluded,
      licenseDeclared: declared,
      copyrightText: 'NOASSERTION',
      ...(m.zipSha256 ? { checksums: [{ algorithm: 'SHA256', checksumValue: m.zipSha256 }] } : {}),
      externalRefs: [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: m.purl },
      ],
    };
    const notes = packageFacts(m);
    if (notes.length > 0) {
      pkg.comment = notes.join('; ');
      pkg.annotations = notes.map((comment) => ({
        annotationDate: spdxDate(facts.createdAt),
        annotationType: 'OTHER',
        annotator,
        comment,
      }));
    }
    return pkg;
  });
  const mains = facts.modules.filter((m) => m.main).map((m) => ids.get(m.ref) as string);
  const relationships: SpdxDocument['relationships'] = mains.map((id) => ({
    spdxElementId: 'SPDXRef-DOCUMENT',
    relationshipType: 'DESCRIBES',
    relatedSpdxElement: id,
  }));
  for (const m of facts.modules) {
    for (const dep of m.dependsOn) {
      const target = ids.get(dep);
      if (target)
        relationships.push({
          spdxElementId: ids.get(m.ref) as string,
          relationshipType: 'DEPENDS_ON',
          relatedSpdxElement: target,
        });
    }
  }
  const name = facts.project.mainModules.join(', ') || 'go-module';
  const doc: SpdxDocument = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(facts.tool.name)}/${encodeURIComponent(name)}-${uuid}`,
    creationInfo: {
      created: spdxDate(facts.createdAt),
      creators: [annotator],
      ...(facts.graphProblem ? { comment: `No dependency graph: ${facts.graphProblem}` } : {}),
    },
    documentDescribes: mains,
    packages,
    relationships,
  };
  if (licenseRefs.size > 0) {
    doc.hasExtractedLicensingInfos = [...licenseRefs].sort().map((licenseId) => ({
      licenseId,
      name: licenseId,
      extractedText: `${facts.tool.name} could not identify this license text with enough confidence; see the module's license files.`,
    }));
  }
  return doc;
}

/** `go-module-warden:verification=…` lines: what a reader must not miss. */
function packageFacts(m: SbomModule): string[] {
  if (m.main) {
    const lines = m.replace ? [`go-module-warden:replace=${m.replace}`] : [];
    if (m.vcs) lines.push(`go-module-warden:vcs.revision=${m.vcs.revision}`);
    if (m.vcs) lines.push(`go-module-warden:vcs.modified=${m.vcs.modified}`);
    return lines;
  }
  const lines = [`go-module-warden:verification=${m.verification.text}`, `go-module-warden:route=${m.route}`];
  // CycloneDX says `scope: excluded`; SPDX 2.3 has no scope, so an annotation says it.
  if (m.excluded) lines.push(`go-module-warden:scope=excluded: ${m.excluded}`);
  if (m.zipH1) lines.push(`go-module-warden:go-sum:h1=${m.zipH1}`);
  if (m.zipNote) lines.push(`go-module-warden:zip-sha256:absent=${m.zipNote}`);
  if (m.replace) lines.push(`go-module-warden:replace=${m.replace}`);
  if (m.licenseVerdict) lines.push(`go-module-warden:license-verdict=${m.licenseVerdict}`);
  return lines;
}

/** SPDXRef-<letters, digits, . and -> made unique by a short hash of the module key. */
export function spdxId(ref: string): string {
  const readable = ref.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  const hash = createHash('sha256').update(ref).digest('hex').slice(0, 8);
  return `SPDXRef-golang-${readable}-${hash}`;
}

/** SPDX wants `YYYY-MM-DDThh:mm:ssZ` (no fraction). */
function spdxDate(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}
