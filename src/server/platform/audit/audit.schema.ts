import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only trail. A request's transaction inserts its entry unsealed (no lock, no hash); the sealer
 * (trail.ts) gives committed entries contiguous `seq` numbers and an HMAC chain under the audit key
 * `key_id`. Entries from before the keyed trail keep their SHA-256 chain and get key_id 'legacy'.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    seq: bigint('seq', { mode: 'number' }),
    keyId: text('key_id'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_actor_idx').on(t.actorUserId),
    index('audit_at_idx').on(t.at),
    uniqueIndex('audit_seq_idx').on(t.seq),
    index('audit_unsealed_idx')
      .on(t.id)
      .where(sql`${t.seq} is null`),
  ],
);
