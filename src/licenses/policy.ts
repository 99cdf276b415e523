import parseSpdx from 'spdx-expression-parse';
import spdxSatisfies from 'spdx-satisfies';
import { pathMatch } from '../module/prefix-patterns.js';
import { UNKNOWN_LICENSE } from './classifier.js';
import { goVersionInRange } from './go-versions.js';

type SpdxNode =
  | { license: string; plus?: boolean; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };

/** One line of `license-exceptions`. */
export interface LicenseException {
  /** A path.Match glob over the whole module path, e.g. `github.com/acme/*`. */
  readonly module: string;
  /** A semver range over the module's version (`v` dropped), or undefined for every version. */
  readonly versions: string | undefined;
  /** The SPDX expression to use for the module instead of the detected one, or 'ignore'. */
  readonly license: string;
  /** The line as written, for the report ("which exception let this pass"). */
  readonly text: string;
  readonly line: number;
}

/** The license gate's settings (allow/deny normalized, exceptions parsed, by config/). */
export interface LicensePolicy {
  readonly allow: readonly string[];
  readonly deny: readonly string[];
  readonly exceptions: readonly LicenseException[];
  /** The classifier's threshold, 0..1. */
  readonly confidence: number;
  readonly unknownLicense: 'fail' | 'warn';
  readonly warnOnly: boolean;
}

export type LicenseVerdict = 'allowed' | 'denied' | 'unknown' | 'ignored' | 'not-gated';

export interface LicenseDecision {
  readonly verdict: LicenseVerdict;
  /** The expression the verdict is about: the detected one, or an exception's. */
  readonly expression: string;
  /** Which rule decided, in words, e.g. `license-deny: GPL-3.0-only`. */
  readonly rule: string;
  /** The exception that applied, if one did. */
  readonly exception?: LicenseException;
  /** For a denied verdict: the license id that failed, and the list that failed it. */
  readonly failing?: FailingLicense;
}

/** The id an allow list lacks or a deny list names (the base id: a WITH exception does not decide). */
export interface FailingLicense {
  readonly id: string;
  readonly list: 'license-allow' | 'license-deny';
}

/** True when the policy gates licenses at all (an allow or a deny list is set). */
export function isGating(policy: LicensePolicy): boolean {
  return policy.allow.length > 0 || policy.deny.length > 0;
}

/** The first exception whose module glob and version range cover the module. */
export function findException(
  policy: LicensePolicy,
  modulePath: string,
  version: string,
): LicenseException | undefined {
  return policy.exceptions.find(
    (exception) =>
      safePathMatch(exception.module, modulePath) &&
      (exception.versions === undefined || (version !== '' && goVersionInRange(version, exception.versions))),
  );
}

/**
 * Decides one module's license: exceptions first (`ignore`, or an expression used instead of the
 * detected one), then deny, then allow. AND needs every part to pass, OR any one of them.
 */
export function decideLicense(
  policy: LicensePolicy,
  module: { readonly path: string; readonly version: string },
  detected: string,
): LicenseDecision {
  const exception = findException(policy, module.path, module.version);
  const exceptionRule = exception && `license-exceptions line ${exception.line}: '${exception.text}'`;
  if (exception?.license === 'ignore') {
    return { verdict: 'ignored', expression: detected, rule: exceptionRule!, exception };
  }
  const expression = exception?.license ?? detected;
  const outcome = evaluateExpression(policy, expression);
  const rule = exceptionRule ? `${exceptionRule} → ${outcome.rule}` : outcome.rule;
  return {
    verdict: outcome.verdict,
    expression,
    rule,
    ...(exception ? { exception } : {}),
    ...(outcome.failing ? { failing: outcome.failing } : {}),
  };
}

// Ranks: AND takes the worst part, OR the best.
const ALLOWED = 0;
const UNKNOWN = 1;
const NOT_ALLOWED = 2;
const DENIED = 3;

interface Outcome {
  readonly rank: number;
  /** The leaf that decided (for the rule text). */
  readonly leaf: string;
  /** Its license id, without a WITH exception. */
  readonly id: string;
}

function evaluateExpression(
  policy: LicensePolicy,
  expression: string,
): { verdict: LicenseVerdict; rule: string; failing?: FailingLicense } {
  let tree: SpdxNode;
  try {
    tree = parseSpdx(expression);
  } catch {
    return {
      verdict: 'unknown',
      rule: `'${expression}' is not a valid SPDX expression (unknown-license: ${policy.unknownLicense})`,
    };
  }
  const outcome = evaluateNode(policy, tree);
  if (!isGating(policy)) {
    return outcome.rank === UNKNOWN
      ? { verdict: 'unknown', rule: 'license not identified (no license-allow or license-deny set)' }
      : { verdict: 'not-gated', rule: 'no license-allow or license-deny set' };
  }
  switch (outcome.rank) {
    case ALLOWED:
      return {
        verdict: 'allowed',
        rule: policy.allow.length > 0 ? `license-allow: ${outcome.leaf}` : 'not in license-deny',
      };
    case UNKNOWN:
      return {
        verdict: 'unknown',
        rule: `license not identified (unknown-license: ${policy.unknownLicense})`,
      };
    case NOT_ALLOWED:
      return {
        verdict: 'denied',
        rule: `not in license-allow: ${outcome.leaf}`,
        failing: { id: outcome.id, list: 'license-allow' },
      };
    default:
      return {
        verdict: 'denied',
        rule: `license-deny: ${outcome.leaf}`,
        failing: { id: outcome.id, list: 'license-deny' },
      };
  }
}

function evaluateNode(policy: LicensePolicy, node: SpdxNode): Outcome {
  if ('conjunction' in node) {
    const left = evaluateNode(policy, node.left);
    const right = evaluateNode(policy, node.right);
    if (node.conjunction === 'and') return right.rank > left.rank ? right : left;
    return right.rank < left.rank ? right : left;
  }
  const id = node.license + (node.plus ? '+' : '');
  const leaf = node.exception ? `${id} WITH ${node.exception}` : id;
  if (node.license === UNKNOWN_LICENSE) return { rank: UNKNOWN, leaf, id };
  // A WITH exception only adds permissions: the base license decides.
  if (policy.deny.length > 0 && satisfies(id, policy.deny)) return { rank: DENIED, leaf, id };
  if (policy.allow.length === 0 || satisfies(id, policy.allow)) return { rank: ALLOWED, leaf, id };
  return { rank: NOT_ALLOWED, leaf, id };
}

/** spdx-satisfies, which throws on ids it doesn't know (LicenseRef-, NOASSERTION): never throws here. */
export function satisfies(expression: string, list: readonly string[]): boolean {
  if (list.includes(expression)) return true;
  try {
    return spdxSatisfies(expression, [...list]);
  } catch {
    return false;
  }
}

function safePathMatch(pattern: string, name: string): boolean {
  try {
    return pathMatch(pattern, name);
  } catch {
    return false;
  }
}
