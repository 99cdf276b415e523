import { describe, expect, it } from '@jest/globals';
import {
  forgetAddedSettings,
  memoryReexec,
  REEXEC_MARK,
  type ProcessFacts,
} from '../../src/edges/memory-settings.js';

const facts = (over: Partial<ProcessFacts> = {}): ProcessFacts => ({
  platform: 'linux',
  execPath: '/opt/node24/bin/node',
  execArgv: [],
  argv: ['/opt/node24/bin/node', '/a/dist/main/index.js', 'check', '.'],
  env: { PATH: '/usr/bin', INPUT_PROXY: 'https://proxy.golang.org' },
  canExecve: true,
  ...over,
});

describe('the memory settings a run re-executes with', () => {
  it('runs node again in place with a small young generation and glibc capped to two arenas', () => {
    const plan = memoryReexec(facts());
    expect(plan).toEqual({
      file: '/opt/node24/bin/node',
      args: ['/opt/node24/bin/node', '--max-semi-space-size=1', '/a/dist/main/index.js', 'check', '.'],
      env: {
        PATH: '/usr/bin',
        INPUT_PROXY: 'https://proxy.golang.org',
        MALLOC_ARENA_MAX: '2',
        MALLOC_MMAP_THRESHOLD_: '131072',
        [REEXEC_MARK]: 'MALLOC_ARENA_MAX,MALLOC_MMAP_THRESHOLD_',
      },
    });
  });

  it('never twice, never when the user opts out, never without execve or off POSIX', () => {
    expect(memoryReexec(facts({ env: { [REEXEC_MARK]: '1' } }))).toBeUndefined();
    expect(memoryReexec(facts({ env: { [REEXEC_MARK]: '0' } }))).toBeUndefined();
    expect(memoryReexec(facts({ canExecve: false }))).toBeUndefined();
    expect(memoryReexec(facts({ platform: 'win32' }))).toBeUndefined();
    expect(memoryReexec(facts({ platform: 'darwin' }))).toBeDefined();
  });

  it("keeps the user's own choices: their node flags after ours, their malloc settings as given", () => {
    const plan = memoryReexec(
      facts({ execArgv: ['--max-old-space-size=512'], env: { MALLOC_ARENA_MAX: '4' } }),
    );
    expect(plan?.args).toEqual([
      '/opt/node24/bin/node',
      '--max-semi-space-size=1',
      '--max-old-space-size=512',
      '/a/dist/main/index.js',
      'check',
      '.',
    ]);
    expect(plan?.env.MALLOC_ARENA_MAX).toBe('4');
    expect(plan?.env[REEXEC_MARK]).toBe('MALLOC_MMAP_THRESHOLD_');
    // The young generation sized by the user, on node's command line or in NODE_OPTIONS.
    expect(memoryReexec(facts({ execArgv: ['--max-semi-space-size=64'] }))?.args).not.toContain(
      '--max-semi-space-size=1',
    );
    expect(memoryReexec(facts({ env: { NODE_OPTIONS: '--max-semi-space-size=32' } }))?.args).not.toContain(
      '--max-semi-space-size=1',
    );
    // V8's underscore spelling of the same flag.
    expect(memoryReexec(facts({ env: { NODE_OPTIONS: '--max_semi_space_size=32' } }))?.args).not.toContain(
      '--max-semi-space-size=1',
    );
    // Everything already the user's: nothing to re-execute for.
    expect(
      memoryReexec(
        facts({
          execArgv: ['--max-semi-space-size=8'],
          env: { MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '65536' },
        }),
      ),
    ).toBeUndefined();
  });

  it('takes out of the environment only the malloc settings it added, and keeps the mark', () => {
    const env: Record<string, string | undefined> = {
      MALLOC_ARENA_MAX: '4',
      MALLOC_MMAP_THRESHOLD_: '131072',
      [REEXEC_MARK]: 'MALLOC_MMAP_THRESHOLD_',
      PATH: '/usr/bin',
    };
    forgetAddedSettings(env);
    expect(env).toEqual({ MALLOC_ARENA_MAX: '4', [REEXEC_MARK]: 'MALLOC_MMAP_THRESHOLD_', PATH: '/usr/bin' });
    // The user's own setting stays: the mark did not name it.
    const own: Record<string, string | undefined> = { MALLOC_ARENA_MAX: '4', [REEXEC_MARK]: '1' };
    forgetAddedSettings(own);
    expect(own.MALLOC_ARENA_MAX).toBe('4');
    // A mark naming something else takes nothing else out.
    const other: Record<string, string | undefined> = { [REEXEC_MARK]: 'PATH,1', PATH: '/usr/bin' };
    forgetAddedSettings(other);
    expect(other.PATH).toBe('/usr/bin');
  });
});
