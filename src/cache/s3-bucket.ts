import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InfrastructureError } from '../errors.js';
import { LightGets } from './s3-light-get.js';
import { describeS3Location, type S3Location } from './s3-location.js';

/** An object bigger than the cap its kind allows (the proxy's caps): never read past the cap. */
export class ObjectTooLargeError extends Error {
  constructor(
    readonly key: string,
    readonly maxBytes: number,
  ) {
    super(`object '${key}' is larger than ${maxBytes} bytes`);
  }
}

/** A request (or its body) that took longer than the bucket's request timeout. */
class RequestTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/** An object's body, its announced length, and its user metadata. */
type OpenedObject = { body: Readable; length?: number; metadata?: Record<string, string> };

/** One object as a listing shows it. */
export interface ListedObject {
  readonly key: string;
  readonly size: number;
  readonly lastModified: number;
}

export interface S3BucketOptions {
  /** Each request's own bound (headers and body); default 60 s. */
  readonly requestTimeoutMs?: number;
  /** The run's cancellation: every request in flight is aborted with it. */
  readonly signal?: AbortSignal;
  /** Tests only: an endpoint or credentials that override the AWS chain. */
  readonly clientConfig?: Partial<S3ClientConfig>;
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/**
 * The bucket, through `@aws-sdk/client-s3`. Endpoint, region and credentials come from the AWS
 * SDK's default chain, as the AWS CLI reads them (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL,
 * AWS_REGION, AWS_ACCESS_KEY_ID…, AWS_PROFILE and ~/.aws/config, web identity tokens, container
 * and instance roles). Every request is bounded (connect 5 s, its own timeout, two attempts) and
 * aborted with the run; bodies are streamed and counted, never trusted by Content-Length.
 */
export class S3Bucket {
  private readonly client: S3Client;
  private readonly timeoutMs: number;
  private readonly light: LightGets;

