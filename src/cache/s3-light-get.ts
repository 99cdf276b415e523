import type { S3Client } from '@aws-sdk/client-s3';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

/** Where the SDK sent a GetObject: its endpoint (the bucket in the host or the path) and how it signed. */
interface GetTemplate {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  readonly port?: number;
  /** The path before the key (`/<bucket>` path-style, empty virtual-hosted). */
  readonly basePath: string;
  readonly region: string;
  readonly service: string;
}

/** An object's body as a plain GET answered it. */
export interface LightObject {
  readonly body: Readable;
  readonly length?: number;
  readonly metadata: Record<string, string>;
}

/** The SDK's signer (config.signer: SignatureV4MultiRegion for S3), as much as a GET needs of it. */
interface RequestSigner {
  sign(
    request: Record<string, unknown>,
    options: { signingRegion: string; signingService: string },
  ): Promise<{ headers: Record<string, string> }>;
}

/** A key's path as the SDK's serializer writes a greedy label (`{Key+}`): each segment escaped, `/` kept. */
export function encodeKeyPath(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/**
 * GETs without the SDK's middleware stack: a warm restore sends one GET per module version, and
 * the stack (endpoint rules, retries, serde, logging filters) costs ~1.5 ms of CPU per request
 * against ~0.3 ms for signing. Everything still comes from the SDK: the endpoint, region and
 * signing name are learnt from its own first GetObject of the run (`learn`, a build-step
 * middleware; used only once the SDK got an answer through them), and each request is signed by
 * the client's own signer with the client's credentials. Only two answers are taken here: 200
 * (the body) and 404 (no such object); anything else, or a failed request, returns undefined and
 * the caller sends the request through the SDK, with its retries, clock-skew correction and errors,
 * as it does every GET after that.
 */
export class LightGets {
  private template: GetTemplate | undefined;
  private learnt: GetTemplate | undefined;
  private learning: Promise<unknown> | undefined;
  /** A plain GET was answered otherwise, or failed: none is sent again this run. */
  private stopped = false;
  private readonly agents: { http: http.Agent; https: https.Agent };
  private signer: Promise<RequestSigner> | undefined;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** A request idle this long is destroyed (the caller's own bound answers first). */
    private readonly timeoutMs: number,
  ) {
    const options = { keepAlive: true, maxSockets: 64 };
    this.agents = { http: new http.Agent(options), https: new https.Agent(options) };
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (!this.template && !this.stopped && context.commandName === 'GetObjectCommand')
          this.learn(args, context);
        return next(args);
      },
      { step: 'build', name: 'wardenLearnGetEndpoint', priority: 'low' },
    );
  }

  private learn(args: unknown, context: Record<string, unknown>): void {
    const { request, input } = args as {
      request?: { protocol?: string; hostname?: string; port?: number; path?: string };
      input?: { Bucket?: string; Key?: string };
    };
    const auth = (
      context.endpointV2 as
        | { properties?: { authSchemes?: { name?: string; signingName?: string; signingRegion?: string }[] } }
        | undefined
    )?.properties?.authSchemes?.[0];
    const suffix = `/${encodeKeyPath(input?.Key ?? '')}`;
    // Only a plain SigV4 endpoint whose path ends with the key as we would write it.
    if (
      !request?.hostname ||
      (request.protocol !== 'http:' && request.protocol !== 'https:') ||
      input?.Bucket !== this.bucket ||
      !request.path?.endsWith(suffix) ||
      auth?.name !== 'sigv4' ||
      !auth.signingName ||
      !auth.signingRegion
    )
      return;
    this.learnt = {
      protocol: request.protocol,
      hostname: request.hostname,
      ...(request.port ? { port: request.port } : {}),
      basePath: request.path.slice(0, -suffix.length),
      region: auth.signingRegion,
      service: auth.signingName,
    };
  }

  /**
   * Runs the run's first GET (`viaSdk`) alone: it shows the way; a GET begun meanwhile waits for
   * it and gets undefined, as does every GET once it is over (then each goes plain where it can).
   */
  async alone<T>(viaSdk: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (this.template) return undefined;
    if (this.learning) {
      await this.learning;
      return undefined;
    }
    const first = viaSdk();
    this.learning = first.catch(() => undefined);
    return { value: await first };
  }

  /** The SDK's GetObject through the learnt endpoint got an answer: later GETs may go plain. */
  confirm(): void {
    if (!this.stopped) this.template ??= this.learnt;
  }

  /**
   * The client's signer, made once: the client's config.signer() makes a new SignatureV4 per
   * call, which derives its signing key again (four HMACs): 0.3 ms of CPU per GET against 0.06 ms
   * with one signer. It signs with the client's credential provider (refreshed as it expires) and
   * its clock offset as of the first GET; a GET refused for a skewed clock goes through the SDK.
   */
  private newSigner(): Promise<RequestSigner> {
    const made = (this.client.config as unknown as { signer: () => Promise<RequestSigner> }).signer();
    made.catch(() => (this.signer = undefined));
    return made;
  }

  /** The object (200), null (404), or undefined: send it through the SDK instead. */
  async get(key: string): Promise<LightObject | null | undefined> {
    const template = this.template;
    if (!template) return undefined;
    try {
      const signer = await (this.signer ??= this.newSigner());
      const host = template.port ? `${template.hostname}:${template.port}` : template.hostname;
      const request = {
        method: 'GET',
        protocol: template.protocol,
        hostname: template.hostname,
        ...(template.port ? { port: template.port } : {}),
        path: `${template.basePath}/${encodeKeyPath(key)}`,
        query: {},
        headers: { host },
      };
      const signed = await signer.sign(request, {
        signingRegion: template.region,
        signingService: template.service,
      });
      return await this.send(template, request.path, signed.headers);
    } catch {
      return undefined;
    }
  }

  private send(
    template: GetTemplate,
    path: string,
    headers: Record<string, string>,
  ): Promise<LightObject | null | undefined> {
    const module = template.protocol === 'https:' ? https : http;
    const agent = template.protocol === 'https:' ? this.agents.https : this.agents.http;
    return new Promise((resolve) => {
      const request = module.request(
        { method: 'GET', hostname: template.hostname, port: template.port, path, headers, agent },
        (response) => {
          const status = response.statusCode;
          if (status !== 200) {
            response.resume();
            if (status !== 404) this.stop();
            resolve(status === 404 ? null : undefined);
            return;
          }
          const metadata: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers))
            if (name.startsWith('x-amz-meta-') && typeof value === 'string')
              metadata[name.slice('x-amz-meta-'.length)] = value;
          const length = Number(response.headers['content-length']);
          resolve({ body: response, ...(Number.isSafeInteger(length) ? { length } : {}), metadata });
        },
      );
      request.setTimeout(this.timeoutMs, () => request.destroy());
      request.on('error', () => {
        this.stop();
        resolve(undefined);
      });
      request.end();
    });
  }

  /**
   * Any other answer (a skewed clock, credentials that expired, a server in trouble), or a failed
   * request: the rest of the run's GETs go through the SDK, which knows what to do about it.
   */
  private stop(): void {
    this.stopped = true;
    this.template = undefined;
  }

  /** Closes the sockets (the run is over, or cancelled). */
  destroy(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
