import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * A4 sheets of adhesive device labels: 3 columns × 8 rows of 70 × 36 mm labels, 4.5 mm top and
 * bottom margins, no side margins and no gaps (the common "24 per sheet" A4 label paper, e.g.
 * Avery 3475 / Herma 4453). Each label holds the QR code (error correction M, 30 mm) of the
 * device's URL, the model, the serial number and the customer's name (Noto Sans SC, as the quote
 * PDF). Text is clipped to its box, so hostile names cannot spill over neighbouring labels.
 */
export const LABEL_LAYOUT = {
  columns: 3,
  rows: 8,
  labelWidthMm: 70,
  labelHeightMm: 36,
  marginTopMm: 4.5,
  marginLeftMm: 0,
  qrSizeMm: 30,
  paddingMm: 3,
} as const;

export const LABELS_PER_PAGE = LABEL_LAYOUT.columns * LABEL_LAYOUT.rows;

export interface LabelInput {
  url: string;
  model: string;
  serialNo: string;
  customerName: string;
}

const MM = 72 / 25.4;

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
  fonts ??= {
    regular: fs.readFileSync(path.join(fontDir, 'NotoSansHans-Regular.otf')),
    bold: fs.readFileSync(path.join(fontDir, 'NotoSansHans-Bold.otf')),
  };
  return fonts;
}

/** Control characters out, long text cut: what is printed on a label. */
const printable = (text: string, max: number) => {
  // Control characters and bidirectional overrides become spaces.
  const clean = [...text]
    .map((c) => {
      const code = c.codePointAt(0)!;
      return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ? ' ' : c;
    })
    .join('')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

export async function renderLabelsPdf(labels: LabelInput[], now: Date): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const qrs = await Promise.all(labels.map((l) => QRCode.toBuffer(l.url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 })));
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: '设备二维码标签', CreationDate: now, ModDate: now } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const L = LABEL_LAYOUT;
  const w = L.labelWidthMm * MM;
  const h = L.labelHeightMm * MM;
  const pad = L.paddingMm * MM;
  const qr = L.qrSizeMm * MM;
  labels.forEach((label, i) => {
    const slot = i % LABELS_PER_PAGE;
    if (slot === 0) doc.addPage({ size: 'A4', margin: 0 });
    const x = L.marginLeftMm * MM + (slot % L.columns) * w;
    const y = L.marginTopMm * MM + Math.floor(slot / L.columns) * h;
    doc.image(qrs[i], x + pad, y + (h - qr) / 2, { width: qr, height: qr });
    const tx = x + pad + qr + pad * 0.7;
    const tw = w - (tx - x) - pad;
    const box = (text: string, font: 'regular' | 'bold', size: number, ty: number, lines: number) => {
      doc.save();
      doc.rect(tx, ty, tw, size * 1.35 * lines).clip();
      doc
        .font(font)
        .fontSize(size)
        .fillColor('black')
        .text(text, tx, ty, { width: tw, height: size * 1.35 * lines, ellipsis: true, lineGap: 0 });
      doc.restore();
    };
    box(printable(label.model, 40), 'bold', 9, y + pad, 1);
    box(`SN ${printable(label.serialNo, 40)}`, 'regular', 8, y + pad + 14, 1);
    box(printable(label.customerName, 60), 'regular', 7.5, y + pad + 27, 3);
    box('扫码查看设备与维保', 'regular', 6, y + h - pad - 8, 1);
  });
  if (labels.length === 0) doc.addPage({ size: 'A4', margin: 0 });
  doc.end();
  return done;
}
