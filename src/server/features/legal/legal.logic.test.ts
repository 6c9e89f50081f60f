// Pure rules: the lawsuit report's due date on the transparency business-day calendar (weekends,
// LFT art. 74 holidays, published non-working days), its reminder window, validity labels,
// document sniffing and the Gazette footnote.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../transparency/calendar.js';
import {
  bimester,
  endsSoon,
  gazetteFootnote,
  lawsuitReportDue,
  lawsuitReportReminder,
  sniffDocument,
  validityLabel,
} from './legal.logic.js';

const calendar = createCalendar();

describe('lawsuit report due date: five business days after the bimester', () => {
  it.each([
    // bimester ends Thursday 29 Feb 2024 (leap year): 1, 4, 5, 6, 7 March
    [2024, 1, '2024-02-29', '2024-03-07'],
    // ends Tuesday 30 April; 1 May is Labour Day
    [2024, 2, '2024-04-30', '2024-05-08'],
    // ends Saturday 31 August: the weekend does not count
    [2024, 4, '2024-08-31', '2024-09-06'],
    // ends Tuesday 31 December; 1 January is a holiday
    [2024, 6, '2024-12-31', '2025-01-08'],
    // ends Saturday 28 February 2026
    [2026, 1, '2026-02-28', '2026-03-06'],
    // ends Thursday 30 April 2026; Friday 1 May is a holiday, then a weekend
    [2026, 2, '2026-04-30', '2026-05-08'],
  ])('%i bimester %i (ends %s) is due on %s', (year, index, to, due) => {
    const b = bimester(year, index);
    expect(b.to).toBe(to);
    expect(lawsuitReportDue(calendar, b).dueOn).toBe(due);
  });

  it('moves with a published non-working day', () => {
    const withDay = createCalendar(['2024-03-05']);
    expect(lawsuitReportDue(withDay, bimester(2024, 1)).dueOn).toBe('2024-03-08');
  });

  it('Benito Juárez day (third Monday of March) pushes a report due around it', () => {
    // Imaginary period ending Friday 15 March 2024: 19, 20, 21, 22, 25 March (18 is the holiday).
    const due = lawsuitReportDue(calendar, { year: 2024, index: 2, from: '2024-03-01', to: '2024-03-15' });
    expect(due.dueOn).toBe('2024-03-25');
  });

  it('reminds from five business days before the due day until the due day', () => {
    const due = lawsuitReportDue(calendar, bimester(2024, 1));
    expect(due.remindFrom).toBe('2024-02-29');
    expect(lawsuitReportReminder(calendar, '2024-02-28')).toBeNull();
    expect(lawsuitReportReminder(calendar, '2024-02-29')?.dueOn).toBe('2024-03-07');
    expect(lawsuitReportReminder(calendar, '2024-03-07')?.bimester.from).toBe('2024-01-01');
    expect(lawsuitReportReminder(calendar, '2024-03-08')).toBeNull();
    // Across the year: the Nov–Dec report is reminded in January.
    expect(lawsuitReportReminder(calendar, '2025-01-06')?.bimester).toMatchObject({ year: 2024, index: 6 });
  });

  it('rejects a bimester outside 1..6', () => {
    expect(() => bimester(2024, 7)).toThrow(RangeError);
  });
});

describe('printing', () => {
  it('writes the validity as seed 003 does, and both years when they differ', () => {
    expect(validityLabel('2024-01-01', '2024-09-30')).toBe('01 de enero al 30 de septiembre 2024');
    expect(validityLabel('2023-12-01', '2024-03-31')).toBe('01 de diciembre de 2023 al 31 de marzo de 2024');
  });

  it('writes the Gazette footnote in the single recommended form', () => {
    expect(gazetteFootnote({ publishedOn: '2024-02-26', page: 16, url: 'https://x.example/a.pdf' })).toBe(
      'Gaceta Oficial de la Ciudad de México, 26 de febrero de 2024, página 16, puede consultarse en: https://x.example/a.pdf',
    );
    expect(gazetteFootnote({ publishedOn: '2024-02-26', page: null, url: null })).toBe(
      'Gaceta Oficial de la Ciudad de México, 26 de febrero de 2024.',
    );
  });

  it('flags contracts ending within 30 days, not those already ended or later', () => {
    expect(endsSoon('2024-03-10', '2024-03-01')).toBe(true);
    expect(endsSoon('2024-03-31', '2024-03-01')).toBe(true);
    expect(endsSoon('2024-04-01', '2024-03-01')).toBe(false);
    expect(endsSoon('2024-02-28', '2024-03-01')).toBe(false);
  });
});

describe('document sniffing', () => {
  it('recognises PDF and DOCX by their bytes, not their names', () => {
    expect(sniffDocument(Buffer.from('%PDF-1.7 ...'))?.extension).toBe('pdf');
    const zipHead = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml word/document.xml'),
    ]);
    expect(sniffDocument(zipHead)?.extension).toBe('docx');
    // A ZIP that is not a Word document, a PNG, an HTML page.
    expect(sniffDocument(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('data.csv')]))).toBeNull();
    expect(sniffDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffDocument(Buffer.from('<html>%PDF-'))).toBeNull();
  });
});
