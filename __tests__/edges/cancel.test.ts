import { describe, expect, it } from '@jest/globals';
import { CancelledError, Cancellation, EXIT_CODE_ON } from '../../src/cancel.js';
import { spawnGo } from '../../src/go/go-command.js';
import { markCancelled } from '../../src/report/finish.js';
import type { Report } from '../../src/report/model.js';

describe('the run cancellation token', () => {
  it('keeps the first signal: a second neither re-aborts nor changes the exit code', () => {
    const c = new Cancellation();
    expect(c.signal.aborted).toBe(false);
    expect(c.cancel('SIGINT')).toBe(true);
    expect(c.cancel('SIGTERM')).toBe(false);
    expect(c.by).toBe('SIGINT');
    expect(c.signal.reason).toBeInstanceOf(CancelledError);
    expect(EXIT_CODE_ON[c.by ?? 'SIGTERM']).toBe(130);
    expect(EXIT_CODE_ON.SIGTERM).toBe(143);
  });

  it('starts no go once cancelled', async () => {
    const c = new Cancellation();
    c.cancel('SIGTERM');
    // PATH without go: starting it would fail with "not found"; a cancelled run never starts it.
    await expect(
      spawnGo(['version'], { cwd: '.', env: { PATH: '/nonexistent' }, signal: c.signal }),
    ).rejects.toThrow(/^cancelled by SIGTERM/);
  });
});

describe('a cancelled report', () => {
  const report = { status: 'passed', findings: [] } as unknown as Report;
  it('fails, says cancelled: true, and names the signal once', () => {
    const once = markCancelled(report, 'SIGINT');
    expect(once).toMatchObject({ status: 'failed', cancelled: true });
    expect(once.findings.map((f) => f.message)).toEqual([
      'cancelled by SIGINT: go was stopped; the report covers only the steps that finished',
    ]);
    expect(markCancelled(once, 'SIGINT').findings).toHaveLength(1);
  });
});
