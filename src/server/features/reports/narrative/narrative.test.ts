import { describe, expect, it } from 'vitest';
import { SEED003_REPORT } from '../testing/seed003.expected.js';
import type { InformationRequests, Measures, Row } from '../report.contract.js';
import { bucketParagraph, casesPhrase, identityPhrase, measuresParagraph, profilePhrase } from './cases.narrative.js';
import { cutNote, sourceNote } from './notes.js';
import { requestsParagraph } from './requests.narrative.js';
import { count, joinList, longDate, numberWord, periodLabel, periodNoun } from './spanish.js';

const g = (woman: number, man: number, lgbttti: number, collective: number) => ({
  woman,
  man,
  lgbttti,
  collective,
  cases: woman + man + lgbttti + collective,
});
const row = (d: ReturnType<typeof g>, j: ReturnType<typeof g>): Row => ({
  defender: d,
  journalist: j,
  total: d.cases + j.cases,
});
const period = { from: '2024-01-01', to: '2024-02-29' };

describe('Spanish wording', () => {
  it('writes numbers under ten in words with gender, ten and above in digits', () => {
    expect(numberWord(1, 'f')).toBe('una');
    expect(numberWord(1, 'm')).toBe('un');
    expect(numberWord(9, 'm')).toBe('nueve');
    expect(numberWord(10, 'm')).toBe('10');
    expect(numberWord(3217, 'f')).toBe('3,217');
    expect(count(1, 'caso', 'casos', 'm')).toBe('un caso');
    expect(count(0, 'caso', 'casos', 'm')).toBe('cero casos');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b y c');
    expect(joinList(['a'])).toBe('a');
  });

  it('formats dates and periods', () => {
    expect(longDate('2024-02-29')).toBe('29 de febrero de 2024');
    expect(longDate('2024-02-09')).toBe('09 de febrero de 2024');
    expect(periodLabel('2024-01-01', '2024-02-29')).toBe('enero-febrero de 2024');
    expect(periodLabel('2023-12-01', '2024-01-31')).toBe('diciembre de 2023-enero de 2024');
    expect(periodNoun('2024-01-01', '2024-02-29')).toBe('el bimestre');
    expect(periodNoun('2024-01-01', '2024-03-31')).toBe('el trimestre');
    expect(periodNoun('2024-01-01', '2024-02-28')).toBe('el periodo');
    expect(cutNote('2024-02-29')).toBe('*Corte con fecha al 29 de febrero de 2024.');
    expect(sourceNote()).toBe('Fuente: Elaboración propia con información del MPI CDMX.');
  });
});

describe('cases narrative', () => {
  it('reproduces the wording of seed 003 §2.3', () => {
    const followUp = row(g(1, 0, 0, 2), g(0, 1, 0, 0));
    expect(casesPhrase(followUp)).toBe(
      'cuatro casos; del total, tres casos corresponden a personas defensoras de derechos humanos y un caso a persona periodista o colaboradora, siendo una mujer, un hombre y dos casos colectivos',
    );
    expect(bucketParagraph('incorporationFollowUp', followUp, period, [1, 2])).toBe(
      'Como parte de los seguimientos a casos incorporados en años anteriores, durante el bimestre se dio seguimiento a cuatro casos; del total, tres casos corresponden a personas defensoras de derechos humanos y un caso a persona periodista o colaboradora, siendo una mujer, un hombre y dos casos colectivos. Gráficas 1 y 2.',
    );
  });

  it('names LGBTTTI cases and uses digits from ten (seed 003 §2.5 and §2.7)', () => {
    expect(identityPhrase(row(g(4, 1, 2, 3), g(0, 3, 0, 0)))).toBe(
      'cuatro mujeres, cuatro hombres, dos casos de personas que indicaron pertenecer a la comunidad LGBTTTI y tres casos colectivos',
    );
    const collab = row(g(8, 0, 0, 5), g(3, 9, 0, 3));
    expect(profilePhrase(collab)).toBe(
      '13 casos corresponden a personas defensoras de derechos humanos y 15 casos a personas periodistas o colaboradoras',
    );
    expect(identityPhrase(collab)).toBe('11 mujeres, nueve hombres y ocho casos colectivos');
  });

  it('reproduces the wording of seed 003 §2.6 (collaborations with the federal mechanism)', () => {
    expect(bucketParagraph('federalCollaboration', row(g(2, 0, 0, 0), g(0, 1, 0, 0)), period, [7, 8])).toBe(
      'Durante el bimestre el MPI CDMX colaboró en tres casos incorporados al Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas de la Secretaría de Gobernación, referidos al MPI CDMX por primera vez para brindar medidas de colaboración. Del total, dos casos corresponden a personas defensoras de derechos humanos y un caso a persona periodista o colaboradora, siendo dos mujeres y un hombre. Gráficas 7 y 8.',
    );
    expect(bucketParagraph('incorporation', row(g(0, 0, 0, 0), g(0, 0, 0, 0)), period, [], 'IP')).toBe(
      'En el bimestre, no hubo incorporaciones al IP.',
    );
  });

  it('handles a single profile and an empty row', () => {
    expect(profilePhrase(row(g(1, 0, 0, 0), g(0, 0, 0, 0)))).toBe(
      'el caso corresponde a persona defensora de derechos humanos',
    );
    expect(profilePhrase(row(g(0, 0, 0, 0), g(1, 1, 0, 0)))).toBe(
      'todos corresponden a personas periodistas o colaboradoras',
    );
    expect(bucketParagraph('incorporation', row(g(0, 0, 0, 0), g(0, 0, 0, 0)), period)).toBe(
      'En el bimestre, no hubo incorporaciones al MPI CDMX.',
    );
  });

  it('summarises measures by type', () => {
    // Seed 003's Cuadro 6 totals by type (rows do not matter here).
    const m: Measures = { ...SEED003_REPORT.measures, rows: [] };
    expect(measuresParagraph(m, 4, 11)).toContain(
      'siendo un total de 127 medidas con 3,217 acciones, desagregadas de la siguiente manera: 63 medidas preventivas, 53 medidas de protección y 11 medidas de carácter social.',
    );
    expect(measuresParagraph(m, 4, 11)).toMatch(/^En el Cuadro 4\. Medidas otorgadas y la Gráfica 11\./);
  });
});

describe('requests narrative', () => {
  const r = (
    received: number,
    pub: number,
    arco: number,
    admissible: number,
    inadmissible: number,
  ): InformationRequests => ({
    rows: [],
    total: { received, public: pub, arco, admissible, inadmissible },
  });

  it('reproduces seed 003 §7.3 with numbers under ten in words', () => {
    expect(requestsParagraph(r(14, 14, 0, 10, 4), period)).toBe(
      'Se comunica que, durante el bimestre, se recibieron 14 solicitudes de información, siendo de estas 10 procedentes, mientras que las cuatro restantes fueron improcedentes, orientando a las personas solicitantes; no se omite señalar que todas fueron públicas.',
    );
  });

  it('mentions pending and ARCO requests', () => {
    const text = requestsParagraph(r(3, 2, 1, 1, 0), period);
    expect(text).toContain('se recibieron tres solicitudes de información');
    expect(text).toContain('dos siguen en trámite');
    expect(text).toContain('dos fueron públicas y una de derechos ARCO');
    expect(requestsParagraph(r(0, 0, 0, 0, 0), period)).toContain('no se recibieron solicitudes');
  });
});
