'use strict';
// Helpers shared by the web-shop: ids, money, dates, caches, deep equality, a query tagged template.

// ---- ids -----------------------------------------------------------------------------------------
// 64-bit ids in the style of "snowflakes": 41 bits of milliseconds since an epoch, 10 bits of
// node id, 12 bits of sequence. BigInt keeps them exact.
class IdGenerator {
  static EPOCH = 1_700_000_000_000n;
  static NODE_BITS = 10n;
  static SEQ_BITS = 12n;

  constructor(nodeId, clock) {
    if (nodeId < 0 || nodeId >= 1 << Number(IdGenerator.NODE_BITS)) throw new RangeError('node id out of range');
    this.nodeId = BigInt(nodeId);
    this.clock = clock;
    this.lastTime = -1n;
    this.sequence = 0n;
  }

  next() {
    const now = BigInt(this.clock());
    if (now === this.lastTime) {
      this.sequence = (this.sequence + 1n) & ((1n << IdGenerator.SEQ_BITS) - 1n);
    } else {
      this.sequence = 0n;
      this.lastTime = now;
    }
    return ((now - IdGenerator.EPOCH) << (IdGenerator.NODE_BITS + IdGenerator.SEQ_BITS))
      | (this.nodeId << IdGenerator.SEQ_BITS)
      | this.sequence;
  }

  static decode(id) {
    const sequence = id & ((1n << IdGenerator.SEQ_BITS) - 1n);
    const nodeId = (id >> IdGenerator.SEQ_BITS) & ((1n << IdGenerator.NODE_BITS) - 1n);
    const time = (id >> (IdGenerator.NODE_BITS + IdGenerator.SEQ_BITS)) + IdGenerator.EPOCH;
    return { time: Number(time), nodeId: Number(nodeId), sequence: Number(sequence) };
  }
}

// A manual clock so that every timestamp in the program is deterministic.
class ManualClock {
  constructor(start) {
    this.now = start;
  }
  tick(ms = 1) {
    this.now += ms;
    return this.now;
  }
  get date() {
    return new Date(this.now);
  }
}

// ---- money ---------------------------------------------------------------------------------------
// Amounts are integers in minor units (cents); rounding is half-even on the last step only.
class Money {
  static ZERO = Object.freeze(new Money(0, 'EUR'));

  constructor(cents, currency = 'EUR') {
    if (!Number.isSafeInteger(cents)) throw new TypeError(`cents must be a safe integer, got ${cents}`);
    this.cents = cents;
    this.currency = currency;
    Object.freeze(this);
  }

  static of(amount, currency = 'EUR') {
    return new Money(Math.round(amount * 100), currency);
  }

  static sum(list, currency = 'EUR') {
    return list.reduce((acc, m) => acc.add(m), new Money(0, currency));
  }

  check(other) {
    if (!(other instanceof Money)) throw new TypeError('not money');
    if (other.currency !== this.currency) throw new RangeError(`currency mismatch ${this.currency}/${other.currency}`);
    return other;
  }

  add(other) {
    return new Money(this.cents + this.check(other).cents, this.currency);
  }

  subtract(other) {
    return new Money(this.cents - this.check(other).cents, this.currency);
  }

  multiply(factor) {
    return new Money(roundHalfEven(this.cents * factor), this.currency);
  }

  // Splits into `parts` amounts that add up exactly, the remainder going to the first ones.
  allocate(parts) {
    const base = Math.trunc(this.cents / parts);
    let rest = this.cents - base * parts;
    return Array.from({ length: parts }, () => {
      const extra = rest > 0 ? 1 : 0;
      rest -= extra;
      return new Money(base + extra, this.currency);
    });
  }

  percent(p) {
    return this.multiply(p / 100);
  }

  compare(other) {
    return Math.sign(this.cents - this.check(other).cents);
  }

  get isZero() {
    return this.cents === 0;
  }

