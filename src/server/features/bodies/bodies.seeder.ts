// Demo data for the bodies module: members of every body, sessions from 2021 to next year with
// agendas, attendance, agreements in every state and follow-up notes. Every name is fictional.
import { count, eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/deps.js';
import type { DemoSeeder } from '../manifest.js';
import { agendaTextColumns } from './agenda-text.js';
import { todayInMexicoCity } from './bodies.access.js';
import { BODY_CODES, BODY_PREFIX, type BodyCode } from '../../../common/features/bodies.codes.js';
import {
  bodies,
  bodyAgendaItems,
  bodyAgreementNotes,
  bodyAgreements,
  bodyAttendance,
  bodyMembers,
  bodySessions,
} from './bodies.schema.js';

const FIRST = [
  'Ana',
  'Bruno',
  'Carla',
  'Diego',
  'Elena',
  'Fausto',
  'Gabriela',
  'Hugo',
  'Irene',
  'Julián',
  'Karla',
  'León',
];
const LAST = ['Ficticia', 'Demostración', 'Ejemplar', 'Prueba', 'Muestra', 'Modelo'];

const AGENDA: Record<BodyCode, Array<['none' | 'approval' | 'information', string]>> = {
  junta_gobierno: [
    ['none', 'Lista de asistencia y declaración de quórum.'],
    ['approval', 'El informe bimestral de actividades de la Dirección General del periodo anterior.'],
    ['approval', 'Los lineamientos internos del ejercicio en curso.'],
    ['information', 'El avance del Programa Anual de Adquisiciones, Arrendamientos y Prestación de Servicios.'],
    ['information', 'El estado del ejercicio presupuestal.'],
  ],
  cem: [
    ['none', 'Lista de asistencia y declaración de quórum.'],
    ['approval', 'Planes de protección de casos de incorporación del periodo (expedientes de demostración).'],
    ['approval', 'Modificación de medidas de casos en seguimiento (expedientes de demostración).'],
    ['information', 'Evaluación de medidas vigentes.'],
  ],
  consejo_consultivo: [
    ['none', 'Presentación de las actividades de las personas consejeras.'],
    ['information', 'Los Lineamientos del Consejo Consultivo.'],
    ['information', 'Las actividades del Consejo Consultivo.'],
  ],
  mesa_multisectorial: [
    ['none', 'Presentación de la agenda de trabajo de la Mesa.'],
    ['information', 'Diagnóstico de agresiones a personas periodistas en la ciudad.'],
  ],
  comite_transparencia: [
    ['approval', 'Clasificación de información reservada de solicitudes del periodo.'],
    ['information', 'Informe de solicitudes de información recibidas.'],
  ],
  saaps: [
    ['approval', 'Calendario de sesiones del Subcomité.'],
    ['information', 'Informe de adquisiciones del trimestre.'],
  ],
  comite_archivos: [
    ['approval', 'Catálogo de disposición documental.'],
    ['information', 'Avance del programa anual de desarrollo archivístico.'],
  ],
  comite_riesgos: [
    ['approval', 'Matriz de administración de riesgos.'],
    ['information', 'Seguimiento de acciones de control interno.'],
  ],
};

const ROLES = ['presidencia', 'secretaria_tecnica', 'vocal', 'vocal', 'vocal', 'invitado_permanente'] as const;
const MONTHS_ORDINARY = ['02', '05', '08', '11'];

export async function seedBodiesDemo({ db, crypto }: Pick<AppDeps, 'db' | 'crypto'>): Promise<string[]> {
  const [existing] = await db.select({ n: count() }).from(bodySessions);
  if (Number(existing?.n ?? 0) > 0) return [];
  const today = todayInMexicoCity();
  const thisYear = Number(today.slice(0, 4));
  let sessions = 0;
  let agreements = 0;
  const restricted = new Set(
    (await db.select({ code: bodies.code }).from(bodies).where(eq(bodies.restrictedAgenda, true))).map((r) => r.code),
  );
  await db.transaction(async (tx) => {
    let n = 0;
    for (const [b, code] of BODY_CODES.entries()) {
      const members = await tx
        .insert(bodyMembers)
        .values(
          ROLES.map((role, i) => ({
            bodyCode: code,
            name: `${FIRST[(b + i) % FIRST.length]} ${LAST[(b * 2 + i) % LAST.length]} (demostración)`,
            post:
              i === 0
                ? 'Titular de la presidencia'
                : role === 'invitado_permanente'
                  ? 'Persona invitada'
                  : 'Integrante',
            institution: 'Institución de demostración',
            role,
            fromOn: '2021-01-01',
            appointment: 'designation',
            contactEnc: crypto.encrypt(`persona${b}${i}@ejemplo.invalid`),
          })),
        )
        .returning({ id: bodyMembers.id });
      if (code === 'junta_gobierno')
        members.push(
          ...(await tx
            .insert(bodyMembers)
            .values({
              bodyCode: code,
              name: 'Persona Consejera de Demostración',
              role: 'persona_consejera',
              fromOn: '2021-01-01',
              appointment: 'oath',
              representsBody: 'consejo_consultivo',
              contactEnc: crypto.encrypt('consejera@ejemplo.invalid'),
            })
            .returning({ id: bodyMembers.id })),
        );
      let agreementNumber = 0;
      for (let year = 2021; year <= thisYear + 1; year++) {
        agreementNumber = 0;
        const ordinaryMonths = code === 'cem' ? ['01', '03', '05', '07', '09', '11'] : MONTHS_ORDINARY;
        const plan: Array<{ type: 'ordinary' | 'extraordinary'; on: string }> = ordinaryMonths.map((m, i) => ({
          type: 'ordinary',
          on: `${year}-${m}-${String(10 + ((b + i) % 15)).padStart(2, '0')}`,
        }));
        if ((year + b) % 2 === 0)
          plan.push({ type: 'extraordinary', on: `${year}-06-${String(5 + b).padStart(2, '0')}` });
        plan.sort((x, y) => x.on.localeCompare(y.on));
        const ordinals = { ordinary: 0, extraordinary: 0 };
        for (const p of plan) {
          const ordinal = ++ordinals[p.type];
          const id = `${BODY_PREFIX[code]}-${year}-${p.type === 'ordinary' ? 'O' : 'E'}${ordinal}`;
          const held = p.on < today;
          await tx.insert(bodySessions).values({
            id,
            bodyCode: code,
            type: p.type,
            year,
            ordinal,
            status: held ? 'held' : 'planned',
            plannedOn: p.on,
            heldOn: held ? p.on : null,
            place: 'Sala de juntas del MPI CDMX',
            modality: n % 3 === 0 ? 'virtual' : 'in_person',
            quorumReached: held ? true : null,
          });
          sessions++;
          n++;
          await tx.insert(bodyAgendaItems).values(
            AGENDA[code].map(([group, text], i) => ({
              sessionId: id,
              position: i + 1,
              group,
              ...agendaTextColumns(restricted.has(code), text, crypto),
              outcome: held ? (group === 'approval' ? 'approved' : group === 'information' ? 'noted' : null) : null,
            })),
          );
          if (!held) continue;
          await tx
            .insert(bodyAttendance)
            .values(members.map((m, i) => ({ sessionId: id, memberId: m.id, present: (i + n) % 5 !== 0 })));
          const count = 1 + (n % 2);
          for (let k = 1; k <= count; k++) {
            const number = ++agreementNumber;
            const due = new Date(`${p.on}T12:00:00Z`);
            due.setUTCDate(due.getUTCDate() + 30 * k);
            const dueOn = due.toISOString().slice(0, 10);
            const status = dueOn < today && (n + k) % 4 !== 0 ? 'done' : (n + k) % 3 === 0 ? 'in_progress' : 'pending';
            const agreementId = `${id}-A${k}`;
            await tx.insert(bodyAgreements).values({
              id: agreementId,
              sessionId: id,
              bodyCode: code,
              year,
              number,
              position: k,
              text:
                k === 1
                  ? 'Se instruye a la secretaría técnica dar seguimiento a los temas aprobados.'
                  : 'Se acuerda presentar un informe de avance en la siguiente sesión.',
              responsible: k === 1 ? 'Secretaría técnica' : 'Dirección General',
              dueOn,
              status,
              doneOn: status === 'done' ? dueOn : null,
            });
            agreements++;
            if (status !== 'pending')
              await tx
                .insert(bodyAgreementNotes)
                .values({ agreementId, on: p.on, note: 'Se remitió oficio al área responsable.' });
          }
        }
      }
    }
  });
  return [`Órganos colegiados: ${sessions} sesiones y ${agreements} acuerdos de demostración.`];
}

export const bodiesDemoSeeder: DemoSeeder = {
  name: 'bodies',
  order: 60,
  seed: (deps) => seedBodiesDemo(deps),
};
