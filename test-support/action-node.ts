import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The node the action runs on (action.yml's `runs.using`, node24), as `.ci/run` installs it from
 * the npm registry (`node-linux-<arch>`), into the ignored `.tools/` folder. The bundles' tests run
 * the action on it: its V8 and libuv are not the test runner's (Node 20).
 */
export const ACTION_NODE_VERSION = '24.22.3';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** ACTION_NODE_BIN, else `.tools/node-v<version>/bin/node`. */
export function actionNodeBinary(): string {
  return (
    process.env.ACTION_NODE_BIN || path.join(ROOT, '.tools', `node-v${ACTION_NODE_VERSION}`, 'bin', 'node')
  );
}

/** The binary, or a failure that says how to install it (never a silent skip). */
export function requireActionNode(): string {
  const bin = actionNodeBinary();
  if (!fs.existsSync(bin))
    throw new Error(
      `the action's node (${ACTION_NODE_VERSION}) is not at ${bin}: run \`bash .ci/run\` once (it installs it), or set ACTION_NODE_BIN`,
    );
  return bin;
}
