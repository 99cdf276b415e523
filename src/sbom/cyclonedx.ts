import { randomUUID } from 'node:crypto';
import {
  ComponentScope,
  ComponentType,
  HashAlgorithm,
  LicenseAcknowledgement,
} from '@cyclonedx/cyclonedx-library/Enums';
import {
  Bom,
  Component,
  ComponentEvidence,
  LicenseExpression,
  Property,
} from '@cyclonedx/cyclonedx-library/Models';
import { JSON as CdxJson, JsonSerializer } from '@cyclonedx/cyclonedx-library/Serialize';
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec';
import type { SbomFacts, SbomModule } from './sbom-facts.js';

/** Our property names (CycloneDX property taxonomy: a namespace of our own). */
export const PROPERTY = {
  verified: 'go-module-warden:verified',
  verification: 'go-module-warden:verification',
  checksumStatus: 'go-module-warden:checksum-status',
  route: 'go-module-warden:route',
  zipH1: 'go-module-warden:go-sum:h1',
  goModH1: 'go-module-warden:go-sum:go.mod-h1',
  zipNote: 'go-module-warden:zip-sha256:absent',
  replace: 'go-module-warden:replace',
  licenseVerdict: 'go-module-warden:license-verdict',
  indirect: 'go-module-warden:indirect',
  mainModule: 'go-module-warden:main-module',
  graph: 'go-module-warden:dependency-graph',
  notCompiledIn: 'go-module-warden:not-compiled-in',
  vcsRevision: 'go-module-warden:vcs.revision',
  vcsModified: 'go-module-warden:vcs.modified',
} as const;

/**
 * A CycloneDX 1.6 JSON document of the build list, built with @cyclonedx/cyclonedx-library's
 * models and serializer. The (first) main module is the metadata component; each other module is
 * a library component with its purl, the zip's SHA-256 when proven, the concluded license (an
 * expression, `acknowledgement: concluded`; what the files declare goes to evidence), and the
 * route and verification verdict as properties. Dependencies come from `go mod graph`.
 */
export function cycloneDxJson(facts: SbomFacts, serialNumber = `urn:uuid:${randomUUID()}`): string {
  const bom = new Bom({ serialNumber });
  bom.metadata.timestamp = new Date(facts.createdAt);
  bom.metadata.tools.components.add(
    new Component(ComponentType.Application, facts.tool.name, { version: facts.tool.version }),
  );
  if (facts.graphProblem)
    bom.metadata.properties.add(new Property(PROPERTY.graph, `absent: ${facts.graphProblem}`));
  const components = new Map<string, Component>();
  for (const m of facts.modules) {
    const component = toComponent(m);
    components.set(m.ref, component);
    if (m.main && !bom.metadata.component) bom.metadata.component = component;
    else bom.components.add(component);
  }
  for (const m of facts.modules) {
    const component = components.get(m.ref) as Component;
    for (const dep of m.dependsOn) {
      const target = components.get(dep);
      if (target) component.dependencies.add(target.bomRef);
    }
  }
  const serializer = new JsonSerializer(new CdxJson.Normalize.Factory(Spec1dot6));
  return serializer.serialize(bom, { sortLists: true, space: 2 }) + '\n';
}

function toComponent(m: SbomModule): Component {
  const component = new Component(m.main ? ComponentType.Application : ComponentType.Library, m.path, {
    bomRef: m.ref,
    version: m.version || undefined,
    purl: m.purl,
  });
  // Not compiled in (the license gate's scope): CycloneDX's "not part of the shipped artifact".
  if (m.excluded) component.scope = ComponentScope.Excluded;
  if (m.zipSha256) component.hashes.set(HashAlgorithm['SHA-256'], m.zipSha256);
  if (m.licenseConcluded) {
    const concluded = new LicenseExpression(m.licenseConcluded);
    concluded.acknowledgement = LicenseAcknowledgement.Concluded;
    component.licenses.add(concluded);
  }
  if (m.licenseDeclared) {
    const declared = new LicenseExpression(m.licenseDeclared);
    declared.acknowledgement = LicenseAcknowledgement.Declared;
    component.evidence = new ComponentEvidence();
    component.evidence.licenses.add(declared);
  }
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) component.properties.add(new Property(name, value));
  };
  if (!m.main) {
    add(PROPERTY.verified, String(m.verification.verified));
    add(PROPERTY.verification, m.verification.text);
    add(PROPERTY.checksumStatus, m.verification.status);
    add(PROPERTY.route, m.route);
    add(PROPERTY.indirect, String(m.indirect));
    add(PROPERTY.notCompiledIn, m.excluded);
  } else {
    add(PROPERTY.mainModule, 'true');
    add(PROPERTY.vcsRevision, m.vcs?.revision);
    add(PROPERTY.vcsModified, m.vcs ? String(m.vcs.modified) : undefined);
  }
  add(PROPERTY.zipH1, m.zipH1);
  add(PROPERTY.goModH1, m.goModH1);
  add(PROPERTY.zipNote, m.zipNote);
  add(PROPERTY.replace, m.replace);
  add(PROPERTY.licenseVerdict, m.licenseVerdict);
  return component;
}
