import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  deliverableReminders,
  deliverablesReport,
  dueDateOf,
  monthBounds,
  monthsOverlapping,
  recipientsLabel,
  sniffEvidence,
  type DeliverableRow,
} from './deliverables.logic.js';

const d = (id: string, position: number, extra: Partial<DeliverableRow> = {}): DeliverableRow => ({
  id,
  position,
  name: `Informe ${id}`,
  recipients: ['OIC'],
  dueDay: 10,
  active: true,
  ...extra,
});

describe('calendar months', () => {
  it('lists the months that overlap a period, across years and partial months', () => {
    expect(monthsOverlapping('2024-01-01', '2024-02-29')).toEqual(['2024-01', '2024-02']);
    expect(monthsOverlapping('2023-11-15', '2024-01-03')).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(monthsOverlapping('2024-03-31', '2024-03-31')).toEqual(['2024-03']);
  });

  it('gives month bounds with leap years and the due date in the following month', () => {
    expect(monthBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(monthBounds('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(dueDateOf('2024-01', 10)).toBe('2024-02-10');
    expect(dueDateOf('2023-12', 5)).toBe('2024-01-05');
  });

  it('prints recipients joined with commas and "y"', () => {
    expect(recipientsLabel(['OIC'])).toBe('OIC');
    expect(recipientsLabel(['SAT', 'SAYF'])).toBe('SAT y SAYF');
    expect(recipientsLabel(['OIC', 'SAYF', 'SGC'])).toBe('OIC, SAYF y SGC');
  });
});

describe('deliverables report object', () => {
  it('has one row per deliverable in order, pending where nothing was recorded, and counts cells', () => {
    const catalogue = [d('B', 2), d('A', 1), d('C', 3, { active: false }), d('D', 4, { active: false })];
    const r = deliverablesReport(
      catalogue,
      [
        { deliverableId: 'A', month: '2024-01', status: 'delivered' },
        { deliverableId: 'B', month: '2024-02', status: 'in_progress' },
        { deliverableId: 'D', month: '2024-02', status: 'delivered' },
        { deliverableId: 'A', month: '2024-03', status: 'delivered' },
      ],
      { from: '2024-01-01', to: '2024-02-29' },
    );
    expect(r.months).toEqual(['2024-01', '2024-02']);
    // C is inactive with nothing in the period: left out; D is inactive but delivered in February.
    expect(r.rows).toEqual([
      { id: 'A', statuses: ['delivered', 'pending'] },
      { id: 'B', statuses: ['pending', 'in_progress'] },
      { id: 'D', statuses: ['pending', 'delivered'] },
    ]);
    expect(r.total).toEqual({ delivered: 2, in_progress: 1, pending: 3 });
  });
});

describe('reminders', () => {
  const catalogue = [d('A', 1, { dueDay: 10 }), d('B', 2, { dueDay: 20 }), d('X', 3, { active: false })];

  it('reminds of reports due within the lead days and lists overdue ones, never delivered ones', () => {
    const list = deliverableReminders(
      catalogue,
      [
        { deliverableId: 'A', month: '2024-02', status: 'in_progress' },
        { deliverableId: 'B', month: '2024-01', status: 'delivered' },
      ],
      '2024-03-07',
      5,
      '2024-01',
    );
    // B of February is due on the 20th (13 days): not yet; B of January was delivered.
    expect(list.map((r) => [r.deliverableId, r.month, r.dueOn, r.daysLeft, r.overdue, r.status])).toEqual([
      ['A', '2024-01', '2024-02-10', -26, true, 'pending'],
      ['A', '2024-02', '2024-03-10', 3, false, 'in_progress'],
    ]);
  });

  it('stops at the last finished month and honours the since month', () => {
    const list = deliverableReminders(catalogue, [], '2024-03-18', 5, '2024-02');
    // February: A overdue since the 10th, B due on the 20th (2 days). March is not over: nothing.
    expect(list.map((r) => `${r.deliverableId}:${r.month}:${r.daysLeft}`)).toEqual(['A:2024-02:-8', 'B:2024-02:2']);
  });
});

describe('evidence type from the bytes', () => {
  it('recognises PDF, XLSX and DOCX and refuses the rest whatever the name', async () => {
    expect(sniffEvidence(Buffer.from('%PDF-1.7\n%…'))).toBe('pdf');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hoja').addRow(['Entregado']);
    expect(sniffEvidence(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe('xlsx');
    const docxLike = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(26),
      Buffer.from('word/document.xml'),
    ]);
    expect(sniffEvidence(docxLike)).toBe('docx');
    const otherZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('evil.exe')]);
    expect(sniffEvidence(otherZip)).toBeNull();
    expect(sniffEvidence(Buffer.from('MZ\x90\x00 executable'))).toBeNull();
    expect(sniffEvidence(Buffer.from('<html>%PDF-'))).toBeNull();
  });
});
