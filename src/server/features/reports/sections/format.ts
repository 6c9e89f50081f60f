// Cell formatting as the seed prints it: a dash for zero in the case tables, thousands with a comma.
export function dash(n: number): string {
  return n === 0 ? '-' : n.toLocaleString('en-US');
}

export function num(n: number): string {
  return n.toLocaleString('en-US');
}
