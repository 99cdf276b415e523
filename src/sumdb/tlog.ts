import crypto, { createHash } from 'node:crypto';

/**
 * The tamper-evident log of the checksum database: RFC 6962 hashing, the stored-hash layout and
 * the record (inclusion) and tree (consistency) proofs. Mirrors golang.org/x/mod/sumdb/tlog/tlog.go.
 *
 * Indexes are plain numbers: JavaScript's bit operators are 32-bit, so every shift here is done
 * with multiplication and division by powers of two (exact up to 2^53, far beyond any real log).
 */

export const HASH_SIZE = 32;

/** A 32-byte hash of a record or of a (sub)tree. */
export type Hash = Buffer;

/** A tree head: its size and root hash. */
export interface Tree {
  readonly n: number;
  readonly hash: Hash;
}

/** Reads stored hashes by their StoredHashIndex. */
export type HashReader = (indexes: readonly number[]) => Promise<Hash[]>;

export class ProofError extends Error {}

/** Mirrors tlog.RecordHash: SHA256(0x00 ‖ data). */
export function recordHash(data: Buffer | string): Hash {
  return createHash('sha256').update(Buffer.of(0)).update(data).digest();
}

const NODE_INPUT = Buffer.alloc(1 + 2 * HASH_SIZE, 1);

/** Mirrors tlog.NodeHash: SHA256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Hash, right: Hash): Hash {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE)
    return createHash('sha256').update(Buffer.of(1)).update(left).update(right).digest();
  // A reused buffer and a one-shot hash (no Hash object): a cold run takes some 20,000 of these.
  NODE_INPUT.set(left, 1);
  NODE_INPUT.set(right, 1 + HASH_SIZE);
  return sha256(NODE_INPUT);
}

/** crypto.hash (Node 20.12+) where there is one: about half the cost of createHash for 65 bytes. */
const sha256: (data: Buffer) => Buffer =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'buffer')
    : (data) => createHash('sha256').update(data).digest();

/** n >> k without 32-bit truncation. */
export function shr(n: number, k: number): number {
  return Math.floor(n / 2 ** k);
}

/** n << k without 32-bit truncation. */
export function shl(n: number, k: number): number {
  return n * 2 ** k;
}

function trailingZeros(n: number): number {
  if (n === 0) return 64;
  let count = 0;
  while (n % 2 === 0) {
    n /= 2;
    count++;
  }
  return count;
}

/** Mirrors tlog maxpow2: the largest power of two k < n, and log2(k). */
function maxpow2(n: number): { k: number; level: number } {
  let level = 0;
  while (2 ** (level + 1) < n) level++;
  return { k: 2 ** level, level };
}

/** Mirrors tlog.StoredHashIndex: (level, n) → position in the dense stored-hash order. */
export function storedHashIndex(level: number, n: number): number {
  for (let l = level; l > 0; l--) n = 2 * n + 1;
  let i = 0;
  for (; n > 0; n = shr(n, 1)) i += n;
  return i + level;
}

/** Mirrors tlog.SplitStoredHashIndex, the inverse of storedHashIndex. */
export function splitStoredHashIndex(index: number): { level: number; n: number } {
  let n = Math.floor(index / 2);
  let indexN = storedHashIndex(0, n);
  if (indexN > index) throw new Error('tlog: bad math in splitStoredHashIndex');
  for (;;) {
    // Each new record n adds 1 + trailingZeros(n+1) hashes.
    const x = indexN + 1 + trailingZeros(n + 1);
    if (x > index) break;
    n++;
    indexN = x;
  }
  const level = index - indexN;
  return { level, n: shr(n, level) };
}

/** Mirrors tlog.StoredHashCount: how many hashes a tree of n records stores. */
export function storedHashCount(n: number): number {
  if (n === 0) return 0;
  let count = storedHashIndex(0, n - 1) + 1;
  for (let i = n - 1; i % 2 === 1; i = shr(i, 1)) count++;
  return count;
}

