// A small seeded PRNG (sfc32 seeded through splitmix32): the whole fuzzer is deterministic by seed.

/** One 32-bit step of splitmix32, used to derive seeds. */
export function mix32(x) {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The seed of case `index` of a campaign started with `seed`: cases do not depend on each other. */
export function caseSeed(seed, index) {
  return mix32(mix32(seed >>> 0) ^ mix32((index + 0x51ed27) >>> 0));
}

export class Rng {
  constructor(seed) {
    this.a = mix32(seed >>> 0);
    this.b = mix32(this.a ^ 0x1b873593);
    this.c = mix32(this.b ^ 0xcc9e2d51);
    this.d = mix32(this.c ^ 0xe6546b64);
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32() {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    return this.u32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n) {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  range(min, max) {
    return min + this.int(max - min + 1);
  }

  /** An integer in [min, max], log-uniform: small sizes as often as large ones. */
  logRange(min, max) {
    const lo = Math.log(Math.max(1, min));
    const hi = Math.log(Math.max(1, max));
    return Math.min(max, Math.max(min, Math.round(Math.exp(lo + this.next() * (hi - lo)))));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(items) {
    return items[this.int(items.length)];
  }

  /** Picks from [weight, value] pairs. */
  weighted(pairs) {
    const total = pairs.reduce((sum, [w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [w, value] of pairs) {
      if ((r -= w) < 0) return value;
    }
    return pairs[pairs.length - 1][1];
  }

  /** k distinct items, in random order. */
  sample(items, k) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.max(0, Math.min(k, copy.length)));
  }
}
