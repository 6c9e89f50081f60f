// Test images built byte by byte (imported by tests only): a JPEG with an EXIF APP1 segment that
// holds GPS tags, and a PNG with a tEXt chunk.
import zlib from 'node:zlib';

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A small baseline JPEG (structure only; enough for the segment walk) with EXIF + GPS and a comment. */
export function jpegWithExif(): Buffer {
  const jfif = segment(0xe0, Buffer.from('4a46494600010100000100010000', 'hex'));
  // "Exif\0\0" + a TIFF header with a GPS IFD pointer tag (0x8825) and the word GPS.
  const tiff = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    Buffer.from('4d4d002a00000008', 'hex'),
    Buffer.from('0001882500040000000100000000', 'hex'),
    Buffer.from('GPSLatitude 19.4326 N GPSLongitude 99.1332 W', 'latin1'),
  ]);
  const exif = segment(0xe1, tiff);
  const comment = segment(0xfe, Buffer.from('Tomada por persona X', 'latin1'));
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]));
  const sof = segment(0xc0, Buffer.from('0800010001010111 00'.replace(/\s/g, ''), 'hex'));
  const sos = segment(0xda, Buffer.from('01010000003f00', 'hex'));
  const scan = Buffer.from('d2cf20', 'hex');
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jfif,
    exif,
    comment,
    dqt,
    sof,
    sos,
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A 1×1 grey PNG with a tEXt chunk naming a place. */
export function tinyPng(): Buffer {
  const ihdr = Buffer.from('0000000100000001080000000000', 'hex').subarray(0, 13);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from('Location\0Colonia Centro', 'latin1')),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 0x80]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
