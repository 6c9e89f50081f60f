import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../config.js';
import {
  keyRingFromEnvKey,
  keyRingFromFile,
  newKeyFile,
  readKeyFile,
  withAuditKey,
  writeKeyFile,
  type KeyRing,
} from './keys.js';

/** Default key file: outside the repository, one per data directory / database. */
export function defaultKeyFilePath(config: Config): string {
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  const target = config.databaseUrl ?? config.dataDir;
  const tag = crypto.createHash('sha256').update(target).digest('hex').slice(0, 12);
  return path.join(base, 'salvaguarda', `keys-${tag}.json`);
}

/** Default anchor of the audit trail: beside the key file (outside the database), one per database. */
export function defaultAuditAnchorPath(config: Config): string {
  const keyFile = config.keyFile ?? defaultKeyFilePath(config);
  return `${keyFile.replace(/\.json$/, '')}.audit-anchor.jsonl`;
}

export interface LoadedKeys {
  ring: KeyRing;
  /** Set when a key file was generated now (demo mode): where it is. */
  generatedAt?: string;
  keyFile?: string;
}

export function loadKeyRing(config: Config, options: { allowGenerate: boolean }): LoadedKeys {
  if (config.dataKey) return { ring: keyRingFromEnvKey(config.dataKey) };
  const file = config.keyFile ?? defaultKeyFilePath(config);
  if (fs.existsSync(file)) {
    const stored = readKeyFile(file);
    const keys = withAuditKey(stored);
    // Key files written before the keyed audit trail get their audit key now, like a new file would.
    if (keys !== stored) writeKeyFile(file, keys);
    return { ring: keyRingFromFile(keys), keyFile: file };
  }
  if (!options.allowGenerate) {
    throw new Error(
      `No hay llave de cifrado: defina SALVAGUARDA_DATA_KEY (32 bytes en base64) o SALVAGUARDA_KEY_FILE (no existe ${file}).`,
    );
  }
  const keys = newKeyFile();
  writeKeyFile(file, keys);
  return { ring: keyRingFromFile(keys), generatedAt: file, keyFile: file };
}
