// Demo opinions and the yearly Lineamientos de Acción Social, each version linked to its Gazette
// notice (GO-<year>-002 of the legal demo) and, when the bodies demo holds one, to the last Junta
// session of the year before. Fictional; run inside the legal demo's transaction.
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { bodySessions } from '../bodies/bodies.schema.js';
import {
  legalGazettePublications,
  legalOpinions,
  legalRegulations,
  legalRegulationVersions,
  type OpinionSubjectKind,
} from './legal.schema.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const OPINIONS: Array<{ requestedBy: string; subjectKind: OpinionSubjectKind; subject: string; month: string }> = [
  {
    requestedBy: 'Dirección General',
    subjectKind: 'cdhcm_recommendation',
    subject: 'Atención a una recomendación de la Comisión de Derechos Humanos de la Ciudad de México',
    month: '03',
  },
  {
    requestedBy: 'Coordinación de Administración y Finanzas',
    subjectKind: 'administrative',
    subject: 'Procedencia de la invitación restringida para el servicio de limpieza',
    month: '06',
  },
  {
    requestedBy: 'Junta de Gobierno',
    subjectKind: 'body',
    subject: 'Alcance de las atribuciones del Consejo Consultivo',
    month: '10',
  },
];

export async function seedOpinionsDemo(tx: Tx, firstYear: number, thisYear: number): Promise<number> {
  const [reg] = await tx
    .insert(legalRegulations)
    .values({
      name: 'Lineamientos de Acción Social',
      description: 'Instrumento anual para la ejecución de las medidas.',
    })
    .onConflictDoNothing()
    .returning({ id: legalRegulations.id });
  let opinions = 0;
  for (let year = firstYear; year <= thisYear; year++) {
    for (const o of OPINIONS) {
      const requestedOn = `${year}-${o.month}-04`;
      await tx.insert(legalOpinions).values({
        requestedBy: o.requestedBy,
        subjectKind: o.subjectKind,
        subject: o.subject,
        requestedOn,
        answeredOn: year < thisYear ? `${year}-${o.month}-18` : null,
      });
      opinions++;
    }
    if (!reg) continue;
    const [notice] = await tx
      .select({ id: legalGazettePublications.id })
      .from(legalGazettePublications)
      .where(eq(legalGazettePublications.ref, `GO-${year}-002`));
    const [session] = await tx
      .select({ id: bodySessions.id, heldOn: bodySessions.heldOn })
      .from(bodySessions)
      .where(
        and(
          eq(bodySessions.bodyCode, 'junta_gobierno'),
          gte(bodySessions.heldOn, `${year - 1}-10-01`),
          lte(bodySessions.heldOn, `${year}-02-20`),
        ),
      )
      .orderBy(desc(bodySessions.heldOn))
      .limit(1);
    await tx.insert(legalRegulationVersions).values({
      regulationId: reg.id,
      label: String(year),
      approvedOn: session?.heldOn ?? null,
      approvalSessionId: session?.id ?? null,
      gazettePublicationId: notice?.id ?? null,
      inForceFrom: `${year}-02-22`,
    });
  }
  return opinions;
}
