import type { GoSettings } from './settings.js';

/**
 * The environment of every `go` we start. `-modcacherw` keeps the module cache writable, so a
 * later tar restore over it does not fail with "Cannot open: File exists" (setup-go #403);
 * GOTOOLCHAIN=local stops `go` from downloading a toolchain through the proxy unless the user
 * asked for that.
 */
export function buildChildEnv(
  base: NodeJS.ProcessEnv,
  settings: GoSettings,
  goproxy: string,
): NodeJS.ProcessEnv {
  const goflags = (base.GOFLAGS ?? '').split(/\s+/).filter((f) => f !== '');
  if (!goflags.includes('-modcacherw')) goflags.push('-modcacherw');
  return {
    ...base,
    GOFLAGS: goflags.join(' '),
    GOTOOLCHAIN: base.GOTOOLCHAIN || 'local',
    GOPROXY: goproxy,
    GOPRIVATE: settings.private.join(','),
    GONOPROXY: settings.noProxy.join(','),
    GONOSUMDB: settings.noSumDb.join(','),
    GOSUMDB: settings.sumdbText,
    // Never prompt for credentials in CI: a prompt would hang the run.
    GIT_TERMINAL_PROMPT: '0',
    GOMODCACHE: settings.goModCache,
  };
}
