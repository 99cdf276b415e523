import fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { ConfigError, WardenError } from '../errors.js';
import type { ArtifactConfig } from './artifact-inputs.js';

/** Several bad inputs at once: one line each, every one named. */
export class ConfigErrors extends WardenError {
  readonly inputs: readonly string[];
  constructor(readonly errors: readonly ConfigError[]) {
    super('config', errors.map((e) => e.message).join('\n'));
    this.inputs = errors.map((e) => e.input);
  }
}

/** One file the run writes, and the input that names it. */
export interface OutputFile {
  readonly input: string;
  readonly file: string;
}

/**
 * The paths a run reads and writes, checked before anything runs: a missing folder would
 * otherwise surface as "go not found" (spawn ENOENT), and a bad output file only after the whole
 * run, as "internal error". Every output (report, SBOMs, notices) is checked, and every bad one
 * is named at once.
 */
export async function checkPaths(config: {
  readonly workingDirectory: string;
  readonly reportFile: string;
  readonly artifacts?: ArtifactConfig;
}): Promise<void> {
  const dir = path.resolve(config.workingDirectory);
  const stat = await statOrUndefined(dir);
  const accepted = 'the folder that holds go.mod (or go.work)';
  if (!stat)
    throw new ConfigError(
      'working-directory',
      `'${config.workingDirectory}' does not exist (resolved to ${dir})`,
      accepted,
    );
  if (!stat.isDirectory())
    throw new ConfigError(
      'working-directory',
      `'${config.workingDirectory}' is a file, not a folder`,
      accepted,
    );
  const errors: ConfigError[] = [];
  const outputs = outputFiles(config);
  for (const output of outputs) {
    const error = await checkWritableFile(output);
    if (error) errors.push(error);
  }
  errors.push(...sharedPaths(outputs));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ConfigErrors(errors);
}

/** The files the run writes, by the input that names them (an SBOM's default path under 'sbom-file'). */
export function outputFiles(config: {
  readonly reportFile: string;
  readonly artifacts?: ArtifactConfig;
}): OutputFile[] {
  const { sbomFiles = {}, noticesFile, metricsFile } = config.artifacts ?? {};
  return [
    { input: 'report-file', file: config.reportFile },
    ...Object.values(sbomFiles).map((file) => ({ input: 'sbom-file', file })),
    ...(noticesFile ? [{ input: 'notices-file', file: noticesFile }] : []),
    ...(metricsFile ? [{ input: 'metrics-file', file: metricsFile }] : []),
  ];
}

const ACCEPTED = 'a file path in a folder this job may write';

function sharedPaths(outputs: readonly OutputFile[]): ConfigError[] {
  const errors: ConfigError[] = [];
  outputs.forEach((output, i) => {
    const first = outputs.findIndex((o) => path.resolve(o.file) === path.resolve(output.file));
    if (first === i) return;
    const other = outputs[first].input;
    const problem =
      other === output.input
        ? `'${output.file}' is written twice`
        : `'${output.file}' is also the '${other}' input: one would overwrite the other`;
    errors.push(new ConfigError(output.input, problem, `a path of its own, not the ${other}`));
  });
  return errors;
}

// statfs(2) magic numbers of kernel filesystems where no file can be made: writing there
// (mkdir -p under /proc) spins instead of failing.
const KERNEL_FILESYSTEMS = new Set([
  0x9fa0 /* proc */, 0x62656572 /* sysfs */, 0x27e0eb /* cgroup */, 0x63677270 /* cgroup2 */,
  0x64626720 /* debugfs */, 0x73636673 /* securityfs */,
]);

async function checkWritableFile({ input, file }: OutputFile): Promise<ConfigError | undefined> {
  const own = await lstatOrUndefined(file);
  if (own?.isDirectory()) return new ConfigError(input, `'${file}' is a folder; give a file name`, ACCEPTED);
  if (own && !own.isFile() && !own.isSymbolicLink())
    return new ConfigError(input, `'${file}' is ${kindOf(own)}, not a file`, ACCEPTED);
  // The nearest existing parent must be a folder we may write: the file's folder is made later.
  let parent = path.dirname(file);
  for (;;) {
    const stat = await statOrUndefined(parent);
    if (stat && !stat.isDirectory())
      return new ConfigError(input, `'${parent}' is a file, so nothing can be written under it`, ACCEPTED);
    if (stat) break;
    const up = path.dirname(parent);
    if (up === parent) break;
    parent = up;
  }
  const fsType = await fs.statfs(parent).then(
    (s) => s.type,
    () => undefined,
  );
  if (fsType !== undefined && KERNEL_FILESYSTEMS.has(fsType))
    return new ConfigError(
      input,
      `'${file}' is under '${parent}', a kernel filesystem, not a folder for files`,
      ACCEPTED,
    );
  try {
    await fs.access(parent, fs.constants.W_OK);
  } catch (error) {
    return new ConfigError(input, `'${file}' cannot be written ('${parent}' is not writable)`, ACCEPTED, {
      cause: error,
    });
  }
  return undefined;
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a fifo';
  if (stat.isSocket()) return 'a socket';
  return 'a device';
}

async function statOrUndefined(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

async function lstatOrUndefined(file: string) {
  try {
    return await fs.lstat(file);
  } catch {
    return undefined;
  }
}
