/**
 * A Windows .ico from PNGs, with no image library: sizes below 256 as 32-bit bitmaps (what
 * every Windows shell and NSIS read), 256 as PNG (the format Windows expects at that size).
 * Used by render-icons.ts; readIcoSizes() lets the packaging tests check the result.
 */
import { inflateSync } from 'node:zlib';

interface Rgba {
  width: number;
  height: number;
  /** width * height * 4 bytes, rows top to bottom. */
  pixels: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('Not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes the PNGs Chromium writes: 8-bit RGBA, not interlaced. */
export function decodePng(png: Buffer): Rgba {
  const { width, height } = pngSize(png);
  const [bitDepth, colorType, , , interlace] = png.subarray(24, 29);
  if (bitDepth !== 8 || colorType !== 6 || interlace !== 0) throw new Error('Only 8-bit RGBA, non-interlaced PNGs are supported');
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      pixels[y * stride + x] = (line[x]! + unfilter(filter ?? -1, left, up, upLeft)) & 0xff;
    }
  }
  return { width, height, pixels };
}

function unfilter(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`Bad PNG filter ${filter}`);
  }
}

/** A 32-bit DIB as stored in an .ico: header, BGRA rows bottom-up, then the 1-bit AND mask. */
function bitmapEntry({ width, height, pixels }: Rgba): Buffer {
  const maskStride = Math.ceil(width / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8); // colour rows + mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  const colour = Buffer.alloc(width * height * 4);
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y++) {
    const row = height - 1 - y;
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = (row * width + x) * 4;
      colour[to] = pixels[from + 2]!;
      colour[to + 1] = pixels[from + 1]!;
      colour[to + 2] = pixels[from]!;
      colour[to + 3] = pixels[from + 3]!;
      // Fully transparent pixels are masked out for shells that ignore alpha.
      if (pixels[from + 3] === 0) mask[row * maskStride + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, colour, mask]);
}

/** An .ico holding each PNG (square, at most 256 px), smallest first. */
export function encodeIco(pngs: readonly Buffer[]): Buffer {
  const images = pngs
    .map((png) => ({ png, size: pngSize(png) }))
    .sort((a, b) => a.size.width - b.size.width)
    .map(({ png, size }) => {
      if (size.width !== size.height || size.width > 256) throw new Error(`An icon image must be square and at most 256 px, not ${size.width}x${size.height}`);
      return { size: size.width, data: size.width === 256 ? png : bitmapEntry(decodePng(png)) };
    });
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(1, 2); // type: icon
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    directory.writeUInt8(size === 256 ? 0 : size, entry); // 0 means 256
    directory.writeUInt8(size === 256 ? 0 : size, entry + 1);
    directory.writeUInt16LE(1, entry + 4); // planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(data.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map((image) => image.data)]);
}

/** The image sizes an .ico declares, each checked against the image data it points to. */
export function readIcoSizes(ico: Buffer): number[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('Not an .ico file');
  const sizes: number[] = [];
  for (let i = 0; i < ico.readUInt16LE(4); i++) {
    const entry = 6 + 16 * i;
    const size = ico.readUInt8(entry) || 256;
    const data = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    const actual = data.subarray(0, 8).equals(PNG_SIGNATURE) ? pngSize(data).width : data.readInt32LE(4);
    if (actual !== size) throw new Error(`.ico entry ${i} says ${size} px but holds ${actual} px`);
    sizes.push(size);
  }
  return sizes;
}
