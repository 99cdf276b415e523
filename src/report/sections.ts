import { checksumsSection } from './sections/checksums-section.js';
import { licensesSection } from './sections/licenses-section.js';
import type { SectionRenderer } from './summary.js';

/** The areas' summary sections, in the order the summary shows them: integrity first. */
export const SUMMARY_SECTIONS: readonly SectionRenderer[] = [checksumsSection, licensesSection];