/** Mirrors tlog.StoredHashesForRecordHash: the hashes to store when appending record n. */
export async function storedHashesForRecordHash(n: number, h: Hash, read: HashReader): Promise<Hash[]> {
  const hashes = [h];
  const m = trailingZeros(n + 1);
  const indexes: number[] = new Array<number>(m);
  for (let i = 0; i < m; i++) indexes[m - 1 - i] = storedHashIndex(i, shr(n, i) - 1);
  const old = await read(indexes);
  for (let i = 0; i < m; i++) {
    h = nodeHash(old[m - 1 - i], h);
    hashes.push(h);
  }
  return hashes;
}

/** Mirrors tlog.TreeHash: the root of the tree with n records (all zero for n = 0). */
export async function treeHash(n: number, read: HashReader): Promise<Hash> {
  if (n === 0) return Buffer.alloc(HASH_SIZE);
  const indexes = subTreeIndex(0, n, []);
  const hashes = await read(indexes);
  checkCount(indexes, hashes);
  const [hash, rest] = subTreeHash(0, n, hashes);
  if (rest.length !== 0) throw new Error('tlog: bad index math in treeHash');
  return hash;
}

/** Mirrors tlog subTreeIndex: stored indexes needed to hash records [lo, hi). */
export function subTreeIndex(lo: number, hi: number, need: number[]): number[] {
  while (lo < hi) {
    const { k, level } = maxpow2(hi - lo + 1);
    if (lo % k !== 0) throw new Error('tlog: bad math in subTreeIndex');
    need.push(storedHashIndex(level, shr(lo, level)));
    lo += k;
  }
  return need;
}

/** Mirrors tlog subTreeHash: hashes records [lo, hi) from subTreeIndex's hashes; returns the rest. */
function subTreeHash(lo: number, hi: number, hashes: Hash[]): [Hash, Hash[]] {
  let numTree = 0;
  while (lo < hi) {
    const { k } = maxpow2(hi - lo + 1);
    if (lo % k !== 0) throw new Error('tlog: bad math in subTreeHash');
    numTree++;
    lo += k;
  }
  if (hashes.length < numTree) throw new Error('tlog: bad index math in subTreeHash');
  let h = hashes[numTree - 1];
  for (let i = numTree - 2; i >= 0; i--) h = nodeHash(hashes[i], h);
  return [h, hashes.slice(numTree)];
}

/** Mirrors tlog.ProveRecord: the audit path for record n in the tree of size t. */
export async function proveRecord(t: number, n: number, read: HashReader): Promise<Hash[]> {
  if (t < 0 || n < 0 || n >= t) throw new ProofError('tlog: invalid inputs in proveRecord');
  const indexes = leafProofIndex(0, t, n, []);
  if (indexes.length === 0) return [];
  const hashes = await read(indexes);
  checkCount(indexes, hashes);
  const [proof, rest] = leafProof(0, t, n, hashes);
  if (rest.length !== 0) throw new Error('tlog: bad index math in proveRecord');
  return proof;
}

function leafProofIndex(lo: number, hi: number, n: number, need: number[]): number[] {
  if (lo + 1 === hi) return need;
  const { k } = maxpow2(hi - lo);
  if (n < lo + k) {
    leafProofIndex(lo, lo + k, n, need);
    subTreeIndex(lo + k, hi, need);
  } else {
    subTreeIndex(lo, lo + k, need);
    leafProofIndex(lo + k, hi, n, need);
  }
  return need;
}

function leafProof(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (lo + 1 === hi) return [[], hashes];
  const { k } = maxpow2(hi - lo);
  let proof: Hash[];
  let th: Hash;
  if (n < lo + k) {
    [proof, hashes] = leafProof(lo, lo + k, n, hashes);
    [th, hashes] = subTreeHash(lo + k, hi, hashes);
  } else {
    [th, hashes] = subTreeHash(lo, lo + k, hashes);
    [proof, hashes] = leafProof(lo + k, hi, n, hashes);
  }
  return [[...proof, th], hashes];
}

/** Mirrors tlog.CheckRecord: throws unless `proof` shows record n (hash h) is in tree (t, th). */
export function checkRecord(proof: readonly Hash[], t: number, th: Hash, n: number, h: Hash): void {
  if (t < 0 || n < 0 || n >= t) throw new ProofError('tlog: invalid inputs in checkRecord');
  if (!runRecordProof(proof, 0, t, n, h).equals(th)) throw new ProofError('invalid transparency proof');
}

