// The two lines the seed prints under every table and chart.
import { longDate } from './spanish.js';

export function cutNote(to: string): string {
  return `*Corte con fecha al ${longDate(to)}.`;
}

export function sourceNote(institutionShortName = 'MPI CDMX'): string {
  return `Fuente: Elaboración propia con información del ${institutionShortName}.`;
}
