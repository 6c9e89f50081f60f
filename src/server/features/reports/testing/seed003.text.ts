// The text of seed 003 (tests/fixtures/seed003.text.txt) split for the comparison tests: its top-level
// sections by title, and its Cuadros as rows of tab-separated cells.
import fs from 'node:fs';
import path from 'node:path';

/** Seed 003 as extracted text (a copy of shared/seeds/003_bd11ee5f1c02b3bf.txt, byte for byte). */
export function seed003Text(): string {
  return fs.readFileSync(path.resolve('tests/fixtures/seed003.text.txt'), 'utf8');
}

const TOP = /^(\d{1,2})\.\s+([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .,]+?)\.?\s*$/;

/** Top-level sections of a report's body text (after the opening sentence), by title. */
export function splitSections(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let title: string | null = null;
  let lines: string[] = [];
  for (const line of body.split('\n')) {
    const m = TOP.exec(line.trim());
    if (m) {
      if (title) out.set(title, lines.join('\n'));
      title = m[2]!.trim();
      lines = [];
    } else if (title) lines.push(line);
  }
  if (title) out.set(title, lines.join('\n'));
  return out;
}

/** The body of the seed: everything after the contents page (from the opening sentence). */
export function seedBody(text: string): string {
  return text.slice(text.indexOf('Primer informe bimestral'));
}

/** The seed's Cuadros in order of appearance: number, title and the tab-separated rows under it. */
export function seedTables(text: string): Array<{ number: number; title: string; rows: string[][] }> {
  const lines = seedBody(text).split('\n');
  const out: Array<{ number: number; title: string; rows: string[][] }> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^CUADRO (\d+)\.\s*(.*?)\s*$/.exec(lines[i]!.split('\t')[0]!);
    if (!m) continue;
    const rows: string[][] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (/^(Fuente:|\*Corte|\*Información|CUADRO )/.test(l.trim())) break;
      if (l.includes('\t')) rows.push(l.split('\t').map((c) => c.trim()));
    }
    out.push({ number: Number(m[1]), title: m[2]!, rows });
  }
  return out;
}
