/**
 * License knowledge as data: for each curated template (the licenses Go modules use most), the
 * edits to its SPDX text that mark the spans real copies vary in (a holder's name: a variable;
 * a title or an appendix many copies drop: optional). templates.ts compiles them. What the
 * scanner must know besides the words (families, pairings, notices, appendices) is in
 * template-rules.ts.
 */

/** Marks a span that matches any short run of words (holder and organisation names). */
export const VAR = '<<var>>';

/** Edits to the SPDX texts: [text to find, replacement]; `[[ ]]` marks optional text. */
export type Edit = readonly [string, string];

const BSD_DISCLAIMER: Edit[] = [
  ['PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS', `PROVIDED BY ${VAR} AND CONTRIBUTORS`],
  ['SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE', `SHALL ${VAR} OR CONTRIBUTORS BE`],
];
const NEITHER: Edit = ['Neither the name of the copyright holder nor', `Neither the name of ${VAR} nor`];
export const GPL_HOW_TO: Edit = [
  'How to Apply These Terms to Your New',
  '[[How to Apply These Terms to Your New',
];

/** Template ids (SPDX), with the edits that mark variable and optional spans. */
export const TEMPLATE_EDITS: Readonly<Record<string, readonly Edit[]>> = {
  '0BSD': [
    ['AUTHOR DISCLAIMS', `${VAR} DISCLAIMS`],
    ['THE AUTHOR BE LIABLE', `${VAR} BE LIABLE`],
  ],
  'AFL-3.0': [],
  'AGPL-3.0-only': [GPL_HOW_TO],
  'Apache-2.0': [['APPENDIX: How to apply', '[[APPENDIX: How to apply']],
  'Artistic-2.0': [],
  'BlueOak-1.0.0': [],
  'BSD-2-Clause': BSD_DISCLAIMER,
  // Licensors copy the terms without MariaDB's covenants (Terraform, Vault); the Parameters
  // block they fill in before "Terms" is read by the classifier (`parameters`, template-rules.ts).
  'BUSL-1.1': [
    ['Business Source License 1.1', '[[Business Source License 1.1]]'],
    [
      'License text copyright © 2017 MariaDB Corporation Ab, All Rights Reserved.\n"Business Source License" is a trademark of MariaDB Corporation Ab.',
      '[[License text copyright © 2017 MariaDB Corporation Ab, All Rights Reserved.\n"Business Source License" is a trademark of MariaDB Corporation Ab.]]',
    ],
    ['MariaDB hereby grants you permission', '[[MariaDB hereby grants you permission'],
  ],
  'BSD-2-Clause-Patent': [],
  'BSD-3-Clause': [...BSD_DISCLAIMER, NEITHER],
  'BSD-3-Clause-Clear': [
    ['The Clear BSD License', '[[The Clear BSD License]]'],
    ['Neither the name of [Owner Organization] nor', `Neither the name of ${VAR} nor`],
    ...BSD_DISCLAIMER,
  ],
  'BSD-4-Clause': [
    ['developed by the organization.', `developed by ${VAR}.`],
    NEITHER,
    ['PROVIDED BY COPYRIGHT HOLDER', `PROVIDED BY ${VAR}`],
    ['SHALL COPYRIGHT HOLDER BE', `SHALL ${VAR} BE`],
  ],
  'BSL-1.0': [],
  'CC-BY-4.0': [],
  'CC-BY-SA-4.0': [],
  'CC0-1.0': [],
  'CDDL-1.0': [],
  'EPL-1.0': [],
  'EPL-2.0': [],
  'EUPL-1.2': [],
  // The FSF's own copy ends with a paragraph SPDX's text leaves out.
  'GPL-2.0-only': [
    GPL_HOW_TO,
    [
      'Ty Coon, President of Vice',
      'Ty Coon, President of Vice\n\nThis General Public License does not permit incorporating your program into proprietary programs. If your program is a subroutine library, you may consider it more useful to permit linking proprietary applications with the library. If this is what you want to do, use the GNU Lesser General Public License instead of this License.',
    ],
  ],
  'GPL-3.0-only': [GPL_HOW_TO],
  ISC: [
    ['ISC License:', '[[ISC License:]]'],
    ['AND ISC DISCLAIMS', `AND ${VAR} DISCLAIMS`],
    ['SHALL ISC BE', `SHALL ${VAR} BE`],
  ],
  JSON: [['JSON License', '[[JSON License]]']],
  'LGPL-2.1-only': [GPL_HOW_TO],
  // SPDX's LGPL-3.0 text has the GPL-3.0 text appended; the LGPL part alone is the template.
  'LGPL-3.0-only': [],
  MIT: [['MIT License', '[[MIT License]]']],
  'MIT-0': [],
  'MPL-1.1': [],
  'MPL-2.0': [
    ['Exhibit A - Source Code Form License Notice', '[[Exhibit A - Source Code Form License Notice'],
  ],
  'MS-PL': [],
  NCSA: [
    [
      'University of Illinois/NCSA Open Source License',
      '[[University of Illinois/NCSA Open Source License]]',
    ],
    [
      'Developed by: <Name of Development Group> <Name of Institution> <URL for Development Group/Institution>',
      `Developed by: ${VAR} ${VAR} ${VAR}`,
    ],
    [
      'Neither the names of <Name of Development Group, Name of Institution>,',
      `Neither the names of ${VAR},`,
    ],
  ],
  'OFL-1.1': [],
  PostgreSQL: [
    [
      'PostgreSQL Database Management System\n(formerly known as Postgres, then as Postgres95)',
      '[[PostgreSQL Database Management System\n(formerly known as Postgres, then as Postgres95)]]',
    ],
    ['SHALL THE UNIVERSITY OF CALIFORNIA BE', `SHALL ${VAR} BE`],
    ['EVEN IF THE UNIVERSITY OF CALIFORNIA HAS', `EVEN IF ${VAR} HAS`],
    ['THE UNIVERSITY OF CALIFORNIA SPECIFICALLY', `${VAR} SPECIFICALLY`],
    ['AND THE UNIVERSITY OF CALIFORNIA HAS NO', `AND ${VAR} HAS NO`],
  ],
  'Python-2.0': [],
  // The Lucent licence (SML/NJ and code derived from it, such as dtoa/ftoa ports): the holder's
  // name varies in its three places, and the title line is often dropped.
  SMLNJ: [
    [
      'STANDARD ML OF NEW JERSEY COPYRIGHT NOTICE, LICENSE AND DISCLAIMER.',
      '[[STANDARD ML OF NEW JERSEY COPYRIGHT NOTICE, LICENSE AND DISCLAIMER.]]',
    ],
    ['the name of Lucent Technologies, Bell Labs or any Lucent entity not', `the name of ${VAR} not`],
    ['Lucent disclaims all warranties', `${VAR} disclaims all warranties`],
    ['In no event shall Lucent be liable', `In no event shall ${VAR} be liable`],
  ],
  'Unicode-DFS-2016': [],
  Unlicense: [['For more information, please refer to', '[[For more information, please refer to']],
  'UPL-1.0': [],
  WTFPL: [],
  X11: [
    ['X11 License', '[[X11 License]]'],
    ['SHALL THE X CONSORTIUM BE', `SHALL ${VAR} BE`],
    ['the name of the X Consortium shall', `the name of ${VAR} shall`],
    ['authorization from the X Consortium.', `authorization from ${VAR}.`],
    [
      'X Window System is a trademark of X Consortium, Inc.',
      '[[X Window System is a trademark of X Consortium, Inc.]]',
    ],
  ],
  Zlib: [['zlib License', '[[zlib License]]']],
};
