import type { SectionRenderer } from '../summary.js';
import { checksumOperatorLines } from './checksums-section.js';
import { proxyOperatorParts } from './proxy-health-section.js';

/**
 * One collapsed block for operators: the checksum tree and its requests, then the
 * relay's per-upstream figures, routes, fetched-ahead bytes and breaker transitions. Nothing
 * here decides the verdict, so it stays off the first screen.
 */
export const operatorSection: SectionRenderer = (report, escape) => {
  const checksums = report.checksums ? checksumOperatorLines(report.checksums, escape) : [];
  const parts = [
    ...(checksums.length > 0 ? [`**Checksum database**\n\n${checksums.join('\n')}`] : []),
    ...(report.proxy ? proxyOperatorParts(report.proxy, escape) : []),
  ];
  if (parts.length === 0) return undefined;
  return [
    '<details><summary>Operator data</summary>',
    '',
    ...parts.flatMap((p) => [p, '']),
    '</details>',
  ].join('\n');
};
