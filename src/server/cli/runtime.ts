import { loadConfig, type Config } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { createFieldCrypto, type FieldCrypto } from '../platform/crypto/fields.js';
import { defaultAuditAnchorPath, loadKeyRing } from '../platform/crypto/load.js';
import { sealAuditTrail } from '../platform/audit/trail.js';
import { trailOptions } from '../platform/audit/sealer.js';
import type { AppDeps } from '../platform/deps.js';
import { sealRestrictedAgendas } from '../features/bodies/agenda-text.js';

export interface Runtime {
  config: Config;
  handle: DatabaseHandle;
  crypto: FieldCrypto;
  deps: AppDeps;
  /** Where a key file was generated at this start (demo), if any. */
  generatedKeyFile?: string;
  keyFile?: string;
  close(): Promise<void>;
}

/** Config + keys + migrated database: what every command and the server start from. */
export async function openRuntime(opts: { allowGenerateKeys?: boolean; config?: Config } = {}): Promise<Runtime> {
  const loaded = opts.config ?? loadConfig();
  // The anchor of the audit trail lives outside the database: by default beside the key file.
  const config = { ...loaded, auditAnchorFile: loaded.auditAnchorFile ?? defaultAuditAnchorPath(loaded) };
  const keys = loadKeyRing(config, { allowGenerate: opts.allowGenerateKeys ?? false });
  const handle = await openDatabase(config);
  await migrate(handle);
  const crypto = createFieldCrypto(keys.ring);
  // Rows a migration could not encrypt (the key is outside the database) are sealed here.
  await sealRestrictedAgendas(handle.db, crypto);
  return {
    config,
    handle,
    crypto,
    deps: { db: handle.db, engine: handle.engine, config, crypto },
    generatedKeyFile: keys.generatedAt,
    keyFile: keys.keyFile,
    async close() {
      // Entries written by a command are sealed (and anchored) before it exits.
      try {
        await sealAuditTrail(handle.db, trailOptions({ crypto, config }));
      } finally {
        await handle.close();
      }
    },
  };
}

/** Minimal flag parser: `--name value`, `--flag`, positionals. */
export function parseArgs(argv: string[]): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags[name] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        flags[name] = next;
        i++;
      } else flags[name] = true;
    } else positionals.push(a);
  }
  return { positionals, flags };
}

export type Command = (argv: string[]) => Promise<number>;
