// A big-number kernel in the shape of the classic RSA benchmarks: natural numbers as little-endian
// arrays of 15-bit limbs (every product and carry stays a small integer), schoolbook multiplication,
// hex conversion, and Montgomery modular exponentiation for an RSA encrypt/decrypt round trip with a
// fixed 256-bit key (generated once for this benchmark: p and q prime, e = 65537, d = e⁻¹ mod φ(n)).
const BITS = 15;
const BASE = 1 << BITS;
const MASK = BASE - 1;

class BigNat {
  constructor(limbs) {
    let length = limbs.length;
    while (length > 0 && limbs[length - 1] === 0) length--;
    limbs.length = length;
    this.limbs = limbs;
  }

  static fromInt(n) {
    const limbs = [];
    for (; n > 0; n = Math.floor(n / BASE)) limbs.push(n % BASE);
    return new BigNat(limbs);
  }

  static fromHex(hex) {
    const limbs = [];
    let acc = 0;
    let accBits = 0;
    for (let i = hex.length - 1; i >= 0; i--) {
      acc |= parseInt(hex[i], 16) << accBits;
      accBits += 4;
      if (accBits >= BITS) {
        limbs.push(acc & MASK);
        acc >>>= BITS;
        accBits -= BITS;
      }
    }
    if (accBits > 0) limbs.push(acc);
    return new BigNat(limbs);
  }

  toHex() {
    let hex = '';
    let acc = 0;
    let accBits = 0;
    for (const limb of this.limbs) {
      acc |= limb << accBits;
      accBits += BITS;
      while (accBits >= 4) {
        hex = '0123456789abcdef'[acc & 15] + hex;
        acc >>>= 4;
        accBits -= 4;
      }
    }
    if (accBits > 0) hex = '0123456789abcdef'[acc] + hex;
    return hex.replace(/^0+(?=.)/, '');
  }

  get bitLength() {
    const top = this.limbs.length - 1;
    if (top < 0) return 0;
    return top * BITS + (32 - Math.clz32(this.limbs[top]));
  }

  testBit(i) {
    const limb = this.limbs[Math.floor(i / BITS)] ?? 0;
    return ((limb >>> (i % BITS)) & 1) === 1;
  }

  compare(other) {
    const a = this.limbs;
    const b = other.limbs;
    if (a.length !== b.length) return a.length < b.length ? -1 : 1;
    for (let i = a.length - 1; i >= 0; i--) {
      if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  }

  shiftLeft1() {
    const out = [];
    let carry = 0;
    for (const limb of this.limbs) {
      const v = (limb << 1) | carry;
      out.push(v & MASK);
      carry = v >>> BITS;
    }
    if (carry) out.push(carry);
    return new BigNat(out);
  }

  /** this - other, for this >= other. */
  sub(other) {
    const a = this.limbs;
    const b = other.limbs;
    const out = new Array(a.length);
    let borrow = 0;
    for (let i = 0; i < a.length; i++) {
      let v = a[i] - (b[i] ?? 0) - borrow;
      borrow = v < 0 ? 1 : 0;
      if (borrow) v += BASE;
      out[i] = v;
    }
    return new BigNat(out);
  }

  mul(other) {
    const a = this.limbs;
    const b = other.limbs;
    const out = new Array(a.length + b.length).fill(0);
    for (let i = 0; i < a.length; i++) {
      const ai = a[i];
      let carry = 0;
      for (let j = 0; j < b.length; j++) {
        const t = out[i + j] + ai * b[j] + carry;
        out[i + j] = t & MASK;
        carry = t >>> BITS;
      }
      out[i + b.length] = carry;
    }
    return new BigNat(out);
  }
}

/** Arithmetic modulo an odd n in Montgomery form (R = BASE^k, k = n's limb count). */
class Montgomery {
  constructor(n) {
    this.n = n;
    this.k = n.limbs.length;
    // -n⁻¹ mod BASE by Newton's iteration (each step doubles the correct low bits).
    const n0 = n.limbs[0];
    let inv = 1;
    for (let i = 0; i < 4; i++) inv = (inv * (2 - ((n0 * inv) & MASK))) & MASK;
    this.nPrime = (BASE - inv) & MASK;
    // R² mod n by doubling 1 (2k·BITS) times, reducing as we go.
    let r = BigNat.fromInt(1);
    for (let i = 0; i < 2 * this.k * BITS; i++) {
      r = r.shiftLeft1();
      if (r.compare(n) >= 0) r = r.sub(n);
    }
    this.r2 = this.pad(r);
    this.one = this.pad(BigNat.fromInt(1));
  }

