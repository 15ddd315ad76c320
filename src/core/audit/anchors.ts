import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Signed anchors of the audit chain: the head `(seq, hash)` HMAC-signed with a key kept outside
 * the database and written outside the database. Someone who can rewrite the database (even a
 * superuser who drops the append-only triggers) cannot make the chain agree with an anchor they
 * cannot sign: a deleted tail, a recomputed chain or a truncated log all show up on verification.
 */
export interface AuditAnchor {
  version: 1;
  seq: number;
  hash: string;
  at: string;
  signature: string;
}

export type AnchorComparison =
  | { ok: true }
  | { ok: false; reason: 'missing_tail'; anchoredSeq: number; headSeq: number }
  | { ok: false; reason: 'rewritten'; seq: number; anchoredHash: string; storedHash: string | null };

const payload = (a: Pick<AuditAnchor, 'seq' | 'hash' | 'at'>) => `spm-audit-anchor|v1|${a.seq}|${a.hash}|${a.at}`;

export function signAnchor(key: Buffer, head: { seq: number; hash: string; at: string }): AuditAnchor {
  return { version: 1, ...head, signature: createHmac('sha256', key).update(payload(head)).digest('hex') };
}

export function anchorIsValid(key: Buffer, anchor: unknown): anchor is AuditAnchor {
  if (!anchor || typeof anchor !== 'object') return false;
  const a = anchor as Partial<AuditAnchor>;
  if (a.version !== 1 || !Number.isInteger(a.seq) || typeof a.hash !== 'string' || typeof a.at !== 'string' || typeof a.signature !== 'string') return false;
  const expected = createHmac('sha256', key)
    .update(payload(a as AuditAnchor))
    .digest();
  const given = Buffer.from(a.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Compares the stored chain with an anchor: the anchored entry must still exist with the anchored
 * hash. `storedHashAt` is the hash stored at the anchor's seq (null when there is no such entry).
 */
export function compareWithAnchor(anchor: Pick<AuditAnchor, 'seq' | 'hash'>, headSeq: number, storedHashAt: string | null): AnchorComparison {
  if (anchor.seq === 0) return { ok: true };
  if (headSeq < anchor.seq) return { ok: false, reason: 'missing_tail', anchoredSeq: anchor.seq, headSeq };
  if (storedHashAt !== anchor.hash) return { ok: false, reason: 'rewritten', seq: anchor.seq, anchoredHash: anchor.hash, storedHash: storedHashAt };
  return { ok: true };
}

export interface AuditKey {
  key: Buffer;
  /** 'env' (AUDIT_KEY) or the path of the key file. */
  source: string;
  created: boolean;
}

/**
 * The anchor key: `AUDIT_KEY` when set, otherwise a key file in the data directory, created on
 * first start (the caller warns: a key stored beside the data protects against database-only
 * tampering, not against someone who owns the whole machine).
 */
export function loadAuditKey(options: { envKey: string | undefined; dataDir: string }): AuditKey;
export function loadAuditKey(options: { envKey: string | undefined; dataDir: string; create: false }): AuditKey | null;
export function loadAuditKey(options: { envKey: string | undefined; dataDir: string; create?: boolean }): AuditKey | null {
  if (options.envKey) {
    if (options.envKey.length < 32) throw new Error('AUDIT_KEY must be at least 32 characters (e.g. `openssl rand -hex 32`)');
    return { key: Buffer.from(options.envKey, 'utf8'), source: 'env', created: false };
  }
  const file = path.join(options.dataDir, 'audit.key');
  if (fs.existsSync(file)) return { key: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8'), source: file, created: false };
  if (options.create === false) return null;
  fs.mkdirSync(options.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  // wx: two nodes starting together on one data directory must not overwrite each other's key.
  try {
    fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8'), source: file, created: false };
  }
  return { key: Buffer.from(key, 'utf8'), source: file, created: true };
}

/** Anchors on disk: `latest.json` (replaced atomically) and every anchor appended to `anchors.jsonl`. */
export class AnchorStore {
  constructor(
    readonly dir: string,
    private readonly key: Buffer,
  ) {}

  /** Signs a head without writing it (a backup's manifest carries its head signed). */
  sign(head: { seq: number; hash: string; at: string }): AuditAnchor {
    return signAnchor(this.key, head);
  }

  /** Whether an anchor was signed with this store's key. */
  verify(anchor: unknown): anchor is AuditAnchor {
    return anchorIsValid(this.key, anchor);
  }

  write(head: { seq: number; hash: string; at: string }): AuditAnchor {
    const anchor = signAnchor(this.key, head);
    fs.mkdirSync(this.dir, { recursive: true });
    const line = JSON.stringify(anchor);
    fs.appendFileSync(path.join(this.dir, 'anchors.jsonl'), `${line}\n`);
    const tmp = path.join(this.dir, `.latest.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    fs.writeFileSync(tmp, line);
    fs.renameSync(tmp, path.join(this.dir, 'latest.json'));
    return anchor;
  }

  /**
   * The anchor with the highest seq among those whose signature holds (later `at` wins a tie),
   * and how many anchors were found with a wrong signature (someone wrote them without the key).
   */
  latestValid(): { anchor: AuditAnchor | null; invalid: number } {
    let best: AuditAnchor | null = null;
    let invalid = 0;
    const consider = (text: string) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        invalid++;
        return;
      }
      if (!anchorIsValid(this.key, parsed)) {
        invalid++;
        return;
      }
      if (!best || parsed.seq > best.seq || (parsed.seq === best.seq && parsed.at > best.at)) best = parsed;
    };
    const log = path.join(this.dir, 'anchors.jsonl');
    if (fs.existsSync(log)) {
      for (const line of fs.readFileSync(log, 'utf8').split('\n')) if (line.trim()) consider(line);
    } else {
      const latest = path.join(this.dir, 'latest.json');
      if (fs.existsSync(latest)) consider(fs.readFileSync(latest, 'utf8'));
    }
    return { anchor: best, invalid };
  }
}
