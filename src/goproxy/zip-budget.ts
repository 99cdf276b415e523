import type { ProxyRequest } from '../module/module-escape.js';

/**
 * A zip's time to first byte, sized from what the relay knows of it (issue 22, point 5). Proxies
 * stream big zips from origin storage, and a cold one is built first: its first byte comes later
 * than a `.info`'s, so racing it at the plain budget starts needless races (a `direct` clone, a
 * second proxy pulling the same big file over the same link). What is known:
 * - the upstream answered this version's `.info` or `.mod` within the budget in this run: it is
 *   healthy now and has the version, so a late zip is a big or cold one, not an outage. The zip
 *   gets KNOWN_VERSION_FACTOR × the budget;
 * - the zip's size, from the Content-Length of an earlier answer for it (a prefetch, an attempt
 *   whose body failed): the budget plus the time the origin takes to read that many bytes at
 *   ORIGIN_BYTES_PER_SECOND.
 * The larger applies; with nothing known a zip gets the plain budget (an upstream whose small
 * files are late or failing is raced at once). Either way a breach only starts a race: the late
 * attempt stays in it and its answer is used if it comes first.
 */
export const KNOWN_VERSION_FACTOR = 4;

/** How fast a proxy is assumed to read a zip from its storage before sending the first byte. */
export const ORIGIN_BYTES_PER_SECOND = 8 * 1000 * 1000;

export class ZipBudgets {
  /** `module@version` → names of the upstreams that answered its .info or .mod within the budget. */
  private readonly onTime = new Map<string, Set<string>>();
  /** `module@version` → the zip's size in bytes, from a Content-Length. */
  private readonly sizes = new Map<string, number>();

  /** An upstream answered a request 200 (`late`: after its budget). */
  learn(upstream: string, request: ProxyRequest, late: boolean, contentLength: string | undefined): void {
    if (request.kind === 'zip') {
      const bytes = Number(contentLength);
      if (contentLength !== undefined && Number.isSafeInteger(bytes) && bytes >= 0)
        this.sizes.set(key(request), bytes);
      return;
    }
    if ((request.kind !== 'info' && request.kind !== 'mod') || late) return;
    const k = key(request);
    const names = this.onTime.get(k) ?? new Set<string>();
    names.add(upstream);
    this.onTime.set(k, names);
  }

  /** The time to first byte `upstream` gets for this request before the next route starts. */
  budgetMs(upstream: string, request: ProxyRequest, budgetMs: number): number {
    if (request.kind !== 'zip') return budgetMs;
    const k = key(request);
    const known = this.onTime.get(k)?.has(upstream) ? KNOWN_VERSION_FACTOR * budgetMs : budgetMs;
    const bytes = this.sizes.get(k);
    const sized = bytes === undefined ? budgetMs : budgetMs + (1000 * bytes) / ORIGIN_BYTES_PER_SECOND;
    return Math.round(Math.max(known, sized));
  }
}

function key(request: { module: string; version: string }): string {
  return `${request.module}@${request.version}`;
}
