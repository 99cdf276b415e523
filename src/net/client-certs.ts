import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';
import { ConfigError } from '../errors.js';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';

export const CLIENT_CERTS_INPUT = 'proxy-client-certs';

const ACCEPTED =
  'one line per HTTPS origin: `https://goproxy.corp.example cert=/path/client.pem key=/path/client.key [ca=/path/ca.pem]` (cert and key may name one PEM file holding both)';

/** One line of `proxy-client-certs`: the certificate to present to one HTTPS origin. */
export interface ClientCertRule {
  /** The canonical origin (`https://host[:port]`, the default port left out, as URL.origin). */
  readonly origin: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly caFile: string | undefined;
  /** `proxy-client-certs line 2 (https://goproxy.corp.example)`, for messages. */
  readonly label: string;
}

/**
 * Parses `proxy-client-certs`. Mirrors the GOAUTH `mtls` proposal (golang/go#30119): one
 * certificate per canonical HTTPS origin; plain http is refused (a client certificate over an
 * unencrypted connection authenticates nothing). Every bad line is reported at once.
 */
export function parseClientCertRules(value: string): ClientCertRule[] {
  const rules: ClientCertRule[] = [];
  const problems: string[] = [];
  value.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const where = `line ${index + 1}`;
    const [originText, ...fields] = text.split(/\s+/);
    let url: URL | undefined;
    try {
      url = new URL(originText);
    } catch {
      return problems.push(`${where}: '${originText}' is not a URL`);
    }
    if (url.protocol !== 'https:')
      return problems.push(
        `${where}: ${url.protocol.slice(0, -1)}:// refused: a client certificate goes only over https`,
      );
    if (
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      (url.pathname !== '/' && url.pathname !== '')
    )
      return problems.push(`${where}: give the origin alone (scheme, host, port), not '${url.href}'`);
    const values = new Map<string, string>();
    for (const field of fields) {
      const m = /^(cert|key|ca)=(.+)$/.exec(field);
      if (!m) return problems.push(`${where}: '${field.split('=')[0]}' is not cert=, key= or ca=`);
      if (values.has(m[1])) return problems.push(`${where}: ${m[1]}= is given twice`);
      values.set(m[1], m[2]);
    }
    const certFile = values.get('cert') ?? values.get('key');
    const keyFile = values.get('key') ?? values.get('cert');
    if (!certFile || !keyFile) return problems.push(`${where}: cert= is missing`);
    if (rules.some((r) => r.origin === url.origin))
      return problems.push(`${where}: ${url.origin} already has a certificate on an earlier line`);
    rules.push({
      origin: url.origin,
      certFile,
      keyFile,
      caFile: values.get('ca'),
      label: `${CLIENT_CERTS_INPUT} ${where} (${url.origin})`,
    });
  });
  if (problems.length > 0) throw new ConfigError(CLIENT_CERTS_INPUT, problems.join('; '), ACCEPTED);
  return rules;
}

/** What a TLS connection to one origin presents and trusts (the PEM text, never shown). */
interface ClientTls {
  readonly cert: string;
  /** PKCS#8 PEM. */
  readonly key: string;
  /** The system roots plus the given CA; absent keeps node's default (the system roots). */
  readonly ca?: string[];
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Reads and checks one rule's files: throws a message naming what is wrong (never the contents). */
function loadRule(rule: ClientCertRule, nowMs: number): ClientTls {
  const read = (what: string, file: string): string => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as Error).message;
      throw new Error(`${what} file ${file} cannot be read (${code})`);
    }
  };
  const certText = read('cert', rule.certFile);
  const certs = certText.match(PEM_CERT) ?? [];
  const first = certs[0];
  if (first === undefined) throw new Error(`cert file ${rule.certFile} holds no PEM certificate`);
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(first);
  } catch {
    throw new Error(`cert file ${rule.certFile}: its first certificate cannot be parsed`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(rule.keyFile === rule.certFile ? certText : read('key', rule.keyFile));
  } catch (error) {
    if (error instanceof Error && error.message.includes('cannot be read')) throw error;
    throw new Error(
      `key file ${rule.keyFile} holds no usable PEM private key (an encrypted key is not supported)`,
    );
  }
  if (!leaf.checkPrivateKey(key))
    throw new Error(`the key in ${rule.keyFile} does not match the certificate in ${rule.certFile}`);
  const notAfter = new Date(leaf.validTo);
  if (notAfter.getTime() <= nowMs)
    throw new Error(`the certificate in ${rule.certFile} expired on ${notAfter.toISOString()}`);
  const notBefore = new Date(leaf.validFrom);
  if (notBefore.getTime() > nowMs)
    throw new Error(`the certificate in ${rule.certFile} is not valid before ${notBefore.toISOString()}`);
  let ca: string[] | undefined;
  if (rule.caFile !== undefined) {
    const extra = read('ca', rule.caFile).match(PEM_CERT) ?? [];
    if (extra.length === 0) throw new Error(`ca file ${rule.caFile} holds no PEM certificate`);
    // Added to the system roots, which stay trusted (node replaces them when `ca` is given).
    ca = [...tls.rootCertificates, ...extra];
  }
  const pem = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { cert: certs.join('\n'), key: pem, ...(ca ? { ca } : {}) };
}

