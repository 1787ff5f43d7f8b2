/**
 * Draws the site's icons without a canvas or an image library (the machines are offline and the
 * shapes are simple): a brand-blue rounded square with a white check mark, the labeler's tick.
 * Writes app/favicon.ico (16, 32 and 48 px PNGs inside), app/apple-icon.png (180 px) and
 * app/icon.svg (the same drawing as a vector) and public/icons/icon-{192,512}.png for the web manifest. Run `npx tsx scripts/draw-icons.ts` after a change.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const brand = [0x1d, 0x5f, 0xd1] as const;
/** The check mark as two strokes in a 0..1 square. */
const strokes = [
  [0.27, 0.52, 0.44, 0.69],
  [0.44, 0.69, 0.75, 0.34],
] as const;
const strokeWidth = 0.11;
const cornerRadius = 0.22;

function distanceToSegment(x: number, y: number, [x1, y1, x2, y2]: readonly number[]): number {
  const dx = x2! - x1!;
  const dy = y2! - y1!;
  const t = Math.max(0, Math.min(1, ((x - x1!) * dx + (y - y1!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1! + t * dx), y - (y1! + t * dy));
}

function insideRoundedSquare(x: number, y: number, cornerRadius: number): boolean {
  const cx = Math.min(Math.max(x, cornerRadius), 1 - cornerRadius);
  const cy = Math.min(Math.max(y, cornerRadius), 1 - cornerRadius);
  return Math.hypot(x - cx, y - cy) <= cornerRadius;
}

/** RGBA pixels, 4×4 supersampled so the edges are smooth; full-bleed (square) when `rounded` is false. */
function drawPixels(size: number, rounded: boolean): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y, rounded ? cornerRadius : 0)) continue;
          cover++;
          if (strokes.some((stroke) => distanceToSegment(x, y, stroke) <= strokeWidth / 2)) white++;
        }
      }
      const offset = (py * size + px) * 4;
      const share = cover ? white / cover : 0;
      for (let channel = 0; channel < 3; channel++) pixels[offset + channel] = Math.round(brand[channel]! * (1 - share) + 255 * share);
      pixels[offset + 3] = Math.round((255 * cover) / (samples * samples));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, rounded = true): Buffer {
  const pixels = drawPixels(size, rounded);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO file holding PNG images (supported by every current browser). */
function encodeIco(sizes: number[]): Buffer {
  const images = sizes.map((size) => encodePng(size));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, index) => {
    const entry = Buffer.alloc(16);
    entry[0] = sizes[index]! % 256;
    entry[1] = sizes[index]! % 256;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

function svg(): string {
  const [r, g, b] = brand;
  const color = `#${[r, g, b].map((value) => value.toString(16).padStart(2, "0")).join("")}`;
  const points = `${strokes[0][0] * 64},${strokes[0][1] * 64} ${strokes[0][2] * 64},${strokes[0][3] * 64} ${strokes[1][2] * 64},${strokes[1][3] * 64}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="${cornerRadius * 64}" fill="${color}"/><polyline points="${points}" fill="none" stroke="#fff" stroke-width="${strokeWidth * 64}" stroke-linecap="round" stroke-linejoin="round"/></svg>\n`;
}

const app = path.join(process.cwd(), "app");
writeFileSync(path.join(app, "favicon.ico"), encodeIco([16, 32, 48]));
// Apple and Android round the corners themselves: their icons are full squares.
writeFileSync(path.join(app, "apple-icon.png"), encodePng(180, false));
writeFileSync(path.join(app, "icon.svg"), svg());
const icons = path.join(process.cwd(), "public", "icons");
mkdirSync(icons, { recursive: true });
for (const size of [192, 512]) writeFileSync(path.join(icons, `icon-${size}.png`), encodePng(size, false));
console.log("wrote app/favicon.ico, app/apple-icon.png, app/icon.svg, public/icons/icon-{192,512}.png");
