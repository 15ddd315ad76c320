import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { amountInWords } from './amount-words.js';
import type { QuoteLine, QuoteTotals } from './quote-rules.js';

/**
 * The quote as a PDF (A4): the company header from the playbook, the customer, the items, the
 * totals with tax and the total in words (大写金额). Chinese text is set in Noto Sans SC (SIL Open
 * Font License), shipped by the npm package @embedpdf/fonts-sc; only the glyphs used are embedded.
 */
export interface QuotePdfInput {
  companyName: string;
  companyDetails: string;
  number: string;
  version: number;
  customerName: string;
  opportunityName: string;
  ownerName: string | null;
  /** Local dates, YYYY-MM-DD. */
  issuedOn: string;
  validUntil: string;
  lines: QuoteLine[];
  totals: QuoteTotals;
  terms: string | null;
  notes: string | null;
}

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
  fonts ??= {
    regular: fs.readFileSync(path.join(fontDir, 'NotoSansHans-Regular.otf')),
    bold: fs.readFileSync(path.join(fontDir, 'NotoSansHans-Bold.otf')),
  };
  return fonts;
}

const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function renderQuotePdf(input: QuotePdfInput, now: Date): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: `报价单 ${input.number}`, Author: input.companyName, CreationDate: now, ModDate: now },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font('bold').fontSize(18).text(input.companyName, { align: 'center' });
  if (input.companyDetails) doc.font('regular').fontSize(9).fillColor('#555555').text(input.companyDetails, { align: 'center' }).fillColor('black');
  doc.moveDown(0.6);
  doc.font('bold').fontSize(15).text('报 价 单  QUOTATION', { align: 'center' });
  doc.moveDown(0.6);

  const meta: [string, string][] = [
    ['报价单号 No.', `${input.number}（第 ${input.version} 版）`],
    ['客户 Customer', input.customerName],
    ['项目 Opportunity', input.opportunityName],
    ['报价日期 Date', input.issuedOn],
    ['有效期至 Valid until', input.validUntil],
    ['销售代表 Sales', input.ownerName ?? '—'],
  ];
  doc.fontSize(10);
  for (const [label, value] of meta) {
    const y = doc.y;
    doc.font('bold').text(label, left, y, { width: 120 });
    doc.font('regular').text(value, left + 125, y, { width: width - 125 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.6);

  // The items: columns as fractions of the width.
  const columns = [
    { title: '序号', w: 0.06, align: 'center' as const, value: (_l: QuoteLine, i: number) => String(i + 1) },
    { title: 'SKU', w: 0.13, align: 'left' as const, value: (l: QuoteLine) => l.sku },
    { title: '品名', w: 0.25, align: 'left' as const, value: (l: QuoteLine) => l.name },
    { title: '单位', w: 0.06, align: 'center' as const, value: (l: QuoteLine) => l.unit },
    { title: '数量', w: 0.08, align: 'right' as const, value: (l: QuoteLine) => String(l.quantity) },
    { title: '单价', w: 0.14, align: 'right' as const, value: (l: QuoteLine) => money(l.unitPrice) },
    { title: '折扣', w: 0.08, align: 'right' as const, value: (l: QuoteLine) => (l.discountPct ? `${l.discountPct}%` : '—') },
    { title: '金额', w: 0.2, align: 'right' as const, value: (l: QuoteLine) => money(l.amount) },
  ];
  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(9);
    const heights = cells.map((text, c) => doc.heightOfString(text, { width: columns[c].w * width - 6 }));
    const height = Math.max(...heights) + 8;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((text, c) => {
      const w = columns[c].w * width;
      doc.rect(x, y, w, height).strokeColor('#999999').lineWidth(0.5).stroke();
      doc.fillColor('black').text(text, x + 3, y + 4, { width: w - 6, align: columns[c].align });
      x += w;
    });
    doc.x = left;
    doc.y = y + height;
  };
  row(
    columns.map((c) => c.title),
    'bold',
  );
  input.lines.forEach((line, i) =>
    row(
      columns.map((c) => c.value(line, i)),
      'regular',
    ),
  );
  doc.moveDown(0.8);

  const totals: [string, string][] = [
    ['小计（不含税）Subtotal', `¥ ${money(input.totals.subtotal)}`],
    [`税额 Tax (${Math.round(input.totals.taxRate * 10000) / 100}%)`, `¥ ${money(input.totals.tax)}`],
    ['合计（含税）Total', `¥ ${money(input.totals.total)}`],
  ];
  doc.fontSize(10);
  for (const [label, value] of totals) {
    const y = doc.y;
    doc.font('bold').text(label, left + width * 0.45, y, { width: width * 0.3 });
    doc.font('regular').text(value, left + width * 0.75, y, { width: width * 0.25, align: 'right' });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.4);
  doc.x = left;
  doc
    .font('bold')
    .fontSize(11)
    .text(`大写金额：人民币${amountInWords(input.totals.total)}`, left, doc.y, { width });
  doc.moveDown(0.8);
  if (input.terms) {
    doc.font('bold').fontSize(10).text('条款 Terms', left, doc.y, { width });
    doc.font('regular').fontSize(9).text(input.terms, { width });
    doc.moveDown(0.5);
  }
  if (input.notes) {
    doc.font('bold').fontSize(10).text('备注 Notes', left, doc.y, { width });
    doc.font('regular').fontSize(9).text(input.notes, { width });
  }
  doc.end();
  return done;
}