  pad(x) {
    const limbs = x.limbs.slice();
    while (limbs.length < this.k) limbs.push(0);
    return limbs;
  }

  /** a·b·R⁻¹ mod n on padded limb arrays. */
  mul(a, b) {
    const { k, nPrime } = this;
    const n = this.n.limbs;
    const t = new Array(k + 2).fill(0);
    for (let i = 0; i < k; i++) {
      const ai = a[i];
      let carry = 0;
      for (let j = 0; j < k; j++) {
        const s = t[j] + ai * b[j] + carry;
        t[j] = s & MASK;
        carry = s >>> BITS;
      }
      let s = t[k] + carry;
      t[k] = s & MASK;
      t[k + 1] += s >>> BITS;

      const m = (t[0] * nPrime) & MASK;
      carry = (t[0] + m * n[0]) >>> BITS;
      for (let j = 1; j < k; j++) {
        s = t[j] + m * n[j] + carry;
        t[j - 1] = s & MASK;
        carry = s >>> BITS;
      }
      s = t[k] + carry;
      t[k - 1] = s & MASK;
      t[k] = t[k + 1] + (s >>> BITS);
      t[k + 1] = 0;
    }
    const result = new BigNat(t.slice(0, k + 1));
    return this.pad(result.compare(this.n) >= 0 ? result.sub(this.n) : result);
  }

  pow(base, exponent) {
    const x = this.mul(this.pad(base), this.r2);
    let acc = this.mul(this.one, this.r2);
    for (let i = exponent.bitLength - 1; i >= 0; i--) {
      acc = this.mul(acc, acc);
      if (exponent.testBit(i)) acc = this.mul(acc, x);
    }
    return new BigNat(this.mul(acc, this.one));
  }
}

const KEY = {
  p: 'ed29e99b844593c913939704cbcd2231',
  q: 'c469271d87e23f83de9b7fe5dc9c16a7',
  n: 'b5f58148a047617cdf1114daac29deda1212d6683eaac2e4de734cdc859d83f7',
  d: '98632181176a7084c9b45e88bc82dc74ce6c73bcc44ad029a5df82662ae1aec1',
  e: '10001',
};

const MESSAGE_SEEDS = [1];

function message(seed, digits) {
  let hex = '';
  let state = seed;
  for (let i = 0; i < digits; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    hex += '0123456789abcdef'[(state >>> 16) & 15];
  }
  return BigNat.fromHex(hex);
}

function run() {
  const [p, q, n, d, e] = ['p', 'q', 'n', 'd', 'e'].map((name) => BigNat.fromHex(KEY[name]));
  if (p.mul(q).compare(n) !== 0) throw new Error('crypto: p·q is not n');
  if (n.toHex() !== KEY.n) throw new Error('crypto: hex round trip');
  const mont = new Montgomery(n);
  let checksum = 0;
  for (const seed of MESSAGE_SEEDS) {
    const plain = message(seed, 60);
    const cipher = mont.pow(plain, e);
    const back = mont.pow(cipher, d);
    if (back.compare(plain) !== 0) throw new Error(`crypto: round trip ${seed}: ${back.toHex()}`);
    for (const limb of cipher.limbs) checksum = (checksum * 131 + limb) % 1000000007;
  }
  return checksum;
}
