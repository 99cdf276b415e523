import { afterAll, beforeAll } from '@jest/globals';

/**
 * @actions/core writes `::debug::`, `::warning::` … workflow commands to stdout. In a test that
 * drives @actions/cache on purpose (and makes it fail on purpose) they read as failures to a
 * newcomer: keep them out of the test output, in `commands` for any test that wants to look.
 */
export function quietActionsCommands(): { readonly commands: string[] } {
  const commands: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  beforeAll(() => {
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const lines = text.split(/(?<=\n)/);
      const kept = lines.filter((line) => {
        if (!/^::(debug|warning|error|notice)( [^:]*)?::/.test(line)) return true;
        commands.push(line.trimEnd());
        return false;
      });
      if (kept.length === 0) return true;
      return (original as (...args: unknown[]) => boolean)(kept.join(''), ...rest);
    }) as typeof process.stdout.write;
  });
  afterAll(() => {
    process.stdout.write = original;
  });
  return { commands };
}
