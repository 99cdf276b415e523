import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readRunnerFacts } from '../../src/config/runner-facts.js';

describe('readRunnerFacts: the job environment, read once at the edge', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-runner-facts-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('outside a job (the CLI on a laptop): no event, the OS temp dir, no workspace', async () => {
    const facts = await readRunnerFacts({ HOME: '/home/dev' });
    expect(facts).toMatchObject({ onGitHub: false, tempDir: os.tmpdir() });
    expect(facts.event).toBeUndefined();
    expect(facts.workspace).toBeUndefined();
    expect(facts.baseRef).toBeUndefined();
  });

  it('in a pull_request job: the event, its payload parsed once with the base sha, the base ref', async () => {
    const sha = 'a'.repeat(40);
    const file = path.join(dir, 'event.json');
    await fs.writeFile(file, JSON.stringify({ pull_request: { base: { sha } } }));
    const facts = await readRunnerFacts({
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_BASE_REF: 'main',
      GITHUB_WORKSPACE: '/w',
      GITHUB_REPOSITORY: 'org/app',
      RUNNER_TEMP: '/rt',
    });
    expect(facts).toMatchObject({
      onGitHub: true,
      tempDir: '/rt',
      workspace: '/w',
      repository: 'org/app',
      baseRef: 'main',
      event: { name: 'pull_request', payload: { pull_request: { base: { sha } } }, baseSha: sha },
    });
  });

  it('an unreadable payload or a malformed base sha decides nothing', async () => {
    const bad = path.join(dir, 'bad.json');
    await fs.writeFile(bad, JSON.stringify({ pull_request: { base: { sha: '--upload-pack=x' } } }));
    expect(
      (await readRunnerFacts({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: bad })).event,
    ).toEqual({
      name: 'pull_request',
      payload: { pull_request: { base: { sha: '--upload-pack=x' } } },
    });
    const missing = path.join(dir, 'missing.json');
    expect((await readRunnerFacts({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: missing })).event).toEqual({
      name: 'push',
      payload: undefined,
    });
  });
});
