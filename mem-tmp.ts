import { createRequire } from 'node:module';
const req = createRequire('/tmp/pngtest/package.json');
const { Transformer } = req('@napi-rs/image');
import { createCanvas } from '@napi-rs/canvas';
const [ct, ft] = (process.argv[2] ?? '0,0').split(',').map(Number);
const r = (l: string) => { const m = process.memoryUsage(); console.log(l.padEnd(14), 'rss', (m.rss / 2 ** 20).toFixed(0), 'ext', (m.external / 2 ** 20).toFixed(0)); };
const share = await import('/work/main/src/lib/share-image.ts');
await share.renderShareImage({ headline: 'x', kicker: 'Dunia', siteName: 'Warta', footer: 'x.id' });
r('start');
const c = createCanvas(1200, 630); const ctx = c.getContext('2d');
const t0 = performance.now(); const cpu0 = process.cpuUsage(); let size = 0; let peak = 0;
for (let i = 0; i < 300; i++) {
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 1200, 630); ctx.fillStyle = '#a3121b'; ctx.fillRect(0, 0, 1200, 24);
  ctx.fillStyle = '#1a1a1a'; ctx.font = '700 56px "Warta Noto Serif"';
  for (let l = 0; l < 4; l++) ctx.fillText('Menhan Rusia kunjungi Korea Utara untuk ' + i + ' kali', 72, 140 + l * 66);
  const png = await Transformer.fromRgbaPixels(c.data(), 1200, 630).png({ compressionType: ct, filterType: ft });
  size = png.length; peak = Math.max(peak, process.memoryUsage().rss);
}
const cpu = process.cpuUsage(cpu0);
console.log(ct, ft, 'size', size, 'wall ms/img', ((performance.now() - t0) / 300).toFixed(2), 'cpu ms/img', ((cpu.user + cpu.system) / 1000 / 300).toFixed(2), 'peak', (peak/2**20).toFixed(0));
r('end');
