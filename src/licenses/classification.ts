/** What the classifier says about one license file (classifier.ts). */

/** The expression for text that looks like license terms but matches no template. */
export const UNKNOWN_LICENSE = 'LicenseRef-unknown';
export const DEFAULT_CONFIDENCE = 0.9;

/** One license found in a file. */
export interface LicenseMatch {
  readonly license: string;
  /** 1 − word edits ÷ template length. */
  readonly confidence: number;
  readonly startLine: number;
  readonly endLine: number;
}

export interface FileClassification {
  /** The file's SPDX expression; undefined for a file with no words at all. */
  readonly expression: string | undefined;
  readonly matches: readonly LicenseMatch[];
  /** Unrecognised spans that read like license terms. */
  readonly unknown: readonly {
    readonly startLine: number;
    readonly endLine: number;
    readonly words: number;
  }[];
  /** Why a file that matched nothing is unknown (a pointer, an EULA, a public-domain statement). */
  readonly reason?: string;
  /** The one license a short notice declares without its text ("Licensed under the Apache License 2.0."). */
  readonly declares?: string;
  /** The licenses a short notice offers as a choice ("dual-licensed under MIT and Apache 2.0"). */
  readonly choiceOf?: readonly string[];
  /** `SPDX-License-Identifier:` lines in the file. */
  readonly declared: readonly {
    readonly expression: string;
    readonly line: number;
    readonly valid: boolean;
  }[];
}
