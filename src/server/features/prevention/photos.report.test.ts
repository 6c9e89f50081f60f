// §9 photo annex with images: downscaling, the DOCX image part, the PDF image, the web-less
// public version (no photos) — from a photo stored on a liaison event of the period.
import crypto from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import jpeg from 'jpeg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import type { BimonthlyReport, ImageBlock } from '../reports/api.js';
import { reportImage } from '../reports/api.js';
import { writeDocument } from '../reports/documents/index.js';
import { MAX_IMAGE_WIDTH } from '../reports/images.js';
import { publicDocument } from '../reports/public.js';
import { DEFAULT_INSTITUTION, type ReportDocument } from '../reports/report.model.js';
import { preventionLiaisonActivities, preventionPhotos } from './prevention.schema.js';
import { photosSection } from './prevention.section.js';

const PERIOD = { from: '2024-01-01', to: '2024-02-29' };
const CAPTION = 'Mesa de Trabajo “Acuerdo de Escazú”';

/** A real (decodable) PNG: coloured bands, so a blank rendering would be noticed. */
function photo(width: number, height: number): Buffer {
  const bands = ['#9F2241', '#235B4E', '#BC955C', '#10312B']
    .map((c, i) => `<rect x="${(i * width) / 4}" y="0" width="${width / 4}" height="${height}" fill="${c}"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${bands}</svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

const decodeJpeg = (b: Buffer) => jpeg.decode(b, { useTArray: true });
const jpegSize = (b: Buffer) => {
  const { width, height } = decodeJpeg(b);
  return { width, height };
};

function documentWith(blocks: ReportDocument['sections'][number]['blocks']): ReportDocument {
  return {
    title: 'Informe',
    subtitle: 'enero-febrero de 2024',
    intro: 'Introducción.',
    institution: DEFAULT_INSTITUTION,
    period: PERIOD,
    sections: [{ id: 'photos', number: '9', title: 'ANEXO FOTOGRÁFICO', blocks }],
  };
}

describe('report images', () => {
  it('downscales a large photo to at most MAX_IMAGE_WIDTH px, keeping the aspect ratio', () => {
    const block = reportImage('photos.image.1', CAPTION, photo(1200, 900), 'image/png')!;
    expect(block).toMatchObject({ kind: 'image', mime: 'image/jpeg', width: MAX_IMAGE_WIDTH, height: 360 });
    const bytes = Buffer.from(block.data, 'base64');
    expect(jpegSize(bytes)).toEqual({ width: MAX_IMAGE_WIDTH, height: 360 });
    expect(bytes.length).toBeLessThan(60 * 1024); // a JPEG, not a PNG ten times larger
    // The first band is #9F2241 (159, 34, 65): the picture is there, not a blank rendering.
    const { data } = decodeJpeg(bytes);
    const at = (20 * MAX_IMAGE_WIDTH + 20) * 4;
    expect(Math.abs(data[at]! - 159) + Math.abs(data[at + 1]! - 34) + Math.abs(data[at + 2]! - 65)).toBeLessThan(30);
  });

  it('keeps a small photo as stored and gives up (caption only) on an unreadable one', () => {
    const small = photo(200, 150);
    expect(reportImage('a', 'x', small, 'image/png')).toMatchObject({ data: small.toString('base64'), width: 200 });
    expect(reportImage('b', 'x', Buffer.from('no es una imagen'), 'image/jpeg')).toBeNull();
  });
});

describe('§9 photo annex in the documents', () => {
  let ctx: TestContext;
  let blocks: ReportDocument['sections'][number]['blocks'];

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.handle.db;
    const [event] = await db
      .insert(preventionLiaisonActivities)
      .values({ code: 'EV-IMG-1', kind: 'event', on: '2024-02-07', institution: 'SEGOB', title: 'Acuerdo de Escazú' })
      .returning();
    const bytes = photo(1000, 750);
    await db.insert(preventionPhotos).values({
      liaisonId: event!.id,
      caption: CAPTION,
      mime: 'image/png',
      size: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      bytes,
    });
    const data = await photosSection.load({ db, period: PERIOD, core: {} as BimonthlyReport });
    blocks = photosSection.build(data, {} as never).blocks;
  });
  afterAll(() => ctx.close());

  it('puts the downscaled photo before its caption, by month', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'image', 'paragraph']);
    const image = blocks[1] as ImageBlock;
    expect(image).toMatchObject({ caption: CAPTION, width: MAX_IMAGE_WIDTH, height: 360 });
    expect(blocks[2]).toMatchObject({ kind: 'paragraph', text: CAPTION });
  });

  it('writes an image part in the DOCX and an image in the PDF', async () => {
    const doc = documentWith(blocks);
    const zip = await JSZip.loadAsync(await writeDocument(doc, 'docx'));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const stored = await zip.file(media[0]!)!.async('nodebuffer');
    expect(jpegSize(stored)).toEqual({ width: MAX_IMAGE_WIDTH, height: 360 });
    expect(await zip.file('word/document.xml')!.async('string')).toContain('descr="Mesa de Trabajo');

    const pdf = (await writeDocument(doc, 'pdf')).toString('latin1');
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
    expect(pdf).toMatch(new RegExp(`/Width ${MAX_IMAGE_WIDTH}\\b`));
    const withoutPhoto = (await writeDocument(documentWith(blocks.filter((b) => b.kind !== 'image')), 'pdf')).toString(
      'latin1',
    );
    expect(withoutPhoto).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('leaves the photos out of the public version', async () => {
    const pub = publicDocument(documentWith(blocks));
    expect(pub.sections[0]!.blocks.some((b) => b.kind === 'image')).toBe(false);
    const zip = await JSZip.loadAsync(await writeDocument(pub, 'docx'));
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(false);
  });
});