  constructor(
    readonly location: S3Location,
    private readonly options: S3BucketOptions = {},
  ) {
    this.timeoutMs = options.requestTimeoutMs ?? 60_000;
    this.client = new S3Client({
      forcePathStyle: location.forcePathStyle,
      maxAttempts: 2,
      // Plain requests every S3-compatible store understands (no aws-chunked trailers).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000, requestTimeout: this.timeoutMs },
      cacheMiddleware: true,
      // Failures reach the caller as errors (one warning each), not as the SDK's own console lines.
      logger: {
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: () => undefined,
      },
      ...options.clientConfig,
    });
    this.light = new LightGets(this.client, location.bucket, this.timeoutMs);
    // The run cancelled: every request in flight fails at once (its socket destroyed).
    options.signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  /**
   * One request, bounded by the request timeout and the run's signal. Sent without per-request
   * options (an abortSignal there makes the SDK build its middleware stack again for every
   * request; with cacheMiddleware it is built once per command: half the CPU per request in the
   * fleet bench). The run's signal destroys the client's sockets instead (see the constructor).
   */
  private async send<T>(request: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const signal = this.options.signal;
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError(this.timeoutMs)), this.timeoutMs);
      onAbort = () => reject(signal?.reason ?? new Error('aborted'));
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([request(), bound]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  private fail(what: string, key: string, error: unknown): never {
    const status = statusOf(error);
    const name = (error as Error).name;
    throw new InfrastructureError(
      `${describeS3Location(this.location)}: ${what} '${key}' failed (${status ? `HTTP ${status} ` : ''}${name}: ${(error as Error).message})`,
      { cause: error },
    );
  }

  /**
   * The object's body and its announced length, or undefined when there is no such object; throws
   * when the bucket cannot be read. The length only picks where the body goes: bodies are counted.
   */
  private async open(key: string): Promise<OpenedObject | undefined> {
    // Plain (s3-light-get.ts) once the SDK's first GET showed the way; else, or failing, the SDK's.
    // The run's first GET goes alone, through the SDK; those begun meanwhile wait for it.
    const first = await this.light.alone(() => this.openThroughSdk(key));
    if (first) return first.value;
    const light = await this.send(() => this.light.get(key)).catch((error: unknown) =>
      this.fail('reading', key, error),
    );
    if (light === null) return undefined;
    if (light) return light;
    return this.openThroughSdk(key);
  }

  private async openThroughSdk(key: string): Promise<OpenedObject | undefined> {
    try {
      const response = await this.send(() =>
        this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: key })),
      );
      this.light.confirm();
      return { body: response.Body as Readable, length: response.ContentLength, metadata: response.Metadata };
    } catch (error) {
      if (statusOf(error) === 404 || (error as Error).name === 'NoSuchKey') {
        this.light.confirm();
        return undefined;
      }
      this.fail('reading', key, error);
    }
  }

  /**
   * The object in memory when the server announces at most `inMemory` bytes (one GET, no file to
   * read back), else streamed into `file` (created, never followed if it exists; removed past the
   * cap); undefined when there is no such object. Either way at most `maxBytes` are read
   * (ObjectTooLargeError past it; InfrastructureError when the bucket cannot be read). With the
   * object's user metadata (names lower-cased, as S3 returns them).
   */
  async getSmallOrToFile(
    key: string,
    file: string,
    maxBytes: number,
    inMemory: number,
  ): Promise<(({ data: Buffer } | { file: string }) & { metadata?: Record<string, string> }) | undefined> {
    const opened = await this.open(key);
    if (!opened) return undefined;
    const { metadata } = opened;
    if (opened.length !== undefined && opened.length <= Math.min(inMemory, maxBytes))
      return { data: await this.readBody(key, opened.body, maxBytes), metadata };
    await this.streamToFile(key, opened.body, file, maxBytes);
    return { file, metadata };
  }

  /** The object's bytes (at most `maxBytes`), or undefined when there is none. */
  async getBytes(key: string, maxBytes: number): Promise<Buffer | undefined> {
    const opened = await this.open(key);
    return opened && this.readBody(key, opened.body, maxBytes);
  }

  /** A body still being read after the request timeout (a server trickling it) is destroyed. */
  private bounded(body: Readable): () => void {
    const timer = setTimeout(() => body.destroy(new RequestTimeoutError(this.timeoutMs)), this.timeoutMs);
    return () => clearTimeout(timer);
  }

  private async streamToFile(key: string, body: Readable, file: string, maxBytes: number): Promise<void> {
    let bytes = 0;
    const counted = async function* (source: Readable): AsyncGenerator<Buffer> {
      for await (const chunk of source) {
        bytes += (chunk as Buffer).length;
        if (bytes > maxBytes) throw new ObjectTooLargeError(key, maxBytes);
        yield chunk as Buffer;
      }
    };
    const stop = this.bounded(body);
    try {
      await pipeline(body, counted, createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      body.destroy();
      await fs.rm(file, { force: true });
      if (error instanceof ObjectTooLargeError) throw error;
      this.fail('reading', key, error);
    } finally {
      stop();
    }
  }

  private async readBody(key: string, body: Readable, maxBytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const stop = this.bounded(body);
    try {
      for await (const chunk of body) {
        bytes += (chunk as Buffer).length;
        if (bytes > maxBytes) throw new ObjectTooLargeError(key, maxBytes);
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      body.destroy();
      if (error instanceof ObjectTooLargeError) throw error;
      this.fail('reading', key, error);
    } finally {
      stop();
    }
    return Buffer.concat(chunks);
  }

  /** Whether the object exists. */
  async has(key: string): Promise<boolean> {
    try {
      await this.send(() =>
        this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: key })),
      );
      return true;
    } catch (error) {
      if (statusOf(error) === 404 || (error as Error).name === 'NotFound') return false;
      this.fail('checking', key, error);
    }
  }

  /**
   * Creates the object only when no object has that key (`If-None-Match: *`): a concurrent
   * writer's object is never overwritten. `exists` when the key was taken (412, or 409 while
   * another conditional write of it is in flight).
   */
  async putIfAbsent(
    key: string,
    body: Buffer | { file: string },
    metadata?: Record<string, string>,
  ): Promise<'created' | 'exists'> {
    try {
      const size = Buffer.isBuffer(body) ? body.length : (await fs.stat(body.file)).size;
      await this.send(() =>
        this.client.send(
          new PutObjectCommand({
            Bucket: this.location.bucket,
            Key: key,
            Body: Buffer.isBuffer(body) ? body : createReadStream(body.file),
            ContentLength: size,
            IfNoneMatch: '*',
            ...(metadata ? { Metadata: metadata } : {}),
          }),
        ),
      );
      return 'created';
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 409) return 'exists';
      this.fail('writing', key, error);
    }
  }

  /** Overwrites the object (manifests only: a project's own record). */
  async put(key: string, body: Buffer): Promise<void> {
    try {
      await this.send(() =>
        this.client.send(
          new PutObjectCommand({
            Bucket: this.location.bucket,
            Key: key,
            Body: body,
            ContentLength: body.length,
          }),
        ),
      );
    } catch (error) {
      this.fail('writing', key, error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.send(() =>
        this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: key })),
      );
    } catch (error) {
      this.fail('deleting', key, error);
    }
  }

  /** Every object under `prefix`, page by page (at most `limit` objects). */
  async *list(prefix: string, limit = 1_000_000): AsyncGenerator<ListedObject> {
    let token: string | undefined;
    let count = 0;
    do {
      let page;
      try {
        page = await this.send(() =>
          this.client.send(
            new ListObjectsV2Command({
              Bucket: this.location.bucket,
              Prefix: prefix,
              ContinuationToken: token,
            }),
          ),
        );
      } catch (error) {
        this.fail('listing', prefix, error);
      }
      for (const object of page.Contents ?? []) {
        if (!object.Key || count++ >= limit) return;
        yield { key: object.Key, size: object.Size ?? 0, lastModified: object.LastModified?.getTime() ?? 0 };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Closes the client's sockets. */
  close(): void {
    this.client.destroy();
    this.light.destroy();
  }
}
