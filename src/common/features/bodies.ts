import { defineSharedFeature } from '../feature.js';

/**
 * Collegiate bodies (Junta de Gobierno, CEM, Consejo Consultivo, …): sessions, agendas,
 * agreements, members and minutes. Writes are further limited per body to its technical
 * secretariat (the service checks `secretariatRoles` of the catalogue); CEM agendas name cases
 * and are shown in full only to the case roles.
 */
export const bodiesShared = defineSharedFeature({
  name: 'bodies',
  policies: {
    'bodies.read': ['dg', 'admin', 'planning', 'board', 'transparency', 'legal', 'caf', 'cdemp'],
    'bodies.write': ['dg', 'legal', 'cdemp', 'planning', 'transparency', 'caf'],
    'bodies.members.personal': ['dg', 'admin'],
  },
  errors: {
    bodies_not_secretariat: {
      es: 'Sólo la secretaría técnica de este órgano puede registrar o modificar su información.',
      en: "Only this body's technical secretariat can record or change its information.",
    },
    bodies_quorum_reason_required: {
      es: 'No hay quórum: para marcar la sesión como celebrada registre el motivo.',
      en: 'There is no quorum: record the reason to mark the session as held.',
    },
    bodies_session_not_held: {
      es: 'La sesión aún no se ha celebrado.',
      en: 'The session has not been held yet.',
    },
    bodies_restricted: {
      es: 'Esta información del órgano sólo está disponible para el personal que atiende casos.',
      en: "This body's information is available only to case staff.",
    },
    bodies_file_type: {
      es: 'El archivo debe ser PDF o DOCX.',
      en: 'The file must be a PDF or a DOCX.',
    },
    bodies_file_too_large: {
      es: 'El archivo supera el tamaño máximo de 10 MB.',
      en: 'The file exceeds the maximum size of 10 MB.',
    },
    bodies_member_not_in_body: {
      es: 'La persona integrante indicada no corresponde a este órgano.',
      en: 'The member does not belong to this body.',
    },
  },
});
