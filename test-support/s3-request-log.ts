import http from 'node:http';
import type net from 'node:net';

/** One request the bucket was sent: its method and the object key (path-style, bucket first). */
export interface S3Request {
  readonly method: string;
  readonly path: string;
  /** Sent through the AWS SDK's stack (it names itself in `x-amz-user-agent`). */
  readonly sdk: boolean;
  /** The server's answer, once it came. */
  status?: number;
}

export interface S3RequestLog {
  /** `http://127.0.0.1:<port>`: put it in AWS_ENDPOINT_URL_S3 instead of the server's own. */
  readonly endpoint: string;
  readonly requests: S3Request[];
  /** When set, a request it gives a status for is answered so (empty body) and not forwarded. */
  answer?: (request: S3Request) => number | undefined;
  close(): Promise<void>;
}

/**
 * A loopback forwarder in front of a real S3 server (MinIO) that logs each request, so a test can
 * count what a run asked of the bucket. Requests go through unchanged, their Host header included
 * (it is signed: the server checks the signature against the Host it receives).
 */
export async function startS3RequestLog(target: string): Promise<S3RequestLog> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const requests: S3Request[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const logged: S3Request = {
      method: req.method ?? '',
      path: decodeURIComponent((req.url ?? '').split('?')[0]),
      sdk: req.headers['x-amz-user-agent'] !== undefined,
    };
    requests.push(logged);
    const status = log.answer?.(logged);
    if (status !== undefined) {
      logged.status = status;
      req.resume();
      res.writeHead(status, { 'content-length': '0' }).end();
      return;
    }
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (answer) => {
        logged.status = answer.statusCode;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const log: S3RequestLog = {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
  return log;
}
