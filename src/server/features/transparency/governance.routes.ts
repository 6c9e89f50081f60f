// Which rule set governs the installation's deadlines, and who verified each set against the
// official text. Both are admin decisions (transparency.admin), audited, append-only, and shown
// to everyone who reads the unit's pages (transparency.read).
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { users } from '../../platform/auth/auth.schema.js';
import { alreadyExists, badRequest, notFound } from '../../platform/http/errors.js';
import { loadEngine } from './engine.service.js';
import { VerificationOut } from './settings.contract.js';
import { isoDate } from '../../../common/features/transparency.contract.js';
import { transparencyGoverningRuleSets, transparencyRuleSetVerifications } from './transparency.schema.js';

export const VerificationBody = z.object({
  verifiedBy: z.string().trim().min(3, 'Indique quién verificó (nombre y cargo)').max(200),
  verifiedOn: isoDate,
  source: z.string().trim().min(3, 'Indique el texto oficial consultado').max(300),
  notes: z.string().trim().max(2000).default(''),
});

const DecisionOut = z.object({
  id: z.string(),
  family: z.string().nullable(),
  ruleSetKey: z.string().nullable(),
  effectiveFrom: z.string(),
  note: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
const GoverningOut = z.object({
  /** The decision in force for requests received today (null = none: the earliest date governs). */
  current: DecisionOut.nullable(),
  history: z.array(DecisionOut),
});
const GoverningBody = z.object({
  /** null = no governing set: every request shows the earliest date of the sets that may apply. */
  ruleSetKey: z.string().max(80).nullable(),
  effectiveFrom: isoDate,
  note: z.string().trim().max(2000).default(''),
});

export async function governanceRoutes(app: App, { db }: AppDeps): Promise<void> {
  const who = (req: { actor?: { userId: string; username: string } }) => ({
    userId: req.actor!.userId,
    username: req.actor!.username,
  });

  const decisions = async () => {
    const rows = await db
      .select({ d: transparencyGoverningRuleSets, username: users.username })
      .from(transparencyGoverningRuleSets)
      .leftJoin(users, eq(users.id, transparencyGoverningRuleSets.decidedBy))
      .orderBy(desc(transparencyGoverningRuleSets.effectiveFrom), desc(transparencyGoverningRuleSets.createdAt));
    return rows.map(({ d, username }) => ({
      id: d.id,
      family: d.family,
      ruleSetKey: d.ruleSetKey,
      effectiveFrom: d.effectiveFrom,
      note: d.note,
      decidedBy: username ?? null,
      decidedAt: d.createdAt.toISOString(),
    }));
  };

  app.get(
    '/transparency/governing-rule-set',
    { config: { policy: 'transparency.read' }, schema: { response: { 200: GoverningOut } } },
    async () => {
      const engine = await loadEngine(db);
      const history = await decisions();
      const inForce = engine.governingOn(engine.today);
      return { current: history.find((h) => h.id === inForce?.id) ?? null, history };
    },
  );

  // A change applies to requests received from `effectiveFrom`; closed requests keep the basis
  // recorded when they closed, so answered requests never move.
  app.post(
    '/transparency/governing-rule-set',
    {
      config: { policy: 'transparency.admin' },
      schema: { body: GoverningBody, response: { 201: GoverningOut } },
    },
    async (req, reply) => {
      const engine = await loadEngine(db);
      const { ruleSetKey, effectiveFrom, note } = req.body;
      let family: string | null = null;
      if (ruleSetKey !== null) {
        const set = engine.ruleSets.find((s) => s.key === ruleSetKey);
        if (!set) throw notFound({ field: 'ruleSetKey' });
        if (!engine.isVerified(set)) {
          const message = 'Sólo un conjunto de reglas verificado contra el texto oficial puede regir los plazos.';
          throw badRequest('validation_failed', [{ path: 'ruleSetKey', message }], message);
        }
        family = set.family;
      }
      const previous = engine.governingOn(effectiveFrom);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(transparencyGoverningRuleSets)
          .values({ family, ruleSetKey, effectiveFrom, note, decidedBy: req.actor!.userId })
          .returning();
        await audit(tx, {
          actor: who(req),
          action: 'update',
          entity: 'transparency_governing_rule_set',
          entityId: row!.id,
          ip: req.ip,
          details: { ruleSetKey, family, effectiveFrom, previous: previous?.ruleSetKey ?? null },
        });
      });
      const history = await decisions();
      const inForce = (await loadEngine(db)).governingOn(engine.today);
      return reply.status(201).send({ current: history.find((h) => h.id === inForce?.id) ?? null, history });
    },
  );

  app.post(
    '/transparency/rule-sets/:key/verification',
    {
      config: { policy: 'transparency.admin' },
      schema: {
        params: z.object({ key: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,60}$/) }),
        body: VerificationBody,
        response: { 201: VerificationOut },
      },
    },
    async (req, reply) => {
      const engine = await loadEngine(db);
      const set = engine.ruleSets.find((s) => s.key === req.params.key);
      if (!set) throw notFound();
      if (req.body.verifiedOn > engine.today) {
        const message = 'La fecha de verificación no puede ser posterior a hoy.';
        throw badRequest('validation_failed', [{ path: 'verifiedOn', message }], message);
      }
      if (engine.isVerified(set)) throw alreadyExists({ field: 'key' });
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(transparencyRuleSetVerifications)
          .values({ ruleSetKey: set.key, ...req.body, recordedBy: req.actor!.userId })
          .onConflictDoNothing()
          .returning();
        if (!created) throw alreadyExists({ field: 'key' }); // verified concurrently
        await audit(tx, {
          actor: who(req),
          action: 'update',
          entity: 'transparency_rule_set',
          entityId: created.id,
          ip: req.ip,
          details: { key: set.key, verified: true, verifiedOn: req.body.verifiedOn, source: req.body.source },
        });
        return created;
      });
      return reply.status(201).send({
        verifiedBy: row.verifiedBy,
        verifiedOn: row.verifiedOn,
        source: row.source,
        notes: row.notes,
        recordedBy: req.actor!.username,
        recordedAt: row.createdAt.toISOString(),
      });
    },
  );
}
