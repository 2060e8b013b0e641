import sharp from 'sharp';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
const share = await import('/work/main/src/lib/share-image.ts');
await share.renderShareImage({ headline: 'x', kicker: 'Dunia', siteName: 'Warta', footer: 'x.id' });
const c = createCanvas(1200, 630); const ctx = c.getContext('2d');
const modes: Record<string, (d: Buffer) => Promise<Buffer>> = {
  rgba3: (d) => sharp(d, { raw: { width: 1200, height: 630, channels: 4 } }).png({ compressionLevel: 3 }).toBuffer(),
  rgb3: (d) => sharp(d, { raw: { width: 1200, height: 630, channels: 4 } }).removeAlpha().png({ compressionLevel: 3 }).toBuffer(),
  rgb6: (d) => sharp(d, { raw: { width: 1200, height: 630, channels: 4 } }).removeAlpha().png({ compressionLevel: 6 }).toBuffer(),
  rgb3adapt: (d) => sharp(d, { raw: { width: 1200, height: 630, channels: 4 } }).removeAlpha().png({ compressionLevel: 3, adaptiveFiltering: true }).toBuffer(),
  pal: (d) => sharp(d, { raw: { width: 1200, height: 630, channels: 4 } }).png({ palette: true, effort: 1, compressionLevel: 3 }).toBuffer(),
  pal64: (d) => sharp(d, { raw: { width: 1200, height: 630, channels: 4 } }).png({ palette: true, colours: 64, effort: 1, compressionLevel: 6 }).toBuffer(),
};
for (const [name, enc] of Object.entries(modes)) {
  const t0 = performance.now(); const cpu0 = process.cpuUsage(); let size = 0;
  for (let i = 0; i < 150; i++) {
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 1200, 630); ctx.fillStyle = '#a3121b'; ctx.fillRect(0, 0, 1200, 24);
    ctx.fillStyle = '#1a1a1a'; ctx.font = '700 56px "Warta Noto Serif"';
    for (let l = 0; l < 4; l++) ctx.fillText('Menhan Rusia kunjungi Korea Utara untuk ' + i + ' kali', 72, 140 + l * 66);
    size += (await enc(c.data())).length;
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(name.padEnd(10), 'KB', (size / 150 / 1024).toFixed(1), 'wall ms', ((performance.now() - t0) / 150).toFixed(2), 'cpu ms', ((cpu.user + cpu.system) / 1000 / 150).toFixed(2));
}
