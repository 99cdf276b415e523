import { DEFAULT_CONFIDENCE } from '../licenses/classifier.js';
import type { LicensePolicy } from '../licenses/policy.js';
import type { Config } from './config.js';

/** The license gate's settings out of the inputs; a `license-confidence` of 0 takes the default. */
export function licensePolicyFromConfig(config: Config): LicensePolicy {
  return {
    allow: config.licenseAllow,
    deny: config.licenseDeny,
    exceptions: config.licenseExceptions,
    confidence: config.licenseConfidence || DEFAULT_CONFIDENCE,
    unknownLicense: config.unknownLicense,
    warnOnly: config.warnOnly,
  };
}
