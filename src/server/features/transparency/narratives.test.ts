// The §7.1, §7.1.2, §7.2 and §7.4 texts of seed 003 (L521–562), rebuilt from the records the unit
// keeps; the expected strings are the seed's own sentences.
import { describe, expect, it } from 'vitest';
import {
  committeeStepParagraphs,
  openGovernmentParagraphs,
  portalParagraphs,
  sessionParagraphs,
  sipotParagraph,
  sipotPeriod,
  withArticle,
} from './narratives.js';

const INFO =
  'Instituto de Transparencia, Acceso a la Información Pública, Protección de Datos Personales y Rendición de Cuentas de la Ciudad de México';

describe('seed 003 §7 narratives', () => {
  it('§7.1 portals', () => {
    expect(
      portalParagraphs([
        {
          text: `Generación de usuarios y contraseñas en la Plataforma del ${INFO}, mismo que fueron asignados para la estructura del MPI CDMX`,
        },
      ]),
    ).toEqual([
      `Durante el periodo a reportar se realizó la Generación de usuarios y contraseñas en la Plataforma del ${INFO}, mismo que fueron asignados para la estructura del MPI CDMX.`,
    ]);
  });

  it('§7.1.2 SIPOT', () => {
    expect(sipotParagraph([{ period: '2023-Q4', area: 'Coordinación de Administración y Finanzas' }], true)).toBe(
      'De igual forma se llevó a cabo la actualización del SIPOT, correspondiente al cuarto trimestre del año 2023, misma que fue efectuada por la Coordinación de Administración y Finanzas, en la Plataforma Nacional de Transparencia, así como en la Plataforma Local.',
    );
    // Without a §7.1 paragraph before it, several formats of one quarter and two areas.
    expect(
      sipotParagraph(
        [
          { period: '2024-Q1', area: 'Dirección General' },
          { period: '2024-Q1', area: 'Coordinación de Asuntos Jurídicos' },
          { period: '2024-Q1', area: 'Dirección General' },
        ],
        false,
      ),
    ).toBe(
      'Se llevó a cabo la actualización del SIPOT, correspondiente al primer trimestre del año 2024, misma que fue efectuada por la Coordinación de Asuntos Jurídicos y la Dirección General, en la Plataforma Nacional de Transparencia, así como en la Plataforma Local.',
    );
    expect(sipotParagraph([], true)).toBeNull();
    expect(sipotPeriod('2024-H2')).toBe('segundo semestre del año 2024');
    expect(withArticle('Área de Sistemas')).toBe('el Área de Sistemas');
  });

  it('§7.2 Comité de Transparencia: the session with its topics, then the integration steps', () => {
    const session = sessionParagraphs({
      kind: 'extraordinary',
      ordinal: 1,
      heldOn: '2024-01-31',
      topics: 'Presentación, votación y aprobación de los nuevos integrantes de dicho Comité.',
    });
    expect(session).toEqual([
      'El 31 de enero del 2024, se llevó a cabo la Primera Sesión Extraordinaria del Comité de Transparencia. En dicha sesión se abordaron los siguientes temas:',
      '• Presentación, votación y aprobación de los nuevos integrantes de dicho Comité.',
    ]);
    const steps = committeeStepParagraphs(
      [
        {
          occurredOn: '2024-02-09',
          verb: 'carried_out',
          text: 'la elaboración de los formatos A y B para la actualización del Comité de Transparencia del MPI CDMX',
        },
        {
          occurredOn: '2024-02-15',
          verb: 'received',
          text: 'oficio del INFO CDMX donde se notifica visto bueno a la integración del Comité de Transparencia',
        },
      ],
      true,
    );
    expect(steps[0]).toBe(
      'Por otra parte, el 09 de febrero del 2024, se llevó a cabo la elaboración de los formatos A y B para la actualización del Comité de Transparencia del MPI CDMX.',
    );
    // The seed's sentence ends without its period (L536); the generated one closes it.
    expect(steps[1]).toBe(
      'Asimismo, se informa que, con fecha de 15 de febrero de 2024, se recibió oficio del INFO CDMX donde se notifica visto bueno a la integración del Comité de Transparencia.',
    );
    expect(sessionParagraphs({ kind: 'ordinary', ordinal: 4, heldOn: '2024-12-02', topics: '' })).toEqual([
      'El 02 de diciembre del 2024, se llevó a cabo la Cuarta Sesión Ordinaria del Comité de Transparencia.',
    ]);
  });

  it('§7.4 Gobierno Abierto: the lead and the four activities', () => {
    const items = [
      'Se participó en el evento “La protección de datos personales, una proyección hacia el futuro: Inteligencia artificial y derechos digitales”.',
      'Elaboración del Informe de Gestión de 5 años del área correspondiente.',
      'Generación de la ficha informativa sobre la información reservada y confidencial del periodo 2019 a 2023.',
      `Participación en la Caravana archivística del ${INFO}, misma que se llevó a cabo el 14 de febrero de 2024.`,
    ];
    expect(openGovernmentParagraphs(items.map((text) => ({ text })))).toEqual([
      'En este rubro se comunica que con la finalidad de cumplir con los principios de transparencia se realizaron las siguientes actividades:',
      ...items.map((t) => `• ${t}`),
    ]);
    expect(openGovernmentParagraphs([])).toEqual([]);
  });
});
