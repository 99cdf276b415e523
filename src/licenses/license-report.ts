import type { Finding } from '../findings.js';
import type { FileClassification } from './classifier.js';
import type { FailingLicense, LicenseVerdict } from './policy.js';

export type { LicenseMatch } from './classifier.js';
export type { FailingLicense, LicenseVerdict } from './policy.js';

/** A module's license as the report's module list shows it (ModuleEntry.license). */
export interface ModuleEntryLicense {
  readonly expression: string;
  readonly verdict: 'allowed' | 'denied' | 'unknown' | 'ignored' | 'not-gated';
  readonly rule?: string;
  /** A denied verdict's failing id and list (the fix hint reads this, never the rule's words). */
  readonly failing?: FailingLicense;
  /**
   * Whether a main package compiles the module in, as the run's scope listing found it (on any
   * common target, or here for `imports`). False: in the module graph only; outside
   * `license-scope: shipped` it is reported, not gated, and under `build-list` the fix hint leads
   * with the scope. Absent when the run did not list the packages.
   */
  readonly compiledIn?: boolean;
}

/** One license file of a module and what was found in it. */
export interface LicenseFileReport extends FileClassification {
  /** Slash-separated path from the module root. */
  readonly path: string;
  /** The directory it applies to, '' for the module root. */
  readonly dir: string;
  /** Go code is in its directory or below (see discovery.ts): only then does it join the module's expression. */
  readonly appliesToCode: boolean;
  /** Why the file was not read (over 16 MiB). */
  readonly problem?: string;
  /** One of pkg.go.dev's names; false for LICENSE.BSD, LICENSE_list and the like. */
  readonly standardName?: boolean;
  /** The one non-code file a REUSE sidecar (`<file>.license`) licenses: not counted for the code. */
  readonly reuseSubject?: string;
}

/** One module's license, and the gate's verdict on it. */
export interface ModuleLicense {
  readonly path: string;
  readonly version: string;
  readonly main: boolean;
  /** The expression found in the module's root license files (pkg.go.dev's module license). */
  readonly detected: string;
  /**
   * License files elsewhere in the module that cover Go code (subdirectories, other names at
   * the root), each with its expression and verdict; gated with the module, not ANDed into it.
   */
  readonly also?: readonly {
    readonly dir: string;
    readonly paths: readonly string[];
    readonly expression: string;
    readonly verdict: LicenseVerdict;
    readonly rule: string;
    readonly failing?: FailingLicense;
  }[];
  /** The expression the verdict is about: `detected`, or the one an exception gave. */
  readonly expression: string;
  readonly verdict: LicenseVerdict;
  /** The rule that decided, in words (names the exception's line and text when one applied). */
  readonly rule: string;
  /** A denied verdict's failing id and list: the module's own, or the `also` entry's that failed it. */
  readonly failing?: FailingLicense;
  readonly exception?: { readonly text: string; readonly line: number; readonly license: string };
  /** The lowest confidence among the module's matches, if any matched. */
  readonly confidence: number | undefined;
  readonly files: readonly LicenseFileReport[];
  /** Where go.mod brings the module in (annotations). */
  readonly goMod?: { readonly file: string; readonly line: number };
  /** Why nothing could be read (no license file, not downloaded). */
  readonly problem?: string;
  /**
   * Outside the gate's scope (license-scope `shipped` or `imports`): the scope, and the verdict
   * the policy would have given when it would have failed (reported, not gated).
   */
  readonly notCompiledIn?: {
    readonly scope: 'shipped' | 'imports';
    readonly verdict?: 'denied' | 'unknown';
    readonly rule?: string;
    readonly failing?: FailingLicense;
  };
  /**
   * Whether a main package compiles the module in, when the run listed the packages (the scope's
   * set; under `build-list`, the common targets' listing run for the failing modules' sake).
   */
  readonly compiledIn?: boolean;
}

/** What the license gate found. */
export interface LicenseReport {
  /** False when neither license-allow nor license-deny is set: licenses are reported, not gated. */
  readonly gating: boolean;
  readonly threshold: number;
  readonly modules: readonly ModuleLicense[];
  /** Violations and unknowns, with the go.mod file and line for annotations. */
  readonly findings: readonly Finding[];
  /** Modules per license id (every id of the gated expression counts), most first. */
  readonly counts: readonly { readonly license: string; readonly modules: number }[];
}

/** Said of a license file in a directory without Go code: it covers no code a build compiles. */
export const NOT_COUNTED = ' (not counted: no Go code under it)';

/** Said of a module outside the gate's scope whose license would have failed it. */
export const NOT_COMPILED_IN = 'in the module graph, not compiled in: reported, not gated';
