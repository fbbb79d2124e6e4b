/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1 && b === 0xe0) lo = 0xa0; // overlong
      if (k === 1 && b === 0xed) hi = 0x9f; // surrogates
      if (k === 1 && b === 0xf0) lo = 0x90; // overlong
      if (k === 1 && b === 0xf4) hi = 0x8f; // above U+10FFFF
      if (c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}
