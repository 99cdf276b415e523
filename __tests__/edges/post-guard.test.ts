import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { run } from '../../test-support/go-sandbox.js';

// The post step only ever warns: an error thrown outside the awaited chain (a timer, a stray
// rejection) becomes a warning annotation and the step still ends 0, as in actions/cache.
describe('the post step guard', () => {
  it('turns an uncaught error and an unhandled rejection into warnings, and exits 0', async () => {
    const guard = path.resolve('src/edges/action-post.ts');
    const script = [
      `const { guardPostStep } = await import(${JSON.stringify(guard)});`,
      'guardPostStep();',
      "setTimeout(() => { throw new Error('boom in a timer'); }, 0);",
      "void Promise.reject(new Error('stray rejection'));",
    ].join('\n');
    const result = await run('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('::warning::Cache save failed (uncaught error): boom in a timer');
    expect(result.stdout).toContain('::warning::Cache save failed (unhandled rejection): stray rejection');
  });
});