  toString() {
    const sign = this.cents < 0 ? '-' : '';
    const abs = Math.abs(this.cents);
    const whole = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${sign}${whole}.${String(abs % 100).padStart(2, '0')} ${this.currency}`;
  }

  toJSON() {
    return { cents: this.cents, currency: this.currency };
  }

  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? this.cents / 100 : this.toString();
  }
}

function roundHalfEven(x) {
  const r = Math.round(x);
  // Math.round rounds .5 up; move exact halves to the even neighbour.
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

// ---- dates ---------------------------------------------------------------------------------------
const DAY = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

function addBusinessDays(date, days) {
  let t = date.getTime();
  let left = days;
  while (left > 0) {
    t += DAY;
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return new Date(t);
}

function formatDate(date, pattern = 'YYYY-MM-DD hh:mm') {
  const parts = {
    YYYY: String(date.getUTCFullYear()),
    MM: String(date.getUTCMonth() + 1).padStart(2, '0'),
    DD: String(date.getUTCDate()).padStart(2, '0'),
    hh: String(date.getUTCHours()).padStart(2, '0'),
    mm: String(date.getUTCMinutes()).padStart(2, '0'),
    ss: String(date.getUTCSeconds()).padStart(2, '0'),
    ddd: WEEKDAYS[date.getUTCDay()],
  };
  return pattern.replace(/YYYY|MM|DD|hh|mm|ss|ddd/g, token => parts[token]);
}

function startOfMonth(date) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function daysBetween(a, b) {
  return Math.round((b - a) / DAY);
}

// ---- caches --------------------------------------------------------------------------------------
// A Map that evicts the least recently used entry beyond `capacity` (Map keeps insertion order,
// so re-inserting on access moves a key to the end).
class LruCache extends Map {
  constructor(capacity, entries) {
    super();
    this.capacity = capacity;
    this.hits = 0;
    this.misses = 0;
    this.evicted = [];
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  get(key) {
    if (!super.has(key)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    const value = super.get(key);
    super.delete(key);
    super.set(key, value);
    return value;
  }

  set(key, value) {
    if (super.has(key)) super.delete(key);
    super.set(key, value);
    while (this.size > this.capacity) {
      const oldest = this.keys().next().value;
      this.evicted.push(oldest);
      super.delete(oldest);
    }
    return this;
  }

  static get [Symbol.species]() {
    return Map;
  }
}

// Memoizes a one-argument function per object key without keeping the keys alive.
function memoizeByObject(fn) {
  const cache = new WeakMap();
  const memo = key => {
    if (cache.has(key)) {
      memo.hits++;
      return cache.get(key);
    }
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
  memo.hits = 0;
  return memo;
}

// ---- structural helpers --------------------------------------------------------------------------
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map || a instanceof Set) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a.entries()) {
      if (!b.has(k)) return false;
      if (a instanceof Map && !deepEqual(v, b.get(k))) return false;
    }
    return true;
  }
  if (a instanceof Date) return a.getTime() === b.getTime();
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(k => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

function deepFreeze(value, seen = new WeakSet()) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze(value[key], seen);
  return Object.freeze(value);
}

function pick(obj, ...keys) {
  return Object.fromEntries(keys.filter(k => k in obj).map(k => [k, obj[k]]));
}

function omit(obj, ...keys) {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

function groupBy(items, keyFn) {
  const groups = new Map();
  for (const item of items) {
    const key = keyFn(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function* chunk(iterable, size) {
  let batch = [];
  for (const item of iterable) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

function* zip(...iterables) {
  const iterators = iterables.map(it => it[Symbol.iterator]());
  try {
    while (true) {
      const steps = iterators.map(it => it.next());
      if (steps.some(s => s.done)) return;
      yield steps.map(s => s.value);
    }
  } finally {
    for (const it of iterators) it.return?.();
  }
}

// A parameterized query builder: values never end up in the text.
function sql(strings, ...values) {
  const params = [];
  const text = strings.reduce((acc, part, i) => {
    if (i === 0) return part;
    const value = values[i - 1];
    if (Array.isArray(value)) {
      const marks = value.map(v => `$${params.push(v)}`);
      return `${acc}(${marks.join(', ')})${part}`;
    }
    return `${acc}$${params.push(value)}${part}`;
  }, '');
  return { text: text.replace(/\s+/g, ' ').trim(), params, raw: strings.raw.length };
}

module.exports = {
  IdGenerator,
  ManualClock,
  Money,
  roundHalfEven,
  DAY,
  isoDate,
  addBusinessDays,
  formatDate,
  startOfMonth,
  daysBetween,
  LruCache,
  memoizeByObject,
  deepEqual,
  deepFreeze,
  pick,
  omit,
  groupBy,
  chunk,
  zip,
  sql,
};
