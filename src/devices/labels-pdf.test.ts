import { describe, expect, it } from 'vitest';
import { LABEL_LAYOUT, LABELS_PER_PAGE, renderLabelsPdf } from './labels-pdf.js';

describe('label sheets', () => {
  it('fit 3 × 8 labels of 70 × 36 mm on A4 (210 × 297 mm) with equal top and bottom margins', () => {
    expect(LABELS_PER_PAGE).toBe(24);
    expect(LABEL_LAYOUT.columns * LABEL_LAYOUT.labelWidthMm + 2 * LABEL_LAYOUT.marginLeftMm).toBe(210);
    expect(LABEL_LAYOUT.rows * LABEL_LAYOUT.labelHeightMm + 2 * LABEL_LAYOUT.marginTopMm).toBe(297);
  });

  it('renders one page per 24 labels, hostile names included', async () => {
    const labels = Array.from({ length: 25 }, (_, i) => ({
      url: `https://sales.example.com/d/token${String(i).padStart(17, '0')}`,
      model: 'PK-2000',
      serialNo: `SN-${i}`,
      customerName: i === 0 ? '苏州\u202e恒瑞\u0007精密机械有限公司'.repeat(5) : '苏州恒瑞精密机械有限公司',
    }));
    const pdf = await renderLabelsPdf(labels, new Date('2026-11-23T02:00:00Z'));
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(2);
  });
});
