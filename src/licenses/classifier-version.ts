/**
 * The classifier's version: bump it whenever templates, template metadata or classification
 * rules change, so that verdicts cached under an older version (keyed by zip h1 + this) are
 * recomputed rather than reused (src/cache/run-memo.ts).
 */
export const CLASSIFIER_VERSION = '7';
