import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  SALVAGUARDA_DATA_DIR: z.string().min(1).default('./data'),
  SALVAGUARDA_DATA_KEY: z.string().min(1).optional(),
  SALVAGUARDA_KEY_FILE: z.string().min(1).optional(),
  SALVAGUARDA_HTTPS: booleanFromEnv.default(false),
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
  dataDir: string;
  dataKey?: string;
  keyFile?: string;
  https: boolean;
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
    dataDir: path.resolve(e.SALVAGUARDA_DATA_DIR),
    dataKey: e.SALVAGUARDA_DATA_KEY,
    keyFile: e.SALVAGUARDA_KEY_FILE ? path.resolve(e.SALVAGUARDA_KEY_FILE) : undefined,
    https: e.SALVAGUARDA_HTTPS,
    demo: e.SALVAGUARDA_DEMO,
    institution: { name: e.SALVAGUARDA_INSTITUTION, shortName: e.SALVAGUARDA_INSTITUTION_SHORT },
    rateLimitPerMinute: e.SALVAGUARDA_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
  };
}
