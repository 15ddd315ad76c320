/**
 * Draws the app's home-screen icons (web/public/icons) as real PNGs: the brand blue with three
 * rising white bars — a sales funnel read as progress. `npx tsx scripts/pwa-icons.ts` rewrites
 * them; the files are committed, so a build needs nothing of this.
 *   icon-192.png, icon-512.png    rounded square, transparent corners ("any")
 *   icon-maskable-512.png         full bleed, the bars inside the 80 % safe zone ("maskable")
 *   apple-touch-icon.png          180 px, full bleed (iOS rounds it itself)
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const OUT = path.resolve(import.meta.dirname, '..', 'web', 'public', 'icons');
const BLUE = [0x16, 0x77, 0xff];
const WHITE = [0xff, 0xff, 0xff];

function draw(size: number, { rounded, safe }: { rounded: boolean; safe: number }): Buffer {
  const png = new PNG({ width: size, height: size });
  const radius = rounded ? size * 0.18 : 0;
  // The bars: three, rising, within the central `safe` share of the icon.
  const inner = size * safe;
  const left = (size - inner) / 2;
  const top = (size - inner) / 2;
  const gap = inner * 0.08;
  const width = (inner - 2 * gap) / 3;
  const bars = [0.45, 0.7, 1].map((h, i) => ({
    x0: left + i * (width + gap),
    x1: left + i * (width + gap) + width,
    y0: top + inner * (1 - h),
    y1: top + inner,
  }));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const px = x + 0.5;
      const py = y + 0.5;
      let inside = true;
      if (radius > 0) {
        const cx = Math.min(Math.max(px, radius), size - radius);
        const cy = Math.min(Math.max(py, radius), size - radius);
        inside = (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
      }
      const bar = bars.some((b) => px >= b.x0 && px < b.x1 && py >= b.y0 && py < b.y1);
      const colour = bar ? WHITE : BLUE;
      png.data[i] = colour[0];
      png.data[i + 1] = colour[1];
      png.data[i + 2] = colour[2];
      png.data[i + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

fs.mkdirSync(OUT, { recursive: true });
const icons: [string, Buffer][] = [
  ['icon-192.png', draw(192, { rounded: true, safe: 0.56 })],
  ['icon-512.png', draw(512, { rounded: true, safe: 0.56 })],
  ['icon-maskable-512.png', draw(512, { rounded: false, safe: 0.5 })],
  ['apple-touch-icon.png', draw(180, { rounded: false, safe: 0.56 })],
];
for (const [name, bytes] of icons) fs.writeFileSync(path.join(OUT, name), bytes);
console.log(`wrote ${icons.map(([n]) => n).join(', ')} to ${path.relative(process.cwd(), OUT)}`);
