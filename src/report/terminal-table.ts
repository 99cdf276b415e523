import type { Arrival, ModuleEntry } from './model.js';
import { verdictWord } from './license-fix.js';

/** How the module table is laid out: fitted to a width (or not), and for a terminal or a log. */
export interface TableLayout {
  /** The terminal's columns; undefined leaves rows whole (a log or a pipe with no COLUMNS). */
  readonly columns?: number;
  /** A terminal: a header ruled with box drawing and `…`; otherwise ASCII only (`...`). */
  readonly tty: boolean;
}

/** The narrowest a path or a version is cut to before the details are cut instead. */
const MIN_PATH = 16;
const MIN_VERSION = 14;
const KIND_WIDTH = 8;
/** Route hosts longer than this are cut in the middle: the route is a hint, the path is the fact. */
const ROUTE_WIDTH = 20;

/**
 * Cuts `text` to `width` characters by taking out its middle, so a module path keeps both its
 * host and its last element (`github.com/some…/internal/v2`).
 */
export function truncateMiddle(text: string, width: number, ellipsis = '…'): string {
  if (text.length <= width) return text;
  if (width <= ellipsis.length) return text.slice(0, width);
  const keep = width - ellipsis.length;
  const head = Math.ceil(keep / 2);
  return text.slice(0, head) + ellipsis + text.slice(text.length - (keep - head));
}

function truncateEnd(text: string, width: number, ellipsis: string): string {
  if (text.length <= width) return text;
  return width <= ellipsis.length ? text.slice(0, width) : text.slice(0, width - ellipsis.length) + ellipsis;
}

/** The route as a short word: the proxy's host (cut in the middle past 20), or how it arrived. */
export function shortArrival(route: Arrival | undefined, ellipsis = '…'): string {
  if (!route) return '';
  return route.kind === 'proxy' ? truncateMiddle(route.host, ROUTE_WIDTH, ellipsis) : route.kind;
}

/** How much the details say: every word, then without the labels, then without the route. */
type Detail = 'full' | 'compact' | 'no-route';

function details(m: ModuleEntry, ellipsis: string, level: Detail): string {
  const full = level === 'full';
  const license = m.license
    ? `${full ? 'license ' : ''}${m.license.expression}${verdictShown(m, full) ? ` (${verdictWord(m)})` : ''}`
    : '';
  return [
    m.replace?.kind === 'module' ? `=> ${m.replace.path}@${m.replace.version}` : '',
    m.replace?.kind === 'local' ? `=> ${m.replace.dir}` : '',
    m.route && level !== 'no-route' ? `${full ? 'via ' : ''}${shortArrival(m.route, ellipsis)}` : '',
    license,
    m.checksum ? `${full ? 'checksum ' : ''}${m.checksum}` : '',
  ]
    .filter((s) => s !== '')
    .join('  ');
}

/** Short rows leave "allowed" unsaid: only what is not fine needs the word. */
function verdictShown(m: ModuleEntry, full: boolean): boolean {
  const verdict = m.license?.verdict;
  return verdict !== undefined && verdict !== 'not-gated' && (full || verdict !== 'allowed');
}

interface Widths {
  readonly path: number;
  readonly version: number;
  readonly details: number;
}

/**
 * Widths that fit `room`: the version gives way first (to 12; a pseudo-version keeps its date's
 * start and its hash's end), then the path (cut in the middle); the details are cut at the end
 * only when the path would fall under 16.
 */
function fit(want: Widths, room: number): Widths {
  let over = want.path + want.version + want.details - room;
  const cut = (width: number, min: number) => {
    const by = Math.max(0, Math.min(over, width - min));
    over -= by;
    return width - by;
  };
  const version = cut(want.version, MIN_VERSION);
  const path = cut(want.path, MIN_PATH);
  return { path, version, details: cut(want.details, 0) };
}

/**
 * The module rows (and, on a terminal, a ruled header), each narrower than `columns` so none
 * wraps (a line exactly as wide as the terminal wraps on some). The details drop their labels,
 * then the route, before the path is cut below 40% of the room; the kind column never gives way.
 */
export function moduleTableRows(modules: readonly ModuleEntry[], layout: TableLayout): string[] {
  const ellipsis = layout.tty ? '…' : '...';
  const levels: Detail[] = layout.columns === undefined ? ['full'] : ['full', 'compact', 'no-route'];
  // Two of indent, three single spaces between the four columns, and one column kept free.
  const room = Math.max(40, (layout.columns ?? 0) - 1) - 2 - 3 - KIND_WIDTH;
  let rows: { path: string; version: string; kind: string; details: string }[] = [];
  let widths: Widths = { path: 0, version: 0, details: 0 };
  for (const level of levels) {
    rows = modules.map((m) => ({
      path: m.path,
      version: m.version || '-',
      kind: m.main ? 'main' : m.indirect ? 'indirect' : 'direct',
      details: details(m, ellipsis, level),
    }));
    const want = {
      path: Math.max(6, ...rows.map((r) => r.path.length)),
      version: Math.max(7, ...rows.map((r) => r.version.length)),
      details: Math.max(0, ...rows.map((r) => r.details.length)),
    };
    widths = layout.columns === undefined ? want : fit(want, room);
    if (widths.path >= Math.min(want.path, Math.floor(room * 0.4)) && widths.details === want.details) break;
  }
  const { path: pathWidth, version: versionWidth, details: detailsWidth } = widths;
  const line = (path: string, version: string, kind: string, more: string) =>
    `  ${truncateMiddle(path, pathWidth, ellipsis).padEnd(pathWidth)} ${truncateMiddle(version, versionWidth, ellipsis).padEnd(versionWidth)} ${kind.padEnd(KIND_WIDTH)} ${truncateEnd(more, detailsWidth, ellipsis)}`.trimEnd();
  const body = rows.map((r) => line(r.path, r.version, r.kind, r.details));
  if (!layout.tty) return body;
  const header = line('Module', 'Version', 'Kind', 'Route, license, checksum');
  return [
    header,
    `  ${'─'.repeat(Math.max(0, Math.max(...body.map((l) => l.length), header.length) - 2))}`,
    ...body,
  ];
}
