#!/usr/bin/env bash
# Loads every bundle with node (a bundle can build and still fail at load): the CLI's --help,
# the main step with INPUT_* variables against a Go module with no dependencies (so nothing leaves
# the machine; the checksum database has nothing to look up), and the post step with the state main left.
# main and post run on the action's node (ACTION_NODE_BIN, node24 as action.yml says; .ci/run installs it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
# Run copies outside the repository: a bundle that still needs node_modules fails here, not on a runner.
cp -r "$root/dist" "$work/dist"
root="$work"

node "$root/dist/cli/index.js" --help | head -n 1

mkdir -p "$work/mod" "$work/runner" "$work/gopath"
printf 'module example.test/smoke\n\ngo 1.21\n' > "$work/mod/go.mod"
printf 'package smoke\n' > "$work/mod/smoke.go"
: > "$work/summary.md"; : > "$work/output"; : > "$work/state"
env -i PATH="$PATH" HOME="$work" GOPATH="$work/gopath" GOCACHE="$work/gocache" GOFLAGS= GOPROXY=off GOSUMDB=sum.golang.org \
  GITHUB_ACTIONS=true RUNNER_TEMP="$work/runner" GITHUB_STEP_SUMMARY="$work/summary.md" \
  GITHUB_OUTPUT="$work/output" GITHUB_STATE="$work/state" \
  INPUT_WORKING-DIRECTORY="$work/mod" INPUT_CACHE=false INPUT_CACHE-BACKEND=local INPUT_CACHE-DIR="$work/cache" \
  "${ACTION_NODE_BIN:-node}" "$root/dist/main/index.js"
head -n 1 "$work/summary.md"
grep -q '^## ✅ Go Module Warden passed' "$work/summary.md"
grep -q '^result<<' "$work/output" || grep -q 'result' "$work/output"
echo "main bundle: summary and outputs written"

state_env=()
while IFS= read -r line; do
  case "$line" in *'<<'*) name="${line%%<<*}"; IFS= read -r value; IFS= read -r _delim; state_env+=("STATE_${name}=${value}") ;; esac
done < "$work/state"
env -i PATH="$PATH" HOME="$work" GITHUB_ACTIONS=true RUNNER_TEMP="$work/runner" "${state_env[@]}" \
  INPUT_CACHE=false "${ACTION_NODE_BIN:-node}" "$root/dist/post/index.js"
echo "post bundle: ran"
