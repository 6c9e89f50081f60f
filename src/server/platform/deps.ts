import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database, Engine } from '../db/client.js';
import type { FieldCrypto } from './crypto/fields.js';

/** What features may use. Services take only the parts they need. */
export interface AppDeps {
  db: Database;
  engine: Engine;
  config: Config;
  crypto: FieldCrypto;
}

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;