function runRecordProof(p: readonly Hash[], lo: number, hi: number, n: number, leaf: Hash): Hash {
  if (lo + 1 === hi) {
    if (p.length !== 0) throw new ProofError('invalid transparency proof');
    return leaf;
  }
  if (p.length === 0) throw new ProofError('invalid transparency proof');
  const { k } = maxpow2(hi - lo);
  const last = p[p.length - 1];
  if (n < lo + k) return nodeHash(runRecordProof(p.slice(0, -1), lo, lo + k, n, leaf), last);
  return nodeHash(last, runRecordProof(p.slice(0, -1), lo + k, hi, n, leaf));
}

/** Mirrors tlog.ProveTree: proof that the tree of size t extends the tree of size n. */
export async function proveTree(t: number, n: number, read: HashReader): Promise<Hash[]> {
  if (t < 1 || n < 1 || n > t) throw new ProofError('tlog: invalid inputs in proveTree');
  const indexes = treeProofIndex(0, t, n, []);
  if (indexes.length === 0) return [];
  const hashes = await read(indexes);
  checkCount(indexes, hashes);
  const [proof, rest] = treeProof(0, t, n, hashes);
  if (rest.length !== 0) throw new Error('tlog: bad index math in proveTree');
  return proof;
}

function treeProofIndex(lo: number, hi: number, n: number, need: number[]): number[] {
  if (n === hi) return lo === 0 ? need : subTreeIndex(lo, hi, need);
  const { k } = maxpow2(hi - lo);
  if (n <= lo + k) {
    treeProofIndex(lo, lo + k, n, need);
    subTreeIndex(lo + k, hi, need);
  } else {
    subTreeIndex(lo, lo + k, need);
    treeProofIndex(lo + k, hi, n, need);
  }
  return need;
}

function treeProof(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (n === hi) {
    if (lo === 0) return [[], hashes];
    const [th, rest] = subTreeHash(lo, hi, hashes);
    return [[th], rest];
  }
  const { k } = maxpow2(hi - lo);
  let proof: Hash[];
  let th: Hash;
  if (n <= lo + k) {
    [proof, hashes] = treeProof(lo, lo + k, n, hashes);
    [th, hashes] = subTreeHash(lo + k, hi, hashes);
  } else {
    [th, hashes] = subTreeHash(lo, lo + k, hashes);
    [proof, hashes] = treeProof(lo + k, hi, n, hashes);
  }
  return [[...proof, th], hashes];
}

/** Mirrors tlog.CheckTree: throws unless `proof` shows tree (t, th) extends tree (n, h). */
export function checkTree(proof: readonly Hash[], t: number, th: Hash, n: number, h: Hash): void {
  if (t < 1 || n < 1 || n > t) throw new ProofError('tlog: invalid inputs in checkTree');
  const [h2, th2] = runTreeProof(proof, 0, t, n, h);
  if (!th2.equals(th) || !h2.equals(h)) throw new ProofError('invalid transparency proof');
}

function runTreeProof(p: readonly Hash[], lo: number, hi: number, n: number, old: Hash): [Hash, Hash] {
  if (n === hi) {
    if (lo === 0) {
      if (p.length !== 0) throw new ProofError('invalid transparency proof');
      return [old, old];
    }
    if (p.length !== 1) throw new ProofError('invalid transparency proof');
    return [p[0], p[0]];
  }
  if (p.length === 0) throw new ProofError('invalid transparency proof');
  const { k } = maxpow2(hi - lo);
  const last = p[p.length - 1];
  if (n <= lo + k) {
    const [oh, th] = runTreeProof(p.slice(0, -1), lo, lo + k, n, old);
    return [oh, nodeHash(th, last)];
  }
  const [oh, th] = runTreeProof(p.slice(0, -1), lo + k, hi, n, old);
  return [nodeHash(last, oh), nodeHash(last, th)];
}

function checkCount(indexes: readonly number[], hashes: readonly Hash[]): void {
  if (hashes.length !== indexes.length)
    throw new Error(`tlog: read ${hashes.length} hashes for ${indexes.length} indexes`);
}
