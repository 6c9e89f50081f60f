// Paragraph of §7.3 (estadística de solicitudes de información) in the wording of seed 003.
import type { InformationRequests } from '../report.contract.js';
import { count, numberWord, periodNoun } from './spanish.js';

export function requestsParagraph(r: InformationRequests, period: { from: string; to: string }): string {
  const p = periodNoun(period.from, period.to);
  const t = r.total;
  if (t.received === 0) return `Se comunica que, durante ${p}, no se recibieron solicitudes de información.`;
  const received = count(t.received, 'solicitud de información', 'solicitudes de información', 'f');
  const parts = [`Se comunica que, durante ${p}, se recibieron ${received}`];
  if (t.admissible > 0)
    parts.push(`siendo de estas ${numberWord(t.admissible, 'f')} ${t.admissible === 1 ? 'procedente' : 'procedentes'}`);
  if (t.inadmissible > 0) {
    const rest =
      t.admissible > 0
        ? t.inadmissible === 1
          ? 'la restante fue improcedente'
          : `las ${numberWord(t.inadmissible, 'f')} restantes fueron improcedentes`
        : `${count(t.inadmissible, 'improcedente', 'improcedentes', 'f')}`;
    parts.push(`mientras que ${rest}, orientando a las personas solicitantes`);
  }
  const pending = t.received - t.admissible - t.inadmissible;
  if (pending > 0) parts.push(`${numberWord(pending, 'f')} ${pending === 1 ? 'sigue' : 'siguen'} en trámite`);
  let kinds: string;
  if (t.arco === 0) kinds = t.received === 1 ? 'fue pública' : 'todas fueron públicas';
  else if (t.public === 0) kinds = t.received === 1 ? 'fue de derechos ARCO' : 'todas fueron de derechos ARCO';
  else
    kinds = `${count(t.public, 'fue pública', 'fueron públicas', 'f')} y ${count(t.arco, 'de derechos ARCO', 'de derechos ARCO', 'f')}`;
  return `${parts.join(', ')}; no se omite señalar que ${kinds}.`;
}
