import path from 'node:path';
import net from 'node:net';
import { z } from 'zod';

/** An IPv4/IPv6 address, optionally with a prefix length (CIDR). */
export function isAddressOrCidr(value: string): boolean {
  const [addr, prefix, extra] = value.split('/');
  if (extra !== undefined || !addr) return false;
  const family = net.isIP(addr);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  /** Connections to DATABASE_URL per process; by default twice the cores (db/client.ts). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  SALVAGUARDA_DATA_DIR: z.string().min(1).default('./data'),
  SALVAGUARDA_DATA_KEY: z.string().min(1).optional(),
  SALVAGUARDA_KEY_FILE: z.string().min(1).optional(),
  SALVAGUARDA_HTTPS: booleanFromEnv.default(false),
  SALVAGUARDA_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const item of list) {
        if (!isAddressOrCidr(item)) {
          ctx.addIssue({
            code: 'custom',
            message: `«${item}» no es una dirección IP ni un rango CIDR (p. ej. 10.0.0.1 o 10.0.0.0/8); nunca «true».`,
          });
        }
      }
      return list;
    }),
  SALVAGUARDA_AUDIT_ANCHOR: z.string().min(1).optional(),
  SALVAGUARDA_DEMO: booleanFromEnv.optional(),
  SALVAGUARDA_INSTITUTION: z
    .string()
    .min(1)
    .default(
      'Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México',
    ),
  SALVAGUARDA_INSTITUTION_SHORT: z.string().min(1).default('MPI CDMX'),
  SALVAGUARDA_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** PostgreSQL connection string; absent means the embedded PGlite database in `dataDir`. */
  databaseUrl?: string;
  databasePoolSize?: number;
  dataDir: string;
  dataKey?: string;
  keyFile?: string;
  https: boolean;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); empty = none. */
  trustedProxies: string[];
  /** Append-only file of signed head hashes of the audit trail; default beside the key file. */
  auditAnchorFile?: string;
  /** undefined = decide at start (demo when the embedded database is empty). */
  demo?: boolean;
  institution: { name: string; shortName: string };
  rateLimitPerMinute: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one Spanish line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuración inválida en variables de entorno:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.SALVAGUARDA_DATA_DIR),
    dataKey: e.SALVAGUARDA_DATA_KEY,
    keyFile: e.SALVAGUARDA_KEY_FILE ? path.resolve(e.SALVAGUARDA_KEY_FILE) : undefined,
    https: e.SALVAGUARDA_HTTPS,
    trustedProxies: e.SALVAGUARDA_TRUSTED_PROXIES,
    auditAnchorFile: e.SALVAGUARDA_AUDIT_ANCHOR ? path.resolve(e.SALVAGUARDA_AUDIT_ANCHOR) : undefined,
    demo: e.SALVAGUARDA_DEMO,
    institution: { name: e.SALVAGUARDA_INSTITUTION, shortName: e.SALVAGUARDA_INSTITUTION_SHORT },
    rateLimitPerMinute: e.SALVAGUARDA_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
  };
}