/**
 * Checks every rule's files now (missing, unreadable, key not matching, expired): one ConfigError
 * naming each bad line, so a run never starts with a certificate that cannot work.
 */
export function checkClientCerts(rules: readonly ClientCertRule[], nowMs: number): void {
  const problems: string[] = [];
  for (const rule of rules) {
    try {
      loadRule(rule, nowMs);
    } catch (error) {
      problems.push(`${rule.label}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(CLIENT_CERTS_INPUT, problems.join('; '), ACCEPTED);
}

/**
 * Refuses a certificate for a host GOINSECURE names: that host may be fetched without verifying
 * the server, and a client certificate must never be presented to an unverified server.
 */
export function refuseInsecureOrigins(rules: readonly ClientCertRule[], goInsecure: string): void {
  const globs = goInsecure
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  const bad = rules.filter((r) => matchPrefixPatterns(globs, new URL(r.origin).hostname));
  if (bad.length === 0) return;
  throw new ConfigError(
    CLIENT_CERTS_INPUT,
    bad.map((r) => `${r.label}: GOINSECURE covers this host; mTLS needs the server verified`).join('; '),
    'remove the host from GOINSECURE (the given ca= is added to the trusted roots), or drop its line',
  );
}

/**
 * The client certificates of one HTTP client (the relay, the checksum client): per origin one
 * keep-alive agent presenting its certificate, made on the first request to that origin (the
 * files are read only then). Every hop of a redirect asks again by its own origin, so a
 * certificate never goes to another origin.
 */
export class ClientCerts {
  private readonly agents = new Map<string, https.Agent>();
  private readonly loaded = new Map<string, ClientTls>();
  private readonly contexts = new Map<string, tls.SecureContext>();

  constructor(
    private readonly rules: readonly ClientCertRule[],
    private readonly now: () => number = Date.now,
  ) {}

  /** The rule for a URL's canonical origin (https only), or undefined. */
  ruleFor(url: URL): ClientCertRule | undefined {
    if (url.protocol !== 'https:') return undefined;
    return this.rules.find((r) => r.origin === url.origin);
  }

  /** The TLS options for a URL (undefined: none of ours); throws when its files went bad since start. */
  tlsFor(url: URL): ClientTls | undefined {
    const rule = this.ruleFor(url);
    if (!rule) return undefined;
    let loaded = this.loaded.get(rule.origin);
    if (!loaded) {
      try {
        loaded = loadRule(rule, this.now());
      } catch (error) {
        throw new Error(`${rule.label}: ${(error as Error).message}`);
      }
      this.loaded.set(rule.origin, loaded);
    }
    return loaded;
  }

  /**
   * The secure context for a URL's origin (its certificate, key and roots), or undefined. One per
   * origin: given `ca` and `cert` instead, node parses the system roots again on every connection.
   */
  secureContextFor(url: URL): tls.SecureContext | undefined {
    const options = this.tlsFor(url);
    if (!options) return undefined;
    let context = this.contexts.get(url.origin);
    if (!context) {
      context = tls.createSecureContext(options);
      this.contexts.set(url.origin, context);
    }
    return context;
  }

  /** The keep-alive agent for a URL's origin with its certificate, or undefined. */
  agentFor(url: URL): https.Agent | undefined {
    const secureContext = this.secureContextFor(url);
    if (!secureContext) return undefined;
    let agent = this.agents.get(url.origin);
    if (!agent) {
      agent = new https.Agent({ keepAlive: true, secureContext });
      this.agents.set(url.origin, agent);
    }
    return agent;
  }

  destroy(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}

/**
 * A TLS failure that says the server wanted a client certificate, with the input that gives one.
 * Without a certificate a server requiring one ends the handshake with a `certificate required`
 * (TLS 1.3) or `handshake failure` alert.
 */
export function explainTlsError(error: unknown, url: URL, certs: ClientCerts | undefined): unknown {
  // Duck-typed: node's own errors may come from another realm (instanceof Error fails there).
  const message = (error as { message?: unknown } | undefined)?.message;
  if (typeof message !== 'string' || url.protocol !== 'https:') return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const text = `${code} ${message}`;
  const rule = certs?.ruleFor(url);
  const alert =
    /CERTIFICATE_REQUIRED|HANDSHAKE_FAILURE|BAD_CERTIFICATE|UNKNOWN_CA|certificate required/i.test(text);
  // Under TLS 1.3 the server's verdict on our certificate comes after our handshake ended: a
  // reset before any response is often all the client sees of it.
  const reset = rule !== undefined && /ECONNRESET|socket hang up/i.test(text);
  if (!alert && !reset) return error;
  const hint = rule
    ? `${url.origin} ${alert ? 'refused' : 'may have refused'} the client certificate of ${rule.label}`
    : `${url.origin} asks for a client certificate: give one in input '${CLIENT_CERTS_INPUT}'`;
  return Object.assign(new Error(`${message.trim()} (${hint})`, { cause: error }), { code });
}
