// Just enough PNG decoding to count painted pixels in browser screenshots:
// 8-bit RGB or RGBA, not interlaced (what Chromium and Firefox produce).
import { inflateSync } from 'node:zlib';

/** @returns {{ width: number, height: number, rgba: Uint8Array }} */
export function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let off = 8,
    width = 0,
    height = 0,
    colorType = 0;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, ct, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || (ct !== 2 && ct !== 6) || interlace !== 0)
        throw new Error(
          `unsupported PNG (depth ${depth}, colour type ${ct}, interlace ${interlace})`,
        );
      colorType = ct;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[row - stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c,
          pa = Math.abs(p - a),
          pb = Math.abs(p - b),
          pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[row + x] = v & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < out.length; i += bpp, j += 4) {
    rgba[j] = out[i];
    rgba[j + 1] = out[i + 1];
    rgba[j + 2] = out[i + 2];
    rgba[j + 3] = bpp === 4 ? out[i + 3] : 255;
  }
  return { width, height, rgba };
}

/**
 * Share of pixels in a rectangle (image pixels) that are tinted, i.e. not
 * white, grey or black: the mark a coloured highlight background leaves on
 * black-on-white text.
 */
export function tintedShare(img, { x, y, width, height }) {
  const x0 = Math.max(0, Math.floor(x)),
    y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(img.width, Math.ceil(x + width)),
    y1 = Math.min(img.height, Math.ceil(y + height));
  let tinted = 0,
    total = 0;
  for (let yy = y0; yy < y1; yy++) {
    for (let xx = x0; xx < x1; xx++) {
      const i = (yy * img.width + xx) * 4;
      const r = img.rgba[i],
        g = img.rgba[i + 1],
        b = img.rgba[i + 2];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 12) tinted++;
      total++;
    }
  }
  return total === 0 ? 0 : tinted / total;
}
