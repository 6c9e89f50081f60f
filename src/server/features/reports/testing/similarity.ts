// Text similarity for the seed comparison: the Dice coefficient of the word-bigram multisets of
// two texts after normalisation (case, accents kept, markdown and punctuation dropped). 1 means the
// same words in the same order; a reordered or reworded sentence scores lower.
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/[“”"«»'’.,;:()¹²³⁴⁵⁶⁷•\-–*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function bigrams(s: string): Map<string, number> {
  const words = normalizeText(s).split(' ').filter(Boolean);
  const out = new Map<string, number>();
  const grams = words.length === 1 ? words : words.slice(1).map((w, i) => `${words[i]} ${w}`);
  for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}
