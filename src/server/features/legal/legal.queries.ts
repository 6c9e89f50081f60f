// Data access of the legal area: lists paged and filtered in SQL.
import { and, asc, count, desc, eq, gte, ilike, isNull, lte, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { transparencyNonWorkingDays } from '../transparency/transparency.schema.js';
import { addCalendarDays, createCalendar, type BusinessCalendar } from '../transparency/calendar.js';
import type { ContractListQueryInput, LawsuitListQueryInput } from '../../../common/features/legal.contract.js';
import { GAZETTE_KINDS, legalContracts, legalGazettePublications, legalLawsuits } from './legal.schema.js';

/** LIKE pattern with the user's wildcards escaped. */
const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const yearRange = (col: AnyPgColumn, year: number) => and(gte(col, `${year}-01-01`), lte(col, `${year}-12-31`));

export async function listContracts(db: Database, q: ContractListQueryInput, today: string, all = false) {
  const where = and(
    q.kind ? eq(legalContracts.kind, q.kind) : undefined,
    q.year ? yearRange(legalContracts.signedOn, q.year) : undefined,
    q.q ? or(ilike(legalContracts.number, like(q.q)), ilike(legalContracts.object, like(q.q))) : undefined,
    q.endingWithin
      ? and(gte(legalContracts.endsOn, today), lte(legalContracts.endsOn, addCalendarDays(today, q.endingWithin)))
      : undefined,
  );
  // Raw, qualified names: drizzle renders columns unqualified inside a single-table select.
  const hasDocument = sql<boolean>`exists (select 1 from legal_contract_documents d where d.contract_id = legal_contracts.id)`;
  const base = db
    .select({
      id: legalContracts.id,
      number: legalContracts.number,
      kind: legalContracts.kind,
      object: legalContracts.object,
      amount: legalContracts.amount,
      signedOn: legalContracts.signedOn,
      startsOn: legalContracts.startsOn,
      endsOn: legalContracts.endsOn,
      renewsId: legalContracts.renewsId,
      hasDocument,
      version: legalContracts.version,
    })
    .from(legalContracts)
    .where(where)
    .orderBy(desc(legalContracts.signedOn), asc(legalContracts.seq));
  const rows = all ? await base.limit(10000) : await base.limit(q.limit).offset(q.offset);
  const [total] = await db.select({ n: count() }).from(legalContracts).where(where);
  return { total: total!.n, rows: rows.map((r) => ({ ...r, hasDocument: Boolean(r.hasDocument) })) };
}

export async function listLawsuits(db: Database, q: LawsuitListQueryInput, all = false) {
  const where = and(
    q.typeCode ? eq(legalLawsuits.typeCode, q.typeCode) : undefined,
    q.stage ? eq(legalLawsuits.stage, q.stage) : undefined,
    q.open === 'true' ? isNull(legalLawsuits.resolvedOn) : undefined,
    q.open === 'false' ? sql`${legalLawsuits.resolvedOn} is not null` : undefined,
    // Search by file number, court or claims; never by the (encrypted) plaintiff.
    q.q
      ? or(
          ilike(legalLawsuits.fileNumber, like(q.q)),
          ilike(legalLawsuits.court, like(q.q)),
          ilike(legalLawsuits.claims, like(q.q)),
        )
      : undefined,
  );
  const nextDeadline = sql<
    string | null
  >`(select min(e."on") from legal_lawsuit_events e where e.lawsuit_id = legal_lawsuits.id and e.kind in ('deadline', 'hearing') and not e.done)`;
  const base = db
    .select({
      id: legalLawsuits.id,
      fileNumber: legalLawsuits.fileNumber,
      typeCode: legalLawsuits.typeCode,
      court: legalLawsuits.court,
      defendant: legalLawsuits.defendant,
      claims: legalLawsuits.claims,
      claimedAmount: legalLawsuits.claimedAmount,
      projectedAmount: legalLawsuits.projectedAmount,
      stage: legalLawsuits.stage,
      filedOn: legalLawsuits.filedOn,
      resolution: legalLawsuits.resolution,
      resolvedOn: legalLawsuits.resolvedOn,
      nextDeadline,
      version: legalLawsuits.version,
    })
    .from(legalLawsuits)
    .where(where)
    .orderBy(desc(legalLawsuits.filedOn), asc(legalLawsuits.fileNumber));
  const rows = all ? await base.limit(10000) : await base.limit(q.limit).offset(q.offset);
  const [total] = await db.select({ n: count() }).from(legalLawsuits).where(where);
  return {
    total: total!.n,
    rows: rows.map((r) => ({ ...r, nextDeadline: r.nextDeadline ? String(r.nextDeadline).slice(0, 10) : null })),
  };
}

export async function listGazette(
  db: Database,
  q: { kind?: (typeof GAZETTE_KINDS)[number]; year?: number; q?: string; limit: number; offset: number },
  all = false,
) {
  const where = and(
    q.kind ? eq(legalGazettePublications.kind, q.kind) : undefined,
    q.year ? yearRange(legalGazettePublications.publishedOn, q.year) : undefined,
    q.q
      ? or(ilike(legalGazettePublications.title, like(q.q)), ilike(legalGazettePublications.ref, like(q.q)))
      : undefined,
  );
  const base = db
    .select()
    .from(legalGazettePublications)
    .where(where)
    .orderBy(desc(legalGazettePublications.publishedOn), asc(legalGazettePublications.seq));
  const rows = all ? await base.limit(10000) : await base.limit(q.limit).offset(q.offset);
  const [total] = await db.select({ n: count() }).from(legalGazettePublications).where(where);
  return { total: total!.n, rows };
}

/** The business calendar of the institution: weekends, LFT art. 74 and the published non-working days. */
export async function loadCalendar(db: Database): Promise<BusinessCalendar> {
  const days = await db.select({ day: transparencyNonWorkingDays.day }).from(transparencyNonWorkingDays);
  return createCalendar(days.map((d) => d.day));
}

/** Contracts signed in the period, of the kinds printed in the report, in signing then registration order. */
export async function contractsSignedIn(db: Database, from: string, to: string) {
  return db
    .select({
      number: legalContracts.number,
      kind: legalContracts.kind,
      signedOn: legalContracts.signedOn,
      startsOn: legalContracts.startsOn,
      endsOn: legalContracts.endsOn,
    })
    .from(legalContracts)
    .where(and(gte(legalContracts.signedOn, from), lte(legalContracts.signedOn, to)))
    .orderBy(asc(legalContracts.signedOn), asc(legalContracts.seq), asc(legalContracts.number));
}

export async function publicationsIn(db: Database, from: string, to: string) {
  return db
    .select({
      ref: legalGazettePublications.ref,
      publishedOn: legalGazettePublications.publishedOn,
      title: legalGazettePublications.title,
      page: legalGazettePublications.page,
      url: legalGazettePublications.url,
    })
    .from(legalGazettePublications)
    .where(and(gte(legalGazettePublications.publishedOn, from), lte(legalGazettePublications.publishedOn, to)))
    .orderBy(asc(legalGazettePublications.publishedOn), asc(legalGazettePublications.seq));
}
