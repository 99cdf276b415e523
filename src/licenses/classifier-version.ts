/**
 * The classifier's version: stored with every license verdict kept in the cache entry. Bump it
 * whenever templates or matching change what a text classifies as, so that warm runs reclassify.
 */
export const CLASSIFIER_VERSION = '1';
