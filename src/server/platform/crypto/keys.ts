import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Key material for personal data. Data keys have ids so `keys rotate` can re-encrypt; the index key
 * (blind index) is separate and stable, so rotating data keys never breaks searches.
 */
export interface KeyRing {
  currentKeyId: string;
  dataKeys: Map<string, Buffer>;
  indexKey: Buffer;
  /** HMAC keys of the audit trail (see platform/audit/trail.ts); the database never holds them. */
  audit: AuditKeys;
}

/** Versioned: each sealed audit entry stores the id of the key that sealed it, so the key can be rotated. */
export interface AuditKeys {
  currentKeyId: string;
  keys: Map<string, Buffer>;
}

const KeyFileSchema = z.object({
  current: z.string().regex(/^[a-z0-9]{1,16}$/),
  keys: z.record(z.string(), z.string()),
  index: z.string(),
  /** Absent in key files written before the keyed audit trail; `withAuditKey` adds it. */
  audit: z.object({ current: z.string().regex(/^[a-z0-9]{1,16}$/), keys: z.record(z.string(), z.string()) }).optional(),
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

function decodeKey(b64: string, what: string): Buffer {
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new Error(`La llave ${what} debe tener 32 bytes en base64.`);
  return key;
}

export function newKeyFile(): KeyFile {
  return {
    current: 'k1',
    keys: { k1: crypto.randomBytes(32).toString('base64') },
    index: crypto.randomBytes(32).toString('base64'),
    audit: { current: 'a1', keys: { a1: crypto.randomBytes(32).toString('base64') } },
  };
}

/** A key file without an audit key gets one (older files); returns the same object when nothing was missing. */
export function withAuditKey(keys: KeyFile): KeyFile {
  if (keys.audit) return keys;
  return { ...keys, audit: { current: 'a1', keys: { a1: crypto.randomBytes(32).toString('base64') } } };
}

/** Adds a new current audit key; entries sealed under older keys stay verifiable with theirs. */
export function addAuditKey(keys: KeyFile): KeyFile {
  const audit = withAuditKey(keys).audit!;
  const ids = Object.keys(audit.keys).map((k) => Number(k.replace(/^a/, '')) || 0);
  const id = `a${Math.max(0, ...ids) + 1}`;
  return { ...keys, audit: { current: id, keys: { ...audit.keys, [id]: crypto.randomBytes(32).toString('base64') } } };
}

export function keyRingFromFile(file: KeyFile): KeyRing {
  const parsed = KeyFileSchema.parse(file);
  const dataKeys = new Map(Object.entries(parsed.keys).map(([id, b64]) => [id, decodeKey(b64, id)] as const));
  if (!dataKeys.has(parsed.current)) throw new Error('La llave vigente no está en el archivo de llaves.');
  const audit: AuditKeys = { currentKeyId: '', keys: new Map() };
  if (parsed.audit) {
    for (const [id, b64] of Object.entries(parsed.audit.keys)) audit.keys.set(id, decodeKey(b64, id));
    if (!audit.keys.has(parsed.audit.current))
      throw new Error('La llave vigente de la bitácora no está en el archivo.');
    audit.currentKeyId = parsed.audit.current;
  }
  return { currentKeyId: parsed.current, dataKeys, indexKey: decodeKey(parsed.index, 'de índice'), audit };
}

/** `SALVAGUARDA_DATA_KEY` holds one base64 key: data key "env" and an index key derived from it. */
export function keyRingFromEnvKey(b64: string): KeyRing {
  const master = decodeKey(b64, 'SALVAGUARDA_DATA_KEY');
  const indexKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'salvaguarda blind index', 32));
  const auditKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'salvaguarda audit trail', 32));
  return {
    currentKeyId: 'env',
    dataKeys: new Map([['env', master]]),
    indexKey,
    audit: { currentKeyId: 'env', keys: new Map([['env', auditKey]]) },
  };
}

export function readKeyFile(file: string): KeyFile {
  return KeyFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function writeKeyFile(file: string, keys: KeyFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(keys, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** Adds a new current data key; old keys stay so existing values can still be read until re-encrypted. */
export function addDataKey(keys: KeyFile): KeyFile {
  const ids = Object.keys(keys.keys).map((k) => Number(k.replace(/^k/, '')) || 0);
  const id = `k${Math.max(0, ...ids) + 1}`;
  return { ...keys, current: id, keys: { ...keys.keys, [id]: crypto.randomBytes(32).toString('base64') } };
}
