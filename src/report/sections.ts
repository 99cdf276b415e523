import type { SectionRenderer } from './summary.js';

/** The areas' summary sections, in the order the summary shows them. */
export const SUMMARY_SECTIONS: readonly SectionRenderer[] = [];
