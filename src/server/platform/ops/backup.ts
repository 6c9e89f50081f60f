import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseHandle } from '../../db/client.js';
import { auditNow } from '../audit/audit.js';
import { dumpLogical, restoreLogical } from './logical.js';

/**
 * Backups of both engines. PGlite: the data directory itself as a gzipped tarball
 * (`dumpDataDir`), restored with `loadDataDir` — an exact copy. PostgreSQL (or on request,
 * PGlite): the logical JSON-lines dump of logical.ts, which either engine can restore.
 */
export type BackupFormat = 'pglite-datadir' | 'logical';

export interface BackupResult {
  format: BackupFormat;
  bytes: number;
  counts?: Record<string, number>;
}

export async function createBackup(
  handle: DatabaseHandle,
  file: string,
  opts: { logical?: boolean } = {},
): Promise<BackupResult> {
  const format: BackupFormat = handle.engine === 'pglite' && !opts.logical ? 'pglite-datadir' : 'logical';
  // Logged first, so the backup itself carries the record of its own making.
  await auditNow(handle.db, { actor: null, action: 'backup', entity: 'database', details: { format, by: 'cli' } });
  const tmp = `${file}.partial`;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let counts: Record<string, number> | undefined;
  if (format === 'pglite-datadir') {
    const pglite = handle.pglite!;
    await pglite.exec('checkpoint');
    const blob = await pglite.dumpDataDir('gzip');
    fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
  } else {
    counts = await dumpLogical(handle.db, handle.engine, tmp);
  }
  // Written aside and renamed: a crash never leaves a half file under the real name.
  fs.renameSync(tmp, file);
  return { format, bytes: fs.statSync(file).size, counts };
}

/** Tells the two formats apart by content: a tar archive has "ustar" at byte 257. Reads only the start. */
export async function detectFormat(file: string): Promise<BackupFormat> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = fs.createReadStream(file).pipe(zlib.createGunzip());
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= 512) break;
    }
  } catch {
    throw new Error('El archivo no es un respaldo de Salvaguarda (no es gzip).');
  } finally {
    stream.destroy();
  }
  const head = Buffer.concat(chunks);
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'pglite-datadir';
  if (head.subarray(0, 1).toString() === '{') return 'logical';
  throw new Error('El archivo no es un respaldo de Salvaguarda.');
}

/** True when a PGlite data directory holds no cluster yet (restore target must be empty). */
export function isEmptyDataDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/** Loads a data-directory backup into `dataDir` (undefined = in memory, for tests); returns the open instance. */
export async function loadPgliteBackup(file: string, dataDir?: string): Promise<PGlite> {
  if (dataDir && !isEmptyDataDir(dataDir)) {
    throw new Error(`El directorio de datos ${dataDir} no está vacío: restaure en un directorio nuevo.`);
  }
  const loadDataDir = new Blob([fs.readFileSync(file)]);
  const pglite = dataDir ? new PGlite(dataDir, { loadDataDir }) : new PGlite({ loadDataDir });
  await pglite.waitReady;
  return pglite;
}

/** Logical restore into an opened, migrated, unused database, then an audit entry continuing the chain. */
export async function restoreLogicalBackup(handle: DatabaseHandle, file: string): Promise<Record<string, number>> {
  const counts = await restoreLogical(handle.db, file);
  await auditNow(handle.db, {
    actor: null,
    action: 'restore',
    entity: 'database',
    details: { format: 'logical', by: 'cli' },
  });
  return counts;
}
