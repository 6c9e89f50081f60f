/**
 * Limits checked before a spreadsheet is parsed (issue 17, item 7): a 1 MB XLSX can hold a 1 GiB
 * image, and exceljs inflates every part in memory on the server's thread. The ZIP central
 * directory states each part's uncompressed size; reading it costs microseconds.
 */
export const MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;
/** Data rows per sheet (the historical record is about 10k rows in all). */
export const MAX_ROWS = 50_000;

/** The sum of the uncompressed sizes the ZIP declares, or a reason to refuse it. */
export function zipUncompressedBytes(buffer: Buffer): { ok: true; bytes: number } | { ok: false; message: string } {
  const refuse = (message: string) => ({ ok: false as const, message });
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the end.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refuse('el archivo no es un XLSX válido');
  const entries = buffer.readUInt16LE(eocd + 10);
  const cdOffset = buffer.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) return refuse('el archivo XLSX es demasiado grande');
  if (entries > MAX_ZIP_ENTRIES) return refuse('el archivo XLSX tiene demasiadas partes');
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== 0x02014b50)
      return refuse('el archivo no es un XLSX válido');
    const size = buffer.readUInt32LE(p + 24);
    if (size === 0xffffffff) return refuse('el archivo XLSX es demasiado grande');
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES)
      return refuse(
        `el archivo XLSX ocupa más de ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB sin comprimir (¿tiene imágenes?); guarde sólo los datos`,
      );
    p += 46 + buffer.readUInt16LE(p + 28) + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
  }
  return { ok: true, bytes: total };
}

/** Lines in a text file, counted without building strings (a CSV row is at least one line). */
export function countLines(buffer: Buffer): number {
  let n = 1;
  for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) n++;
  return n;
}

export const tooManyRows = () =>
  `el archivo tiene más de ${MAX_ROWS.toLocaleString('es-MX')} filas; divídalo en varios archivos`;
