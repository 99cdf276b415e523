/**
 * SPDX license exceptions that Go modules attach to a GNU or Apache text: found by their
 * defining sentences in the words no template matched, so the file reads `X WITH exception`.
 */
export interface ExceptionRule {
  readonly id: string;
  /** The licenses it attaches to (prefixes of SPDX ids). */
  readonly appliesTo: readonly string[];
  /** Normalized phrases, every one of which must be present. */
  readonly phrases: readonly string[];
  /** A run of unmatched words this long or shorter holding the phrases is the exception alone. */
  readonly maxWords: number;
}

export const EXCEPTIONS: readonly ExceptionRule[] = [
  {
    id: 'Classpath-exception-2.0',
    appliesTo: ['GPL-2.0'],
    phrases: [
      'linking this library statically or dynamically with other modules is making a combined work',
      'give you permission to link this library with independent modules to produce an executable',
    ],
    maxWords: 220,
  },
  {
    id: 'LLVM-exception',
    appliesTo: ['Apache-2.0'],
    phrases: [
      'as an exception if as a result of your compiling your source code portions of this software are embedded into an object form',
    ],
    maxWords: 220,
  },
  {
    id: 'LGPL-3.0-linking-exception',
    appliesTo: ['LGPL-3.0', 'LGPL-2.1'],
    phrases: [
      'give you permission to convey to a third party a combined work that links statically or dynamically to this library',
    ],
    // juju's LICENSE puts two sentences of its own before the exception.
    maxWords: 280,
  },
  {
    id: 'GPL-CC-1.0',
    appliesTo: ['GPL-2.0'],
    phrases: ['gpl cooperation commitment'],
    maxWords: 600,
  },
];

/** The exception whose phrases are all in `text` (normalized words, space-joined). */
export function findException(text: string): ExceptionRule | undefined {
  return EXCEPTIONS.find((rule) => rule.phrases.every((phrase) => text.includes(phrase)));
}
