/**
 * A module `go` could not fetch because its server wants credentials it was not given: git's
 * "terminal prompts disabled" (cmd/go sets GIT_TERMINAL_PROMPT=0), "could not read Username",
 * "Authentication failed", "Repository not found" (GitHub's answer to a private repository
 * without a token), an ssh key refused, or a 401/403 on go's own HTTPS fetch (go-get page or
 * proxy). One message names the module and the three ways to give `go` access.
 */
const NEEDS_CREDENTIALS =
  /terminal prompts disabled|could not read (?:Username|Password)|Authentication failed|Repository not found|Permission denied \(publickey\)|\b(?:401 Unauthorized|403 Forbidden)\b/;

/** The line of go's (or git's) message that says credentials were wanted, if one does. */
export function credentialsWanted(message: string): string | undefined {
  return message
    .split('\n')
    .map((line) => line.trim())
    .find((line) => NEEDS_CREDENTIALS.test(line));
}

/** What GOPRIVATE should hold: the organisation on a code host (`github.com/acme`), else the host. */
export function privatePattern(modulePath: string): string {
  const parts = modulePath.split('/');
  const hosted = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org'].includes(parts[0]);
  return hosted && parts.length > 1 ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The message for a module that needs credentials: its host, go's (or git's) own line, and the fixes.
 * Values to paste run as printed: the token is read from $GH_TOKEN (named in the prose), never
 * written into a URL (the report's redactor would mask it, and a URL with a token leaks in logs).
 */
export function privateModuleMessage(module: string, said: string): string {
  const host = module.split('/')[0];
  // The finding names the module (its subject) just before this text.
  return [
    `${host} wants credentials that go was not given (${said}). Any one of these fixes it:`,
    `1. Mark it private and give git and go a token: set the 'private' input to '${privatePattern(module)}' (GOPRIVATE: no proxy, no checksum database), and, with a token that can read the repository in GH_TOKEN, run: printf 'machine ${host} login x-access-token password %s\\n' "$GH_TOKEN" >> ~/.netrc (a git config url.<url with the token>.insteadOf https://${host}/ rule works for git too).`,
    `2. GOAUTH (Go 1.24 and later) for go's own HTTPS requests: GOAUTH="git $PWD" has go ask git's credential helper (gh auth setup-git installs one); GOAUTH=netrc, the default, reads ~/.netrc.`,
    `3. A module proxy that serves it: put your organisation's proxy (Athens, Artifactory, a GOPROXY server holding the credentials) first in the 'proxy' input.`,
  ].join('\n');
}
