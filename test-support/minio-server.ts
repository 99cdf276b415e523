import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The MinIO build `.ci/run` installs (keep the two in step). */
export const MINIO_VERSION = 'v0.0.0-20260212201848-7aac2a2c5b7c';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the binary is: MINIO_BIN, else `.tools/minio-<version>/minio` as `.ci/run` installs it. */
export function minioBinary(): string {
  return process.env.MINIO_BIN || path.join(ROOT, '.tools', `minio-${MINIO_VERSION}`, 'minio');
}

/**
 * Whether the S3 tests run: they do unless `WARDEN_S3_TESTS=skip`; a missing binary then fails
 * them with how to install it (CI installs it), never skips them silently.
 */
export function s3TestsWanted(): boolean {
  return process.env.WARDEN_S3_TESTS !== 'skip';
}

export interface MinioServer {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  readonly accessKey: string;
  readonly secretKey: string;
  /** The AWS chain's environment for this server (what the backend reads). */
  readonly awsEnv: Record<string, string>;
  /** The server's process id (a bench reads its CPU time from /proc). */
  readonly pid?: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function ready(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/minio/health/ready`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts a real MinIO server on 127.0.0.1 with a fresh data directory and waits until it is ready
 * (at most `readyTries` polls, 250 ms apart: a bounded wait on a loaded machine, not a timing).
 */
export async function startMinio(readyTries = 240): Promise<MinioServer> {
  const binary = minioBinary();
  if (!existsSync(binary))
    throw new Error(
      `MinIO is not installed at ${binary}: run '.ci/run' once, or ` +
        `'GOBIN=$PWD/.tools/minio-${MINIO_VERSION} go install github.com/minio/minio@${MINIO_VERSION}', ` +
        `or set MINIO_BIN; WARDEN_S3_TESTS=skip skips these tests`,
    );
  const data = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-minio-'));
  const port = await freePort();
  const consolePort = await freePort();
  const accessKey = 'warden';
  const secretKey = 'warden-secret-key';
  const child: ChildProcess = spawn(
    binary,
    [
      'server',
      data,
      '--address',
      `127.0.0.1:${port}`,
      '--console-address',
      `127.0.0.1:${consolePort}`,
      '--quiet',
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: data,
        MINIO_ROOT_USER: accessKey,
        MINIO_ROOT_PASSWORD: secretKey,
        MINIO_BROWSER: 'off',
        MINIO_UPDATE: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  let exited = false;
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      exited = true;
      resolve();
    }),
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (!exited) child.kill('SIGTERM');
    const killed = sleep(10_000).then(() => {
      if (!exited) child.kill('SIGKILL');
    });
    await Promise.race([closed, killed]);
    await closed;
    await fs.rm(data, { recursive: true, force: true });
  };
  for (let i = 0; i < readyTries && !exited; i++) {
    if (await ready(endpoint))
      return {
        endpoint,
        accessKey,
        secretKey,
        awsEnv: {
          AWS_ENDPOINT_URL_S3: endpoint,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: accessKey,
          AWS_SECRET_ACCESS_KEY: secretKey,
          AWS_S3_FORCE_PATH_STYLE: 'true',
        },
        ...(child.pid ? { pid: child.pid } : {}),
        stop,
      };
    await sleep(250);
  }
  await stop();
  throw new Error(`MinIO did not become ready at ${endpoint}: ${output.slice(-2000)}`);
}

/** startMinio, with the AWS chain's environment set to it (the backend reads it) and `bucket` made. */
export async function startMinioWithBucket(bucket: string): Promise<MinioServer> {
  const minio = await startMinio();
  Object.assign(process.env, minio.awsEnv);
  const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
  const admin = new S3Client({ forcePathStyle: true });
  try {
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  } finally {
    admin.destroy();
  }
  return minio;
}
