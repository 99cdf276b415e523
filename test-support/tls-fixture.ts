import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';

/** A throwaway PKI made with Debian's `openssl`: one CA, a server certificate for 127.0.0.1, clients. */
export interface TestPki {
  readonly dir: string;
  /** The CA certificate (PEM text) and its file. */
  readonly ca: string;
  readonly caFile: string;
  readonly serverCert: string;
  readonly serverKey: string;
  /** Client certificate and key files by name (`<name>.pem`, `<name>.key`; `<name>.both.pem` holds both). */
  client(name: string): { certFile: string; keyFile: string; bothFile: string };
}

const CA_CONFIG = `[ca]
default_ca = d
[d]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = p
copy_extensions = copy
unique_subject = no
[p]
commonName = supplied
`;

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Makes the CA, a server certificate (SAN IP:127.0.0.1) and one client certificate per name, each
 * signed by the CA; `expired` names are valid in January 2020 only (openssl ca -startdate/-enddate).
 */
export function makeTestPki(
  dir: string,
  clients: readonly string[],
  expired: readonly string[] = [],
): TestPki {
  fs.mkdirSync(dir, { recursive: true });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(dir, [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '3',
    '-subj',
    '/CN=warden-test-ca',
  ]);
  fs.writeFileSync(path.join(dir, 'ca.cnf'), CA_CONFIG);
  fs.writeFileSync(path.join(dir, 'index.txt'), '');
  fs.writeFileSync(path.join(dir, 'serial'), '01\n');
  const sign = (name: string, extra: string[], dates: string[]): void => {
    openssl(dir, [
      'req',
      ...ec,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
      ...extra,
    ]);
    openssl(dir, [
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      'ca.pem',
      '-keyfile',
      'ca.key',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`,
      '-notext',
      ...dates,
    ]);
    fs.writeFileSync(
      path.join(dir, `${name}.both.pem`),
      fs.readFileSync(path.join(dir, `${name}.pem`), 'utf8') +
        fs.readFileSync(path.join(dir, `${name}.key`), 'utf8'),
    );
  };
  sign('server', ['-addext', 'subjectAltName=IP:127.0.0.1'], ['-days', '3']);
  for (const name of clients) sign(name, [], ['-days', '3']);
  for (const name of expired)
    sign(name, [], ['-startdate', '20200101000000Z', '-enddate', '20200102000000Z']);
  const read = (file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
  return {
    dir,
    ca: read('ca.pem'),
    caFile: path.join(dir, 'ca.pem'),
    serverCert: read('server.pem'),
    serverKey: read('server.key'),
    client: (name) => ({
      certFile: path.join(dir, `${name}.pem`),
      keyFile: path.join(dir, `${name}.key`),
      bothFile: path.join(dir, `${name}.both.pem`),
    }),
  };
}

/** One TLS connection the front saw: the client certificate's CN, or none, and a refused handshake's code. */
export interface TlsRecord {
  readonly clientCert: string | undefined;
  readonly path?: string;
  readonly refused?: string;
}

export interface TlsFront {
  /** `https://127.0.0.1:PORT` */
  readonly url: string;
  readonly log: TlsRecord[];
  close(): Promise<void>;
}

/**
 * An HTTPS front on 127.0.0.1 with `requestCert: true`, in front of a plain-HTTP fixture proxy
 * (wrapped, not changed): each request is passed to `target` as is. With `rejectUnauthorized`
 * (the default) a client without a certificate of the test CA is refused in the handshake.
 * `redirect` answers every path with a 302 to that base URL instead.
 */
export async function startTlsFront(
  pki: TestPki,
  options: { target?: string; redirect?: string; rejectUnauthorized?: boolean } = {},
): Promise<TlsFront> {
  const log: TlsRecord[] = [];
  const sockets = new Set<Socket>();
  const agent = new http.Agent({ keepAlive: true });
  const peer = (socket: TLSSocket): string | undefined => {
    const cert = socket.getPeerCertificate();
    return cert && cert.subject ? String(cert.subject.CN) : undefined;
  };
  const server = https.createServer(
    {
      cert: pki.serverCert,
      key: pki.serverKey,
      ca: pki.ca,
      requestCert: true,
      rejectUnauthorized: options.rejectUnauthorized ?? true,
    },
    (req, res) => {
      log.push({ clientCert: peer(req.socket as TLSSocket), path: req.url });
      if (options.redirect) {
        res.writeHead(302, { Location: `${options.redirect}${req.url}` });
        return res.end();
      }
      const upstream = http.request(
        `${options.target}${req.url}`,
        { agent, headers: { 'User-Agent': req.headers['user-agent'] ?? '' } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      res.on('close', () => upstream.destroy());
      upstream.end();
    },
  );
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', (error: Error & { code?: string }) =>
    log.push({ clientCert: undefined, refused: error.code ?? error.message }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
