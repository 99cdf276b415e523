import { cacheSection } from './sections/cache-section.js';
import { checksumsSection } from './sections/checksums-section.js';
import { diffSection } from './sections/diff-section.js';
import { licensesSection } from './sections/licenses-section.js';
import { operatorSection } from './sections/operator-section.js';
import { proxyHealthSection } from './sections/proxy-health-section.js';
import type { SectionRenderer } from './summary.js';

/** The areas' summary sections, in the order the summary shows them: a pull request's diff, then integrity. */
export const SUMMARY_SECTIONS: readonly SectionRenderer[] = [
  diffSection,
  checksumsSection,
  licensesSection,
  proxyHealthSection,
  cacheSection,
  operatorSection,
];
