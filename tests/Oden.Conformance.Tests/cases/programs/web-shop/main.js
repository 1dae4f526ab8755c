'use strict';
// web-shop: an in-memory shop service in the shape of real server code. A router with a
// middleware chain serves JSON requests against domain classes (products, customers, carts,
// orders, coupons), an event emitter wires services together, an async scheduler sends e-mails
// rendered by a generator-based template engine, and a deterministic scenario drives it all and
// prints what happened.

const { EventEmitter, once, on, errorMonitor } = require('./lib/events');
const {
  Scheduler, Priority, PriorityQueue, TimeoutError, CancelledError, RetriesExhaustedError, sleep, mapLimit,
} = require('./lib/scheduler');
const { Renderer, TemplateError, html, parse, lex, SafeString } = require('./lib/template.js');
const util = require('./lib/util');
const {
  IdGenerator, ManualClock, Money, LruCache, deepEqual, deepFreeze, pick, omit, groupBy, chunk, zip, sql,
  formatDate, isoDate, addBusinessDays, daysBetween, startOfMonth, memoizeByObject,
} = util;

// ---- output ----------------------------------------------------------------------------------------
let lineNo = 0;
function replacer(key, value) {
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (value === undefined) return '<undefined>';
  return value;
}
function show(label, ...values) {
  lineNo++;
  const text = values.map(v => (typeof v === 'string' ? v : JSON.stringify(v, replacer))).join(' ');
  console.log(`${String(lineNo).padStart(3, '0')} ${label}: ${text}`);
}
function section(title) {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 60 - title.length))}`);
}
const errorSummary = err => (err == null ? null : { name: err.name, code: err.code ?? null, status: err.status ?? null });

// ---- errors ----------------------------------------------------------------------------------------
class AppError extends Error {
  static status = 500;
  static code = 'INTERNAL';

  constructor(message, { cause, details } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = this.constructor.name;
    this.details = details ?? null;
  }

  get status() {
    return this.constructor.status;
  }

  get code() {
    return this.constructor.code;
  }

  toJSON() {
    return { error: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static wrap(err) {
    if (err instanceof AppError) return err;
    if (err instanceof SyntaxError) return new BadRequestError('malformed JSON', { cause: err });
    return new AppError('internal error', { cause: err });
  }
}

class BadRequestError extends AppError {
  static status = 400;
  static code = 'BAD_REQUEST';
}

class ValidationError extends BadRequestError {
  static code = 'VALIDATION';

  constructor(problems) {
    super(`${problems.length} validation problem${problems.length === 1 ? '' : 's'}`, { details: problems });
    this.problems = problems;
  }

  static check(rules, input) {
    const problems = [];
    for (const [field, ...checks] of rules) {
      const value = input?.[field];
      for (const check of checks) {
        const problem = check(value, field);
        if (problem) {
          problems.push({ field, problem });
          break;
        }
      }
    }
    if (problems.length) throw new ValidationError(problems);
    return input;
  }
}

class UnauthorizedError extends AppError {
  static status = 401;
  static code = 'UNAUTHORIZED';
}

class NotFoundError extends AppError {
  static status = 404;
  static code = 'NOT_FOUND';

  constructor(kind, id) {
    super(`${kind} ${id} not found`);
    this.kind = kind;
  }
}

class ConflictError extends AppError {
  static status = 409;
  static code = 'CONFLICT';
}

class OutOfStockError extends ConflictError {
  static code = 'OUT_OF_STOCK';

  constructor(sku, wanted, available) {
    super(`only ${available} of ${sku} left`, { details: { sku, wanted, available } });
  }
}

class PaymentError extends AppError {
  static status = 402;
  static code = 'PAYMENT_DECLINED';
}

class RateLimitError extends AppError {
  static status = 429;
  static code = 'RATE_LIMITED';
}

// Validation rules as small functions returning a problem text or nothing.
const required = (v) => (v === undefined || v === null || v === '' ? 'required' : undefined);
const isString = (v) => (typeof v === 'string' ? undefined : 'must be a string');
const isInt = (min = -Infinity, max = Infinity) => (v) =>
  Number.isInteger(v) && v >= min && v <= max ? undefined : `must be an integer in [${min}, ${max}]`;
const matches = (re, what) => (v) => (re.test(v) ? undefined : `must be ${what}`);
const oneOf = (...options) => (v) => (options.includes(v) ? undefined : `must be one of ${options.join('|')}`);

// ---- domain ----------------------------------------------------------------------------------------
const clock = new ManualClock(Date.UTC(2024, 2, 14, 9, 30, 0)); // Thu 2024-03-14 09:30 UTC
const ids = new IdGenerator(7, () => clock.now);

class Entity {
  static instances = 0;
  static registry = new WeakMap();

  id = ids.next();
  createdAt = clock.date;
  version = 1;

  constructor() {
    Entity.instances++;
    new.target.created = (Object.hasOwn(new.target, 'created') ? new.target.created : 0) + 1;
    Entity.registry.set(this, { kind: new.target.name });
  }

  get kind() {
    return Entity.registry.get(this)?.kind;
  }

  touch() {
    this.version++;
    return this;
  }

  toJSON() {
    return { id: String(this.id), kind: this.kind, v: this.version };
  }
}

class Product extends Entity {
  static CATEGORIES = new Set(['books', 'games', 'tools', 'music']);

  tags = new Set();
  _price = Money.ZERO;

  constructor({ sku, name, price, stock = 0, category = 'tools', tags = [] }) {
    super();
    this.sku = sku;
    this.name = name;
    this.price = price;
    this.stock = stock;
    this.category = category;
    for (const t of tags) this.tags.add(t);
  }

  get price() {
    return this._price;
  }

  set price(value) {
    const money = value instanceof Money ? value : Money.of(value);
    if (money.cents <= 0) throw new RangeError(`price of ${this.sku} must be positive`);
    this._price = money;
  }

  get category() {
    return this._category;
  }

  set category(value) {
    if (!Product.CATEGORIES.has(value)) throw new ValidationError([{ field: 'category', problem: `unknown ${value}` }]);
    this._category = value;
  }

  get available() {
    return this.stock;
  }

  get isDigital() {
    return false;
  }

  canShip(quantity) {
    return this.available >= quantity;
  }

  take(quantity) {
    if (!this.canShip(quantity)) throw new OutOfStockError(this.sku, quantity, this.available);
    this.stock -= quantity;
    this.touch();
  }

  restock(quantity) {
    this.stock += quantity;
    return this.touch();
  }

  toJSON() {
    const { sku, name, category } = this;
    return { ...super.toJSON(), sku, name, category, price: this.price.toString(), stock: this.available, tags: [...this.tags].sort() };
  }
}

class DigitalProduct extends Product {
  static downloads = 0;

  constructor(spec) {
    super({ ...spec, stock: 0 });
    this.licenseSeats = spec.seats ?? Infinity;
  }

  get available() {
    return this.licenseSeats;
  }

  get isDigital() {
    return true;
  }

  take(quantity) {
    if (this.licenseSeats !== Infinity) {
      if (quantity > this.licenseSeats) throw new OutOfStockError(this.sku, quantity, this.licenseSeats);
      this.licenseSeats -= quantity;
    }
    DigitalProduct.downloads += quantity;
    this.touch();
  }

  toJSON() {
    const base = super.toJSON();
    return { ...base, stock: Number.isFinite(base.stock) ? base.stock : 'unlimited', digital: true };
  }
}

class Bundle extends Product {
  constructor(spec, parts) {
    const price = Money.sum(parts.map(([p, n]) => p.price.multiply(n))).percent(100 - (spec.discountPercent ?? 10));
    super({ ...spec, price });
    this.parts = parts;
  }

  get available() {
    return Math.min(...this.parts.map(([p, n]) => Math.floor(p.available / n)));
  }

  take(quantity) {
    // Take from every part or from none: check first, then take.
    for (const [p, n] of this.parts) {
      if (!p.canShip(n * quantity)) throw new OutOfStockError(p.sku, n * quantity, p.available);
    }
    for (const [p, n] of this.parts) p.take(n * quantity);
    this.touch();
  }

  toJSON() {
    return { ...super.toJSON(), parts: this.parts.map(([p, n]) => `${n}x${p.sku}`) };
  }
}

const TIERS = [
  [0, 'bronze'],
  [100_00, 'silver'],
  [500_00, 'gold'],
];

class Customer extends Entity {
  static EMAIL = /^(?<user>[\w.+-]+)@(?<domain>[\w-]+(?:\.[\w-]+)+)$/;

  orders = [];
  spentCents = 0;

  constructor({ name, email, country = 'DE', token }) {
    super();
    this.name = name;
    this.email = email;
    this.country = country;
    this.token = token;
  }

  set email(value) {
    const m = Customer.EMAIL.exec(String(value).trim().toLowerCase());
    if (!m) throw new ValidationError([{ field: 'email', problem: 'malformed' }]);
    this._email = m[0];
    this.domain = m.groups.domain;
  }

  get email() {
    return this._email;
  }

  get tier() {
    let tier = TIERS[0][1];
    for (const [min, name] of TIERS) if (this.spentCents >= min) tier = name;
    return tier;
  }

  toJSON() {
    return { ...super.toJSON(), name: this.name, email: this.email, tier: this.tier, orders: this.orders.length };
  }
}

class Cart {
  constructor(customer) {
    this.customer = customer;
    this.lines = new Map(); // sku -> { product, quantity }
    this.coupons = [];
  }

  add(product, quantity = 1) {
    if (!Number.isInteger(quantity) || quantity <= 0) {
      throw new ValidationError([{ field: 'quantity', problem: 'must be a positive integer' }]);
    }
    const line = this.lines.get(product.sku);
    if (line) line.quantity += quantity;
    else this.lines.set(product.sku, { product, quantity });
    return this;
  }

  remove(sku, quantity = Infinity) {
    const line = this.lines.get(sku);
    if (!line) return false;
    line.quantity -= Math.min(quantity, line.quantity);
    if (line.quantity === 0) this.lines.delete(sku);
    return true;
  }

  get count() {
    let n = 0;
    for (const { quantity } of this.lines.values()) n += quantity;
    return n;
  }

  get subtotal() {
    return Money.sum([...this].map(({ product, quantity }) => product.price.multiply(quantity)));
  }

  get isEmpty() {
    return this.lines.size === 0;
  }

  clear() {
    this.lines.clear();
    this.coupons.length = 0;
  }

  *[Symbol.iterator]() {
    for (const line of this.lines.values()) yield line;
  }
}

// Coupons: each kind computes its discount for a priced cart; `describe` uses super.
class Coupon {
  static byCode = new Map();

  constructor(code, { minimum = Money.ZERO, expires = null, once = false } = {}) {
    this.code = code;
    this.minimum = minimum;
    this.expires = expires;
    this.once = once;
    this.usedBy = new Set();
    Coupon.byCode.set(code, this);
  }

  static find(code) {
    const coupon = Coupon.byCode.get(code?.toUpperCase?.());
    if (!coupon) throw new NotFoundError('coupon', code);
    return coupon;
  }

  check(cart, now) {
    if (this.expires && now > this.expires) throw new ConflictError(`coupon ${this.code} expired`);
    if (this.once && this.usedBy.has(cart.customer.id)) throw new ConflictError(`coupon ${this.code} already used`);
    if (cart.subtotal.compare(this.minimum) < 0) throw new ConflictError(`coupon ${this.code} needs ${this.minimum}`);
  }

  discount(_lines, _subtotal) {
    return Money.ZERO;
  }

  describe() {
    return `${this.code}`;
  }
}

class PercentCoupon extends Coupon {
  constructor(code, percent, options) {
    super(code, options);
    this.percent = percent;
  }
  discount(lines, subtotal) {
    return subtotal.percent(this.percent);
  }
  describe() {
    return `${super.describe()} (-${this.percent}%)`;
  }
}

class FixedCoupon extends Coupon {
  constructor(code, amount, options) {
    super(code, options);
    this.amount = amount;
  }
  discount(lines, subtotal) {
    return subtotal.compare(this.amount) < 0 ? subtotal : this.amount;
  }
  describe() {
    return `${super.describe()} (-${this.amount})`;
  }
}

class BuyXGetYCoupon extends Coupon {
  constructor(code, { sku, buy, free }, options) {
    super(code, options);
    Object.assign(this, { sku, buy, free });
  }
  discount(lines) {
    const line = lines.find(l => l.product.sku === this.sku);
    if (!line) return Money.ZERO;
    const groups = Math.floor(line.quantity / (this.buy + this.free));
    return line.product.price.multiply(groups * this.free);
  }
  describe() {
    return `${super.describe()} (buy ${this.buy} get ${this.free} ${this.sku})`;
  }
}

// Orders move through states; the table says which transitions are allowed.
class Order extends Entity {
  static STATES = Object.freeze(['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded']);
  static TRANSITIONS = {
    pending: ['paid', 'cancelled'],
    paid: ['shipped', 'refunded', 'cancelled'],
    shipped: ['delivered'],
    delivered: ['refunded'],
    cancelled: [],
    refunded: [],
  };

  state = 'pending';
  history = [];

  constructor({ customer, lines, totals, coupons = [] }) {
    super();
    this.customer = customer;
    this.lines = lines.map(({ product, quantity }) => ({ sku: product.sku, name: product.name, quantity, unit: product.price }));
    this.totals = totals;
    this.coupons = coupons;
    this.number = `ORD-${String(++Order.sequence).padStart(4, '0')}`;
    this.history.push({ state: 'pending', at: clock.now });
  }

  static sequence = 1000;

  transition(to, note) {
    const allowed = Order.TRANSITIONS[this.state];
    if (!allowed?.includes(to)) {
      throw new ConflictError(`cannot go from ${this.state} to ${to}`, { details: { from: this.state, to } });
    }
    this.state = to;
    this.history.push({ state: to, at: clock.tick(60_000), ...(note && { note }) });
    this.touch();
    return this;
  }

  get isOpen() {
    return ['pending', 'paid', 'shipped'].includes(this.state);
  }

  get itemCount() {
    return this.lines.reduce((n, l) => n + l.quantity, 0);
  }

  toJSON() {
    return {
      number: this.number,
      customer: this.customer.name,
      state: this.state,
      items: this.lines.map(l => `${l.quantity}x${l.sku}@${l.unit.cents}`),
      total: this.totals.total.toString(),
      coupons: this.coupons,
    };
  }
}

// ---- repositories ----------------------------------------------------------------------------------
class Repository {
  constructor(name, keyOf = e => e.id) {
    this.name = name;
    this.keyOf = keyOf;
    this.items = new Map();
    this.indexes = new Map();
  }

  addIndex(name, keyFn) {
    const index = new Map();
    for (const item of this.items.values()) this.indexInto(index, keyFn, item);
    this.indexes.set(name, { keyFn, index });
    return this;
  }

  indexInto(index, keyFn, item) {
    const keys = [keyFn(item)].flat();
    for (const key of keys) {
      if (!index.has(key)) index.set(key, new Set());
      index.get(key).add(item);
    }
  }

  save(item) {
    const key = this.keyOf(item);
    const previous = this.items.get(key);
    if (previous) {
      for (const { index } of this.indexes.values()) {
        for (const set of index.values()) set.delete(previous);
      }
    }
    this.items.set(key, item);
    for (const { keyFn, index } of this.indexes.values()) this.indexInto(index, keyFn, item);
    return item;
  }

  get(key) {
    const item = this.items.get(key);
    if (item === undefined) throw new NotFoundError(this.name, key);
    return item;
  }

  find(key) {
    return this.items.get(key) ?? null;
  }

  by(indexName, key) {
    const entry = this.indexes.get(indexName);
    if (!entry) throw new RangeError(`no index ${indexName}`);
    return [...(entry.index.get(key) ?? [])];
  }

  *where(predicate = () => true) {
    for (const item of this.items.values()) {
      if (predicate(item)) yield item;
    }
  }

  page({ offset = 0, limit = 3, where, sort } = {}) {
    let all = [...this.where(where)];
    if (sort) {
      const [field, dir = 'asc'] = sort.split(':');
      const sign = dir === 'desc' ? -1 : 1;
      all = all.toSorted((a, b) => {
        const x = a[field], y = b[field];
        const cx = x instanceof Money ? x.cents : x;
        const cy = y instanceof Money ? y.cents : y;
        return cx < cy ? -sign : cx > cy ? sign : 0;
      });
    }
    return { total: all.length, offset, items: all.slice(offset, offset + limit), hasMore: offset + limit < all.length };
  }

  // Pages as an async generator, as if each page came from a slow store.
  async *scan({ pageSize = 2, where } = {}) {
    let offset = 0;
    while (true) {
      await sleep(0);
      const { items, hasMore } = this.page({ offset, limit: pageSize, where });
      for (const item of items) yield item;
      if (!hasMore) return;
      offset += pageSize;
    }
  }

  get size() {
    return this.items.size;
  }

  [Symbol.iterator]() {
    return this.items.values();
  }
}

class ProductRepository extends Repository {
  constructor() {
    super('product', p => p.sku);
    this.addIndex('category', p => p.category).addIndex('tag', p => [...p.tags]);
  }

  search(text) {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return [...this.where(p => words.every(w => p.name.toLowerCase().includes(w) || p.tags.has(w)))].map(p => p.sku);
  }
}

// ---- services --------------------------------------------------------------------------------------
const bus = new EventEmitter();
const audit = [];
bus.on(errorMonitor, err => audit.push(`monitor:${err.name}`));
bus.on('error', err => audit.push(`error:${err.name}:${err.cause?.constructor.name}`));

const TAX_RATES = new Map([
  ['DE', 19],
  ['FR', 20],
  ['US', 0],
]);
const REDUCED = new Set(['books']);

class PricingService {
  constructor({ rates = TAX_RATES, reduced = REDUCED, shipping = Money.of(4.95), freeShippingFrom = Money.of(50) } = {}) {
    Object.assign(this, { rates, reduced, shipping, freeShippingFrom });
  }

  taxRate(country, category) {
    const rate = this.rates.get(country);
    if (rate === undefined) throw new ValidationError([{ field: 'country', problem: `no tax rate for ${country}` }]);
    return this.reduced.has(category) ? Math.min(rate, 7) : rate;
  }

  quote(cart, { now = clock.now } = {}) {
    const lines = [...cart];
    const subtotal = cart.subtotal;
    const applied = [];
    let discount = Money.ZERO;
    for (const coupon of cart.coupons) {
      coupon.check(cart, now);
      const d = coupon.discount(lines, subtotal.subtract(discount));
      discount = discount.add(d);
      applied.push({ code: coupon.code, amount: d.cents });
    }
    const afterDiscount = subtotal.subtract(discount);
    const physical = lines.some(l => !l.product.isDigital);
    const shipping = !physical || afterDiscount.compare(this.freeShippingFrom) >= 0 ? Money.ZERO : this.shipping;
    // Tax per line on the discounted share of that line (prices are net).
    let tax = Money.ZERO;
    const shares = subtotal.isZero ? [] : lines.map(l => l.product.price.multiply(l.quantity).cents / subtotal.cents);
    for (const [line, share] of zip(lines, shares)) {
      const net = afterDiscount.multiply(share);
      tax = tax.add(net.percent(this.taxRate(cart.customer.country, line.product.category)));
    }
    const total = afterDiscount.add(shipping).add(tax);
    return { subtotal, discount, shipping, tax, total, applied };
  }
}

class InventoryService {
  constructor(products, events) {
    this.products = products;
    this.events = events;
    this.reservations = new Map(); // token -> [[product, qty]]
    this.lowStock = 3;
  }

  reserve(lines, token) {
    const taken = [];
    try {
      for (const { product, quantity } of lines) {
        product.take(quantity);
        taken.push([product, quantity]);
      }
      this.reservations.set(token, taken);
      return taken.length;
    } catch (err) {
      // Put back what was already taken, then let the caller see the error.
      for (const [product, quantity] of taken.reverse()) this.putBack(product, quantity);
      throw err;
    } finally {
      for (const { product } of lines) {
        if (!product.isDigital && product.available <= this.lowStock) {
          this.events.emit('stock:low', product.sku, product.available);
        }
      }
    }
  }

  putBack(product, quantity) {
    if (product instanceof Bundle) {
      for (const [p, n] of product.parts) p.restock(n * quantity);
    } else if (product.isDigital) {
      if (product.licenseSeats !== Infinity) product.licenseSeats += quantity;
      DigitalProduct.downloads -= quantity;
    } else {
      product.restock(quantity);
    }
  }

  release(token) {
    const taken = this.reservations.get(token);
    if (!taken) return 0;
    this.reservations.delete(token);
    for (const [product, quantity] of taken) this.putBack(product, quantity);
    this.events.emit('stock:released', token, taken.length);
    return taken.length;
  }

  commit(token) {
    return this.reservations.delete(token);
  }
}

// A payment provider that answers after a small delay; some card numbers decline, one is flaky.
class PaymentGateway {
  constructor() {
    this.charges = [];
    this.flaky = new Map();
    this.latency = 1;
  }

  async charge({ card, amount, reference }) {
    await sleep(this.latency);
    const digits = card.replace(/[\s-]/g, '');
    if (!/^\d{16}$/.test(digits)) throw new PaymentError('card number malformed');
    if (!luhn(digits)) throw new PaymentError('card number invalid');
    if (digits.endsWith('0002')) throw new PaymentError('insufficient funds', { details: { reference } });
    if (digits.endsWith('0003')) {
      const tries = (this.flaky.get(reference) ?? 0) + 1;
      this.flaky.set(reference, tries);
      if (tries < 3) throw new AppError('gateway unavailable');
    }
    const charge = { id: `ch_${this.charges.length + 1}`, amount: amount.cents, card: `**${digits.slice(-4)}`, reference };
    this.charges.push(charge);
    return charge;
  }

  async refund(chargeId) {
    await sleep(this.latency);
    const charge = this.charges.find(c => c.id === chargeId);
    if (!charge) throw new NotFoundError('charge', chargeId);
    if (charge.refunded) throw new ConflictError('already refunded');
    charge.refunded = true;
    return { ...charge };
  }
}

function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Makes a valid test card number ending in `suffix` by fixing the check digit at position 12.
function testCard(suffix) {
  const base = `4000 0000 000`;
  for (let d = 0; d <= 9; d++) {
    const number = `${base}${d} ${suffix}`;
    if (luhn(number.replace(/\s/g, ''))) return number;
  }
  throw new Error('unreachable');
}

async function withRetry(fn, { retries = 3, delay = 1, retryOn = err => !(err instanceof PaymentError) } = {}) {
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      return { value: await fn(attempt), attempts: attempt };
    } catch (err) {
      if (attempt > retries || !retryOn(err)) {
        err.attempts = attempt;
        throw err;
      }
      await sleep(delay * attempt);
    }
  }
}

class OrderService {
  constructor({ products, customers, orders, pricing, inventory, payments, events }) {
    Object.assign(this, { products, customers, orders, pricing, inventory, payments, events });
    this.carts = new Map();
    this.locks = new Set();
  }

  cartFor(customer) {
    let cart = this.carts.get(customer.id);
    if (!cart) {
      cart = new Cart(customer);
      this.carts.set(customer.id, cart);
    }
    return cart;
  }

  async checkout(customer, { card, coupons = [] } = {}) {
    if (this.locks.has(customer.id)) throw new ConflictError('checkout already running');
    this.locks.add(customer.id);
    const cart = this.cartFor(customer);
    const token = `res-${customer.name.toLowerCase()}-${clock.now}`;
    let reserved = false;
    try {
      if (cart.isEmpty) throw new ConflictError('cart is empty');
      cart.coupons = coupons.map(code => Coupon.find(code));
      const totals = this.pricing.quote(cart);
      this.inventory.reserve([...cart], token);
      reserved = true;
      const order = new Order({ customer, lines: [...cart], totals, coupons: cart.coupons.map(c => c.describe()) });
      const { value: charge, attempts } = await withRetry(() =>
        this.payments.charge({ card, amount: totals.total, reference: order.number }));
      order.charge = charge.id;
      order.paymentAttempts = attempts;
      order.transition('paid');
      this.inventory.commit(token);
      reserved = false;
      for (const coupon of cart.coupons) coupon.usedBy.add(customer.id);
      customer.orders.push(order);
      customer.spentCents += totals.total.cents;
      this.orders.save(order);
      cart.clear();
      this.events.emit('order:paid', order);
      return order;
    } catch (err) {
      this.events.emit('checkout:failed', customer.name, err);
      throw err;
    } finally {
      if (reserved) this.inventory.release(token);
      this.locks.delete(customer.id);
    }
  }

  async cancel(number, reason = 'customer request') {
    const order = this.orders.get(number);
    const wasPaid = order.state === 'paid';
    order.transition('cancelled', reason);
    this.orders.save(order);
    if (wasPaid) {
      const refund = await this.payments.refund(order.charge);
      order.refund = refund.id;
      for (const line of order.lines) this.inventory.putBack(this.products.get(line.sku), line.quantity);
      order.customer.spentCents -= order.totals.total.cents;
    }
    this.events.emit('order:cancelled', order, reason);
    return order;
  }

  ship(number) {
    const order = this.orders.get(number);
    order.transition('shipped');
    this.orders.save(order);
    order.eta = isoDate(addBusinessDays(new Date(clock.now), order.customer.country === 'DE' ? 2 : 5));
    this.events.emit('order:shipped', order);
    return order;
  }
}

// ---- http ------------------------------------------------------------------------------------------
class Headers extends Map {
  constructor(init = {}) {
    super();
    for (const [k, v] of Object.entries(init)) this.set(k, v);
  }
  set(name, value) {
    return super.set(String(name).toLowerCase(), String(value));
  }
  get(name) {
    return super.get(String(name).toLowerCase());
  }
  has(name) {
    return super.has(String(name).toLowerCase());
  }
  toJSON() {
    return Object.fromEntries([...this].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

class HttpRequest {
  constructor(method, url, { headers = {}, body = null } = {}) {
    const [path, query = ''] = url.split('?');
    this.method = method.toUpperCase();
    this.path = path.replace(/\/+$/, '') || '/';
    this.query = Object.fromEntries(
      query.split('&').filter(Boolean).map(pair => pair.split('=').map(decodeURIComponent)),
    );
    this.headers = new Headers(headers);
    this.rawBody = body === null || typeof body === 'string' ? body : JSON.stringify(body);
    this.params = {};
  }
}

class HttpResponse {
  status = 200;
  headers = new Headers({ 'content-type': 'application/json' });
  body = null;
  sent = false;

  json(value, status = this.status) {
    this.status = status;
    this.body = JSON.stringify(value, replacer);
    this.sent = true;
    return this;
  }

  text(value, status = this.status) {
    this.status = status;
    this.headers.set('content-type', 'text/plain');
    this.body = String(value);
    this.sent = true;
    return this;
  }

  get ok() {
    return this.status >= 200 && this.status < 300;
  }
}

// Koa-style composition: each middleware gets (ctx, next) and may run code after `await next()`.
function compose(middleware) {
  return function run(ctx, last = async () => {}) {
    let called = -1;
    function dispatch(i) {
      if (i <= called) return Promise.reject(new Error('next() called twice'));
      called = i;
      const fn = i === middleware.length ? last : middleware[i];
      try {
        return Promise.resolve(fn(ctx, () => dispatch(i + 1)));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return dispatch(0);
  };
}

class Router {
  routes = [];
  prefix = '';

  constructor(prefix = '') {
    this.prefix = prefix;
  }

  static compile(pattern) {
    const names = [];
    const source = pattern
      .split('/')
      .map(part => {
        if (part.startsWith(':')) {
          const optional = part.endsWith('?');
          const name = part.slice(1, optional ? -1 : undefined);
          names.push(name);
          return optional ? `(?:/(?<${name}>[^/]+))?` : `/(?<${name}>[^/]+)`;
        }
        if (part === '*') {
          names.push('rest');
          return '(?:/(?<rest>.*))?';
        }
        return part ? `/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` : '';
      })
      .join('');
    return { regex: new RegExp(`^${source || '/'}$`), names };
  }

  add(method, pattern, ...handlers) {
    const { regex, names } = Router.compile(this.prefix + pattern);
    this.routes.push({ method, pattern: this.prefix + pattern, regex, names, handler: compose(handlers) });
    return this;
  }

  get(pattern, ...h) { return this.add('GET', pattern, ...h); }
  post(pattern, ...h) { return this.add('POST', pattern, ...h); }
  put(pattern, ...h) { return this.add('PUT', pattern, ...h); }
  delete(pattern, ...h) { return this.add('DELETE', pattern, ...h); }

  mount(other) {
    for (const route of other.routes) this.routes.push(route);
    return this;
  }

  match(method, path) {
    let allowed = [];
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
        allowed.push(route.method);
        continue;
      }
      const params = {};
      for (const name of route.names) {
        const value = m.groups?.[name];
        if (value !== undefined) params[name] = decodeURIComponent(value);
      }
      return { route, params };
    }
    return { route: null, allowed: [...new Set(allowed)] };
  }

  middleware() {
    return async (ctx, next) => {
      const { route, params, allowed } = this.match(ctx.req.method, ctx.req.path);
      if (!route) {
        if (allowed.length) {
          ctx.res.headers.set('allow', allowed.join(', '));
          ctx.res.json({ error: 'METHOD_NOT_ALLOWED' }, 405);
          return;
        }
        return next();
      }
      ctx.req.params = params;
      ctx.route = route.pattern;
      await route.handler(ctx);
    };
  }
}

// A hash for ETags: FNV-1a over UTF-16 code units, as BigInt to stay exact in 64 bits.
function fnv1a64(text) {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

// ---- middleware ------------------------------------------------------------------------------------
const accessLog = [];
let requestCounter = 0;

const requestId = async (ctx, next) => {
  ctx.id = `req-${++requestCounter}`;
  ctx.res.headers.set('x-request-id', ctx.id);
  await next();
};

const timing = async (ctx, next) => {
  const started = clock.now;
  try {
    await next();
  } finally {
    clock.tick(5);
    accessLog.push(`${ctx.id} ${ctx.req.method} ${ctx.req.path} ${ctx.res.status} ${clock.now - started}ms${ctx.route ? ' ' + ctx.route : ''}`);
  }
};

const errorHandler = async (ctx, next) => {
  try {
    await next();
    if (!ctx.res.sent) ctx.res.json({ error: 'NOT_FOUND', path: ctx.req.path }, 404);
  } catch (raw) {
    const err = AppError.wrap(raw);
    if (err.status >= 500) bus.emit('error', err);
    ctx.res.json(err, err.status);
    ctx.error = err;
  }
};

const bodyParser = async (ctx, next) => {
  const { rawBody } = ctx.req;
  if (rawBody != null && ctx.req.method !== 'GET') {
    if (!/^application\/json\b/.test(ctx.req.headers.get('content-type') ?? 'application/json')) {
      throw new BadRequestError('expected JSON');
    }
    ctx.body = JSON.parse(rawBody, (key, value) =>
      typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/.test(value) ? new Date(value) : value);
  } else {
    ctx.body = {};
  }
  await next();
};

function rateLimit({ limit, windowMs }) {
  const hits = new Map();
  return async (ctx, next) => {
    const key = ctx.req.headers.get('authorization') ?? 'anonymous';
    const windowStart = clock.now - (clock.now % windowMs);
    const entry = hits.get(key);
    if (!entry || entry.window !== windowStart) hits.set(key, { window: windowStart, count: 1 });
    else if (++entry.count > limit) throw new RateLimitError('slow down', { details: { limit } });
    ctx.res.headers.set('x-ratelimit-remaining', limit - (hits.get(key).count));
    await next();
  };
}

function authenticate(customers) {
  return async (ctx, next) => {
    const header = ctx.req.headers.get('authorization');
    const [, token] = /^Bearer\s+(\S+)$/.exec(header ?? '') ?? [];
    ctx.user = token ? customers.by('token', token)[0] ?? null : null;
    await next();
  };
}

const requireUser = (ctx, next) => {
  if (!ctx.user) throw new UnauthorizedError('login required');
  return next();
};

function conditionalGet(cache) {
  return async (ctx, next) => {
    if (ctx.req.method !== 'GET' || !ctx.req.path.startsWith('/products')) return next();
    const key = ctx.req.path + '?' + new URLSearchParams(ctx.req.query).toString();
    const hit = cache.get(key);
    if (hit && hit.version === catalogVersion.value) {
      ctx.res.body = hit.body;
      ctx.res.headers.set('etag', hit.etag);
      ctx.res.headers.set('x-cache', 'hit');
      ctx.res.sent = true;
      if (ctx.req.headers.get('if-none-match') === hit.etag) {
        ctx.res.status = 304;
        ctx.res.body = null;
      }
      return;
    }
    await next();
    if (ctx.res.ok && ctx.res.body) {
      const etag = `"${fnv1a64(ctx.res.body)}"`;
      cache.set(key, { body: ctx.res.body, etag, version: catalogVersion.value });
      ctx.res.headers.set('etag', etag);
      ctx.res.headers.set('x-cache', 'miss');
    }
  };
}

const catalogVersion = { value: 1 };

// ---- notifications ---------------------------------------------------------------------------------
const TEMPLATES = {
  receipt: `Hello {{ customer.name }},
{% if order.coupons | length %}Coupons: {{ order.coupons | join:"; " }}
{% endif %}{% for line in order.lines %}{{ loop.index }}. {{ line.name | pad:18 }} {{ line.quantity | lpad:2 }} x {{ line.unit }}
{% endfor %}Total: {{ totals.total }}{% if totals.shipping.isZero %} (free shipping){% endif %}
{% include "footer" %}`,
  shipped: `{{ order.number }} is on its way to {{ customer.name | upper }}, expected {{ eta }}.{# internal: carrier later #}
{% include "footer" %}`,
  lowStock: `<p>Low stock:</p><ul>{% for sku, left in items %}<li>{{ sku }}: {{ left }}{% if left == 0 %} <b>sold out</b>{% endif %}</li>{% empty %}<li>none</li>{% endfor %}</ul>`,
  digest: `{% for o in orders %}{% if not loop.first %}, {% endif %}{{ o.number }}={{ o.state }}{% endfor %}`,
};

const renderer = new Renderer({
  partials: { footer: '-- {{ shop.name }} ({{ shop.url }})' },
  filters: { money: m => m.toString() },
  autoescape: false,
});
const htmlRenderer = new Renderer();

class Mailer {
  constructor() {
    this.outbox = [];
    this.failNext = 0;
  }

  async send({ to, subject, body }) {
    await sleep(1);
    if (this.failNext > 0) {
      this.failNext--;
      throw new AppError('smtp 451');
    }
    this.outbox.push({ to, subject, lines: body.split('\n').length, body });
    return this.outbox.length;
  }
}

// ---- application -----------------------------------------------------------------------------------
function createShop() {
  const products = new ProductRepository();
  const customers = new Repository('customer', c => c.name.toLowerCase()).addIndex('token', c => c.token).addIndex('country', c => c.country);
  const orders = new Repository('order', o => o.number).addIndex('state', o => o.state).addIndex('customer', o => o.customer.name);
  const pricing = new PricingService();
  const inventory = new InventoryService(products, bus);
  const payments = new PaymentGateway();
  const service = new OrderService({ products, customers, orders, pricing, inventory, payments, events: bus });
  const mailer = new Mailer();
  const scheduler = new Scheduler({ concurrency: 2, backoff: attempt => attempt * 2 });
  const cache = new LruCache(4);
  const shop = { name: 'Oden Outfitters', url: 'https://shop.example/' };
  return { products, customers, orders, pricing, inventory, payments, service, mailer, scheduler, cache, shop };
}

const app = createShop();
const { products, customers, orders, service, scheduler, mailer } = app;

function admin(ctx, next) {
  if (ctx.user?.name !== 'Ada') throw new UnauthorizedError('admins only');
  return next();
}

const api = new Router();
api.get('/health', ctx => {
  ctx.res.json({ ok: true, products: products.size, customers: customers.size, orders: orders.size });
});

api.get('/products', ctx => {
  const { category, tag, sort = 'sku', offset = '0', limit = '3' } = ctx.req.query;
  const where = p => (!category || p.category === category) && (!tag || p.tags.has(tag));
  const page = products.page({ where, sort, offset: Number(offset), limit: Number(limit) });
  ctx.res.json({ ...page, items: page.items.map(p => p.sku) });
});

api.get('/products/:sku', ctx => {
  ctx.res.json(products.get(ctx.req.params.sku.toUpperCase()));
});

api.put('/products/:sku/price', requireUser, admin, ctx => {
  const { price } = ValidationError.check([['price', required, v => (typeof v === 'number' && v > 0 ? undefined : 'must be a positive number')]], ctx.body);
  const product = products.get(ctx.req.params.sku);
  const before = product.price;
  product.price = price;
  catalogVersion.value++;
  ctx.res.json({ sku: product.sku, before: before.toString(), after: product.price.toString(), v: product.version });
});

api.get('/search', ctx => {
  const q = ctx.req.query.q ?? '';
  ctx.res.json({ q, hits: products.search(q) });
});

const cartRouter = new Router('/cart');
cartRouter.get('', requireUser, ctx => {
  const cart = service.cartFor(ctx.user);
  ctx.res.json({ count: cart.count, subtotal: cart.subtotal.toString(), lines: [...cart].map(({ product: { sku }, quantity }) => ({ sku, quantity })) });
});
cartRouter.post('/items', requireUser, ctx => {
  const { sku, quantity = 1 } = ValidationError.check(
    [['sku', required, isString, matches(/^[A-Z]{2,4}-\d{3}$/, 'a SKU like AB-123')], ['quantity', isInt(1, 20)]],
    { quantity: 1, ...ctx.body },
  );
  const product = products.get(sku);
  const cart = service.cartFor(ctx.user).add(product, quantity);
  ctx.res.json({ count: cart.count, subtotal: cart.subtotal.toString() }, 201);
});
cartRouter.delete('/items/:sku', requireUser, ctx => {
  const removed = service.cartFor(ctx.user).remove(ctx.req.params.sku, Number(ctx.req.query.quantity ?? Infinity));
  if (!removed) throw new NotFoundError('cart line', ctx.req.params.sku);
  ctx.res.json({ count: service.cartFor(ctx.user).count });
});
cartRouter.post('/quote', requireUser, ctx => {
  const cart = service.cartFor(ctx.user);
  const previous = cart.coupons;
  cart.coupons = (ctx.body.coupons ?? []).map(c => Coupon.find(c));
  try {
    const q = app.pricing.quote(cart);
    ctx.res.json(Object.fromEntries(Object.entries(q).map(([k, v]) => [k, v instanceof Money ? v.cents : v])));
  } finally {
    cart.coupons = previous;
  }
});

const orderRouter = new Router('/orders');
orderRouter.post('', requireUser, async ctx => {
  const { card, coupons } = ValidationError.check([['card', required, isString]], ctx.body);
  const order = await service.checkout(ctx.user, { card, coupons });
  ctx.res.headers.set('location', `/orders/${order.number}`);
  ctx.res.json(order, 201);
});
orderRouter.get('/:number?', requireUser, ctx => {
  const { number } = ctx.req.params;
  if (!number) {
    const mine = orders.by('customer', ctx.user.name).map(o => o.number);
    ctx.res.json({ orders: mine });
    return;
  }
  const order = orders.get(number);
  if (order.customer !== ctx.user && ctx.user.name !== 'Ada') throw new NotFoundError('order', number);
  ctx.res.json({ ...order.toJSON(), history: order.history.map(h => h.state), eta: order.eta ?? null });
});
orderRouter.post('/:number/cancel', requireUser, async ctx => {
  const order = await service.cancel(ctx.req.params.number, ctx.body.reason);
  ctx.res.json({ number: order.number, state: order.state, refund: order.refund ?? null });
});
orderRouter.post('/:number/ship', requireUser, admin, ctx => {
  const order = service.ship(ctx.req.params.number);
  ctx.res.json({ number: order.number, state: order.state, eta: order.eta });
});

api.get('/files/*', ctx => {
  const rest = ctx.req.params.rest ?? '';
  const parts = rest.split('/').filter(Boolean);
  if (parts.includes('..')) throw new BadRequestError('path escapes root');
  ctx.res.text(`file:${parts.join('>') || '(root)'}`);
});

api.get('/boom', () => {
  null.property; // a TypeError from the engine, turned into a 500
});

api.mount(cartRouter).mount(orderRouter);

const pipeline = compose([
  requestId,
  timing,
  errorHandler,
  bodyParser,
  rateLimit({ limit: 6, windowMs: 20 }),
  authenticate(customers),
  conditionalGet(app.cache),
  api.middleware(),
]);

async function request(method, url, { token, body, headers = {} } = {}) {
  const req = new HttpRequest(method, url, {
    headers: { ...headers, ...(token && { authorization: `Bearer ${token}` }) },
    body: body ?? null,
  });
  const ctx = { req, res: new HttpResponse() };
  await pipeline(ctx);
  const type = ctx.res.headers.get('content-type');
  const parsed = ctx.res.body == null ? null : type === 'application/json' ? JSON.parse(ctx.res.body) : ctx.res.body;
  return { status: ctx.res.status, body: parsed, headers: ctx.res.headers, error: ctx.error };
}

// Prints one request's outcome on one line.
async function call(label, method, url, options) {
  const res = await request(method, url, options);
  const extra = ['location', 'allow', 'x-cache'].filter(h => res.headers.has(h)).map(h => `${h}=${res.headers.get(h)}`);
  show(`${label} ${method} ${url}`, res.status, res.body, ...(extra.length ? [extra.join(',')] : []));
  return res;
}

// ---- seed data -------------------------------------------------------------------------------------
function seed() {
  const specs = [
    { sku: 'BK-101', name: 'Compilers in Practice', price: 49.9, stock: 5, category: 'books', tags: ['compiler', 'dotnet'] },
    { sku: 'BK-102', name: 'The Little Typer', price: 35, stock: 2, category: 'books', tags: ['types'] },
    { sku: 'GM-201', name: 'Stack Machine Puzzle', price: 19.99, stock: 10, category: 'games', tags: ['puzzle', 'compiler'] },
    { sku: 'TL-301', name: 'Mechanical Keyboard', price: 129, stock: 4, category: 'tools', tags: ['hardware'] },
    { sku: 'TL-302', name: 'USB Cable', price: 4.5, stock: 50, category: 'tools', tags: ['hardware', 'cheap'] },
  ];
  for (const spec of specs) products.save(new Product(spec));
  products.save(new DigitalProduct({ sku: 'MU-401', name: 'Chiptune Album', price: 9.99, category: 'music', tags: ['audio'] }));
  products.save(new DigitalProduct({ sku: 'GM-202', name: 'Retro Game Key', price: 14.99, category: 'games', seats: 2, tags: ['key'] }));
  products.save(new Bundle(
    { sku: 'BN-501', name: 'Desk Bundle', category: 'tools', tags: ['hardware', 'bundle'], discountPercent: 15 },
    [[products.get('TL-301'), 1], [products.get('TL-302'), 2]],
  ));

  const people = [
    { name: 'Ada', email: 'Ada@Example.org', country: 'DE', token: 't-ada' },
    { name: 'Grace', email: 'grace.hopper@navy.example.mil', country: 'US', token: 't-grace' },
    { name: 'Linus', email: 'linus+shop@kernel.example.fi', country: 'FR', token: 't-linus' },
  ];
  for (const p of people) customers.save(new Customer(p));

  new PercentCoupon('SPRING10', 10, { minimum: Money.of(20) });
  new FixedCoupon('WELCOME5', Money.of(5), { once: true });
  new BuyXGetYCoupon('CABLES3', { sku: 'TL-302', buy: 2, free: 1 });
  new PercentCoupon('OLD50', 50, { expires: Date.UTC(2024, 0, 1) });
}

// ---- scenario --------------------------------------------------------------------------------------
async function main() {
  section('seed');
  seed();
  show('products', products.size, [...products].map(p => p.sku));
  show('entity counts', Entity.instances, { Product: Product.created, DigitalProduct: DigitalProduct.created, Bundle: Bundle.created, Customer: Customer.created });
  show('own created?', Object.hasOwn(Entity, 'created'), Object.hasOwn(Product, 'created'));
  show('bundle', products.get('BN-501'));
  show('digital', products.get('MU-401'));
  show('by category', [...products.indexes.get('category').index].map(([k, set]) => `${k}:${set.size}`));
  show('by tag hardware', products.by('tag', 'hardware').map(p => p.sku));
  const ada = customers.get('ada');
  show('ada', ada, ada.domain, ada instanceof Entity, Object.getPrototypeOf(Customer) === Entity);
  const firstId = products.get('BK-101').id;
  show('id', typeof firstId, firstId > 0n, IdGenerator.decode(firstId));
  show('id sequence', [...products].slice(0, 3).map(p => Number(p.id - firstId)));
  show('coupons', [...Coupon.byCode.values()].map(c => c.describe()));
  try {
    new Customer({ name: 'Bad', email: 'not-an-email' });
  } catch (err) {
    show('bad email', errorSummary(err), err.details);
  }
  try {
    products.get('TL-301').price = -1;
  } catch (err) {
    show('bad price', err.name, err instanceof RangeError, err.message);
  }
  try {
    products.get('TL-301').category = 'food';
  } catch (err) {
    show('bad category', err.name, err.status, err.problems);
  }

  section('money');
  const m = Money.of(10.05);
  show('money basics', m.toString(), `${m}`, +m, m.add(Money.of(0.95)).toString(), m.multiply(3).cents);
  show('allocate', Money.of(100).allocate(3).map(String), Money.of(0.05).allocate(3).map(x => x.cents));
  show('half even', [0.5, 1.5, 2.5, -2.5, 2.4, 2.6].map(util.roundHalfEven));
  show('thousands', new Money(123456789).toString(), new Money(-5).toString());
  show('frozen', Object.isFrozen(m), Object.isFrozen(Money.ZERO), Money.ZERO.isZero);
  for (const bad of [() => m.add(5), () => m.add(new Money(1, 'USD')), () => new Money(1.5)]) {
    try {
      bad();
    } catch (err) {
      show('money error', err.constructor.name, err.message);
    }
  }

  section('templates');
  const tokens = [...lex('Hi {{ name }}!{# note #}{% if x %}y{% endif %}')].map(t => `${t.type}:${t.value}`);
  show('lex', tokens);
  const receiptTree = parse(TEMPLATES.receipt);
  show('tree', receiptTree.children.map(n => n.type));
  for (const bad of ['{% if x %}open', '{{ a | }}', 'x\n  {% endfor %}', '{% wat %}', '{{ a b }}', '{% for x in %}']) {
    try {
      parse(bad);
      show('parsed?!', bad);
    } catch (err) {
      show('template error', err.name, err instanceof TemplateError, err.line, err.column);
    }
  }
  const sample = {
    customer: { name: 'Ada' },
    order: { coupons: ['A', 'B'], lines: [{ name: 'Thing', quantity: 2, unit: Money.of(3) }, { name: 'Other', quantity: 10, unit: Money.of(0.5) }] },
    totals: { total: Money.of(11), shipping: Money.ZERO },
    shop: app.shop,
  };
  console.log(renderer.render(TEMPLATES.receipt, sample));
  show('render stats', renderer.stats);
  show('preview', renderer.preview(TEMPLATES.receipt, sample, 24));
  show('render stats after preview', renderer.stats);
  show('lowStock html', htmlRenderer.render(TEMPLATES.lowStock, { items: new Map([['A&B', 0], ['<C>', 2]]) }));
  show('lowStock empty', htmlRenderer.render(TEMPLATES.lowStock, { items: [] }));
  show('expressions', renderer.render('{{ a.b[0] | default:"-" }}|{% if n >= 2 and not (flag or false) %}big{% elif n == 1 %}one{% else %}none{% endif %}|{{ n | plural:"item","items" }}', { a: { b: [null] }, n: 3, flag: false }));
  show('filters', renderer.render('{{ s | upper | pad:6,"." }}[{{ xs | first }}][{{ xs | join:"+" }}][{{ obj | json }}]', { s: 'ab', xs: new Set([3, 4]), obj: { k: [1] } }));
  const who = '<script>alert(1)</script>';
  const safe = html`<ul>${['a<b', html`<i>${'x&y'}</i>`].map(x => html`<li>${x}</li>`)}</ul><p title="${who}">${null}</p>`;
  show('html tag', safe instanceof SafeString, String(safe));
  try {
    renderer.render('{{ x | nope }}', {});
  } catch (err) {
    show('unknown filter', err.name);
  }
  try {
    renderer.render('{% include "missing" %}', {});
  } catch (err) {
    show('missing partial', err.name);
  }

  section('http: catalog');
  // What a developer prints while wiring the app: the middleware and a few route handlers.
  console.log({ requestId, timing, bodyParser, requireUser });
  console.log(api.routes.slice(0, 3).map(({ method, pattern, names }) => `${method} ${pattern} [${names}]`));
  console.log([sendReceipt, SalesReport.prototype.rows, Repository.prototype.scan, CatalogClient.prototype[Symbol.asyncIterator]]);
  await call('health', 'GET', '/health');
  await call('list', 'GET', '/products');
  await call('list page 2', 'GET', '/products?offset=3&limit=3');
  await call('list books', 'GET', '/products?category=books&sort=price:desc');
  const first = await call('list by price', 'GET', '/products?sort=price&limit=4');
  const again = await call('list by price again', 'GET', '/products?sort=price&limit=4');
  show('etag stable', first.headers.get('etag') === again.headers.get('etag'), /^"[0-9a-f]{16}"$/.test(first.headers.get('etag')));
  await call('conditional', 'GET', '/products?sort=price&limit=4', { headers: { 'If-None-Match': first.headers.get('etag') } });
  await call('one', 'GET', '/products/gm-201');
  await call('missing', 'GET', '/products/XX-999');
  await call('search', 'GET', '/search?q=compiler');
  await call('search 2', 'GET', '/search?q=usb%20cable');
  await call('no route', 'GET', '/nope');
  await call('wrong method', 'DELETE', '/products');
  await call('files', 'GET', '/files/docs/a%20b/readme.md');
  await call('files root', 'GET', '/files');
  await call('files escape', 'GET', '/files/../etc');
  await call('boom', 'GET', '/boom');
  show('audit after boom', audit);
  await call('price anon', 'PUT', '/products/TL-302/price', { body: { price: 5 } });
  await call('price grace', 'PUT', '/products/TL-302/price', { token: 't-grace', body: { price: 5 } });
  await call('price bad', 'PUT', '/products/TL-302/price', { token: 't-ada', body: { price: 'cheap' } });
  await call('price ok', 'PUT', '/products/TL-302/price', { token: 't-ada', body: { price: 5 } });
  await call('list after price', 'GET', '/products?sort=price&limit=4');
  show('cache', { size: app.cache.size, hits: app.cache.hits, misses: app.cache.misses, evicted: app.cache.evicted.length });
  await call('malformed', 'POST', '/cart/items', { token: 't-ada', body: '{"sku": "BK-101",' });
  await call('not json', 'POST', '/cart/items', { token: 't-ada', body: 'sku=1', headers: { 'content-type': 'text/plain' } });

  section('http: carts and checkout');
  const lowStock = [];
  const paidOrders = [];
  bus.on('stock:low', (sku, left) => lowStock.push([sku, left]));
  bus.on('order:paid', order => {
    paidOrders.push(order.number);
    scheduler.add(`receipt ${order.number}`, () => sendReceipt(order), { priority: Priority.HIGH, retries: 2 });
  });
  bus.on('order:shipped', order => {
    scheduler.add(`shipped ${order.number}`, () => sendShipped(order), { priority: Priority.NORMAL });
  });
  bus.on('checkout:failed', (name, err) => audit.push(`checkout:${name}:${err.name}`));
  bus.prependListener('order:paid', order => audit.push(`paid:${order.number}`));
  show('listeners', bus.eventNames().map(String), bus.listenerCount('order:paid'));
  scheduler.pause(); // e-mails go out in one batch later

  await call('cart anon', 'GET', '/cart');
  await call('cart empty', 'GET', '/cart', { token: 't-ada' });
  await call('checkout empty', 'POST', '/orders', { token: 't-ada', body: { card: testCard('0001') } });
  await call('add bad sku', 'POST', '/cart/items', { token: 't-ada', body: { sku: 'bk101', quantity: 0 } });
  await call('add two problems', 'POST', '/cart/items', { token: 't-ada', body: { quantity: 99 } });
  await call('add book', 'POST', '/cart/items', { token: 't-ada', body: { sku: 'BK-101', quantity: 2 } });
  await call('add cables', 'POST', '/cart/items', { token: 't-ada', body: { sku: 'TL-302', quantity: 3 } });
  await call('add album', 'POST', '/cart/items', { token: 't-ada', body: { sku: 'MU-401' } });
  await call('cart', 'GET', '/cart', { token: 't-ada' });
  await call('quote', 'POST', '/cart/quote', { token: 't-ada', body: { coupons: ['spring10', 'CABLES3'] } });
  await call('quote expired', 'POST', '/cart/quote', { token: 't-ada', body: { coupons: ['OLD50'] } });
  await call('quote unknown', 'POST', '/cart/quote', { token: 't-ada', body: { coupons: ['FREE'] } });
  await call('remove one cable', 'DELETE', '/cart/items/TL-302?quantity=1', { token: 't-ada' });
  await call('remove missing', 'DELETE', '/cart/items/GM-201', { token: 't-ada' });
  const declined = await call('checkout declined', 'POST', '/orders', { token: 't-ada', body: { card: testCard('0002'), coupons: ['SPRING10'] } });
  show('declined', errorSummary(declined.error), declined.error.attempts, products.get('BK-101').stock, DigitalProduct.downloads);
  await call('checkout bad card', 'POST', '/orders', { token: 't-ada', body: { card: '1234 5678' } });
  const paid = await call('checkout flaky', 'POST', '/orders', { token: 't-ada', body: { card: testCard('0003'), coupons: ['SPRING10', 'WELCOME5'] } });
  const adaOrder = orders.get(paid.body.number);
  show('ada order', adaOrder.paymentAttempts, adaOrder.state, adaOrder.history.map(h => h.state), ada.tier, ada.spentCents);
  show('stock after', products.get('BK-101').stock, products.get('TL-302').stock, DigitalProduct.downloads, app.inventory.reservations.size);
  await call('cart after', 'GET', '/cart', { token: 't-ada' });

  // Grace buys the last copies; Linus races for the same book and loses.
  await call('grace add', 'POST', '/cart/items', { token: 't-grace', body: { sku: 'BK-102', quantity: 2 } });
  await call('grace add key', 'POST', '/cart/items', { token: 't-grace', body: { sku: 'GM-202', quantity: 2 } });
  await call('linus add', 'POST', '/cart/items', { token: 't-linus', body: { sku: 'BK-102', quantity: 1 } });
  await call('linus add bundle', 'POST', '/cart/items', { token: 't-linus', body: { sku: 'BN-501', quantity: 1 } });
  const [graceRes, linusRes] = await Promise.all([
    request('POST', '/orders', { token: 't-grace', body: { card: testCard('0001') } }),
    request('POST', '/orders', { token: 't-linus', body: { card: testCard('0001'), coupons: ['WELCOME5'] } }),
  ]);
  show('race grace', graceRes.status, graceRes.body.number ?? graceRes.body.error, graceRes.body.total);
  show('race linus', linusRes.status, linusRes.body.error, linusRes.body.details);
  show('after race', products.get('BK-102').stock, products.get('TL-301').stock, products.get('BN-501').available, products.get('GM-202').available);
  await call('linus drops book', 'DELETE', '/cart/items/BK-102', { token: 't-linus' });
  const linusPaid = await call('linus retry', 'POST', '/orders', { token: 't-linus', body: { card: testCard('0001'), coupons: ['WELCOME5'] } });
  show('bundle parts', products.get('TL-301').stock, products.get('TL-302').stock, products.get('BN-501').available);
  show('low stock events', lowStock);
  const doubleCheckout = await Promise.allSettled([
    service.checkout(ada, { card: testCard('0001') }),
    service.checkout(ada, { card: testCard('0001') }),
  ]);
  show('double checkout', doubleCheckout.map(r => r.status + ':' + (r.reason?.name ?? r.value?.number)));

  section('http: orders');
  await call('my orders', 'GET', '/orders', { token: 't-ada' });
  await call('order', 'GET', `/orders/${adaOrder.number}`, { token: 't-ada' });
  await call('not mine', 'GET', `/orders/${adaOrder.number}`, { token: 't-grace' });
  await call('ship by grace', 'POST', `/orders/${graceRes.body.number}/ship`, { token: 't-grace' });
  await call('ship', 'POST', `/orders/${graceRes.body.number}/ship`, { token: 't-ada' });
  await call('ship ada', 'POST', `/orders/${adaOrder.number}/ship`, { token: 't-ada' });
  await call('cancel shipped', 'POST', `/orders/${graceRes.body.number}/cancel`, { token: 't-grace' });
  await call('cancel linus', 'POST', `/orders/${linusPaid.body.number}/cancel`, { token: 't-linus', body: { reason: 'changed mind' } });
  await call('cancel again', 'POST', `/orders/${linusPaid.body.number}/cancel`, { token: 't-linus' });
  await call('grace order', 'GET', `/orders/${graceRes.body.number}`, { token: 't-ada' });
  show('after cancel', products.get('TL-301').stock, products.get('TL-302').stock, customers.get('linus').spentCents, app.payments.charges.map(c => `${c.id}:${c.refunded ? 'R' : 'ok'}`));
  show('orders by state', [...orders.indexes.get('state').index].filter(([, s]) => s.size).map(([k, s]) => `${k}=${s.size}`));
  // A burst: all eight pass the limiter before any of them finishes, so the window is shared.
  const burst = await Promise.all(Array.from({ length: 8 }, () => request('GET', '/health', { token: 't-linus' })));
  show('burst', burst.map(r => r.status), burst.map(r => r.headers.get('x-ratelimit-remaining') ?? '-').join(''));
  show('rate limited body', burst.find(r => r.status === 429)?.body);
  show('access log size', accessLog.length);
  show('access log tail', accessLog.slice(-3));
  show('audit', audit);

  section('scheduler: e-mail batch');
  show('queued mails', scheduler.stats, [...scheduler.queue].map(j => `${j.name}/${j.priority}`));
  mailer.failNext = 2; // the first mail needs two retries
  scheduler.add('low stock report', () => mailer.send({
    to: 'ops@shop.example',
    subject: 'low stock',
    body: htmlRenderer.render(TEMPLATES.lowStock, { items: new Map(lowStock) }),
  }), { priority: Priority.LOW });
  scheduler.concurrency = 1;
  const idle = once(scheduler, 'idle');
  scheduler.resume();
  await idle;
  await scheduler.onIdle();
  show('mail log', scheduler.log);
  show('mail stats', scheduler.stats);
  show('jobs', [...scheduler].map(j => j.toJSON()));
  for (const mail of mailer.outbox) {
    show('mail', mail.to, mail.subject, mail.lines);
  }
  console.log(mailer.outbox[0].body);
  console.log(mailer.outbox.find(m => m.subject.startsWith('shipped')).body);
  show('low stock mail', mailer.outbox.at(-1).body);

  section('scheduler: retries, timeouts, cancellation');
  const jobs = new Scheduler({ concurrency: 2, backoff: () => 1 });
  const ran = [];
  const fast = jobs.add('fast', async ({ attempt }) => {
    await sleep(1);
    ran.push('fast');
    return attempt * 10;
  });
  const slow = jobs.add('slow', async () => {
    await sleep(60);
    ran.push('slow');
    return 'slow-done';
  }, { priority: Priority.LOW });
  const stuck = jobs.add('stuck', () => sleep(400, 'too late'), { timeout: 25 });
  const doomed = jobs.add('doomed', ({ attempt }) => {
    throw new RangeError(`attempt ${attempt}`);
  }, { retries: 2 });
  const skipped = jobs.add('skipped', () => 'never');
  const waiting = jobs.add('waiting', ({ signal }) => new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
  }), { priority: Priority.HIGH });
  show('cancel queued', jobs.cancel(skipped.id, 'not needed'), skipped.state);
  show('cancel unknown', jobs.cancel('job-999'));
  show('queue order', [...jobs.queue].map(j => j.name));
  console.log('job ids:', jobs.jobs.keys(), 'first entry:', jobs.jobs.entries().next().value[0]);
  fast.done.then(() => {
    show('fast done; cancelling waiting', waiting.state);
    jobs.cancel(waiting.id, 'shutdown');
  });
  const settled = await Promise.allSettled([fast, slow, stuck, doomed, skipped, waiting].map(j => j.done));
  await jobs.onIdle();
  show('settled', settled.map(r => (r.status === 'fulfilled' ? `ok:${r.value}` : `err:${r.reason.name}`)));
  for (const job of [fast, slow, stuck, doomed, skipped, waiting]) {
    show(`job ${job.name}`, job.state, job.attempts, jobs.log.filter(line => line.split(':')[1] === job.name));
  }
  show('doomed errors', doomed.error instanceof RetriesExhaustedError, doomed.error.errors.map(e => e.message), doomed.error.lastError.name);
  show('stuck error', stuck.error instanceof TimeoutError, stuck.error.jobId === stuck.id, stuck.error.message.endsWith('timed out'));
  show('waiting error', waiting.error instanceof CancelledError, waiting.error.message, waiting.signal.aborted);
  show('ran', ran, jobs.stats);

  const raced = await Promise.race([sleep(80, 'tortoise'), sleep(2, 'hare')]);
  const anyOk = await Promise.any([Promise.reject(new Error('x')), sleep(3, 'second'), sleep(50, 'third')]);
  let aggregate;
  try {
    await Promise.any([Promise.reject(new TypeError('a')), Promise.reject(new RangeError('b'))]);
  } catch (err) {
    aggregate = err;
  }
  show('race/any', raced, anyOk, aggregate.constructor.name, aggregate.errors.map(e => e.name));

  let inFlight = 0, maxInFlight = 0;
  const squares = await mapLimit([5, 1, 4, 2, 3], 2, async (n, i, worker) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await null;
    await Promise.resolve();
    inFlight--;
    return `${i}:${n * n}@w${worker}`;
  });
  show('mapLimit', squares, maxInFlight);

  const pq = new PriorityQueue((a, b) => a.p - b.p || a.name.localeCompare(b.name));
  for (const [name, p] of [['d', 2], ['a', 1], ['c', 1], ['b', 3], ['e', 1]]) pq.push({ name, p });
  show('priority queue', [...pq].map(x => x.name).join(''), pq.peek().name, pq.remove(x => x.name === 'c').name, pq.size);

  section('events');
  const emitter = new EventEmitter();
  const seen = [];
  emitter.on('newListener', (name) => seen.push(`new:${String(name)}`));
  emitter.once('greet', function (who) { seen.push(`once:${who}:${this === emitter}`); });
  emitter.on('greet', (who) => seen.push(`on:${who}`));
  emitter.prependListener('greet', (who) => seen.push(`first:${who}`));
  emitter.emit('greet', 'x');
  emitter.emit('greet', 'y');
  show('emit order', seen);
  const sym = Symbol('internal');
  emitter.on(sym, () => seen.push('symbol'));
  show('event names', emitter.eventNames().map(n => (typeof n === 'symbol' ? n.description : n)), emitter.emit(sym), emitter.emit('nobody'));
  try {
    emitter.emit('error', 'plain string');
  } catch (err) {
    show('unhandled error event', err.name, err.event, err.cause);
  }
  try {
    emitter.on('x', 'not a function');
  } catch (err) {
    show('bad listener', err.name);
  }
  emitter.maxListeners = 2;
  for (let i = 0; i < 3; i++) emitter.on('busy', () => {});
  show('warnings', emitter.warnings, emitter.listenerCount('busy'));

  setTimeout(() => emitter.emit('ready', 1, 2), 1);
  const readyArgs = await once(emitter, 'ready');
  setTimeout(() => emitter.emit('error', new ConflictError('nope')), 1);
  const failed = await once(emitter, 'never').catch(err => err.name);
  show('once', readyArgs, failed, emitter.listenerCount('never'), emitter.listenerCount('error'));

  const ticks = new EventEmitter();
  (async () => {
    for (let i = 1; i <= 5; i++) {
      await sleep(1);
      ticks.emit('tick', i, i * i);
    }
    ticks.emit('end');
  })();
  const received = [];
  for await (const [n, sq] of on(ticks, 'tick')) {
    received.push(`${n}=${sq}`);
    if (n === 3) break;
  }
  show('for await break', received, ticks.listenerCount('tick'), ticks.listenerCount('end'));
  const all = [];
  const ticks2 = new EventEmitter();
  queueMicrotask(() => {
    ticks2.emit('tick', 'a');
    ticks2.emit('tick', 'b');
    ticks2.emit('end');
    ticks2.emit('tick', 'late');
  });
  for await (const [v] of on(ticks2, 'tick')) all.push(v);
  show('for await end', all, ticks2.listenerCount('tick'));

  section('reports');
  const streamed = [];
  for await (const order of orders.scan({ pageSize: 2 })) streamed.push(`${order.number}:${order.state}`);
  show('scan', streamed);
  const openOnly = [];
  for await (const order of orders.scan({ pageSize: 1, where: o => o.isOpen })) {
    openOnly.push(order.number);
    if (openOnly.length === 1) continue;
    break;
  }
  show('scan open (stopped early)', openOnly);

  const sales = new SalesReport(orders, products);
  for (const row of sales.byCategory()) show('sales row', row);
  show('sales totals', sales.totals);
  console.table([...products].map(({ sku, category, available, price }) => ({ sku, category, available, price: price.cents })));
  console.table(new Map([...groupBy(orders, o => o.state)].map(([state, list]) => [state, list.map(o => o.number)])));
  show('digest', renderer.render(TEMPLATES.digest, { orders: [...orders] }));
  show('by customer', [...groupBy(orders, o => o.customer.name)].map(([name, list]) => [name, list.length]));
  show('chunks', [...chunk(products, 3)].map(group => group.map(p => p.sku.slice(0, 2)).join('')));
  show('zip', [...zip(['a', 'b', 'c'], [1, 2], new Set([true, false, null]))]);

  const query = sql`
    SELECT number, total FROM orders
    WHERE customer = ${'Ada'} AND state IN ${['paid', 'shipped']}
    AND total > ${1000}`;
  show('sql', query);

  const start = new Date(Date.UTC(2024, 1, 28, 23, 30));
  show('dates', isoDate(start), formatDate(start, 'ddd DD.MM.YYYY hh:mm:ss'), isoDate(startOfMonth(start)));
  show('business days', [1, 2, 3, 5].map(n => formatDate(addBusinessDays(start, n), 'ddd MM-DD')));
  show('leap', new Date(Date.UTC(2024, 1, 29)).getUTCDate(), new Date(Date.UTC(2023, 1, 29)).toISOString(), daysBetween(start, new Date(Date.UTC(2024, 11, 25))));
  const stamp = new Date(clock.now);
  show('clock', stamp.toISOString(), stamp.getUTCDay(), JSON.stringify({ at: stamp }), Date.parse('2024-03-14T09:30:00Z') === Date.UTC(2024, 2, 14, 9, 30));
  const revived = JSON.parse(JSON.stringify({ at: stamp, n: 1 }), (k, v) => (k === 'at' ? new Date(v) : v));
  show('revived', revived.at instanceof Date, revived.at.getTime() === stamp.getTime());

  const snapshot = deepFreeze({ shop: app.shop.name, counts: { products: products.size, orders: orders.size }, tags: ['a', { b: 1 }] });
  show('frozen', Object.isFrozen(snapshot.counts), Object.isFrozen(snapshot.tags[1]));
  try {
    snapshot.counts.products = 0;
  } catch (err) {
    show('write frozen', err.name);
  }
  show('deepEqual', deepEqual({ a: [1, { b: new Map([[1, { c: 2 }]]) }] }, { a: [1, { b: new Map([[1, { c: 2 }]]) }] }),
    deepEqual(new Set([1, 2]), new Set([2, 1])), deepEqual([1, 2], { 0: 1, 1: 2 }), deepEqual(NaN, NaN), deepEqual(new Date(0), new Date(1)));
  show('pick/omit', pick(ada.toJSON(), 'name', 'tier', 'nope'), omit({ a: 1, b: 2, c: 3 }, 'b'));

  const lineCount = memoizeByObject(order => order.lines.length);
  const counts = [...orders].map(lineCount).concat([...orders].map(lineCount));
  show('memo', counts, lineCount.hits);

  // Which two distinct products cost exactly 54.99 together (labeled loops)?
  let pair = null;
  outer: for (const a of products) {
    for (const b of products) {
      if (a === b) continue;
      if (a.price.add(b.price).cents === 5499) {
        pair = [a.sku, b.sku];
        break outer;
      }
    }
  }
  show('pair', pair);

  // Legacy code sorted with a boolean comparator (a classic bug): it never returns a negative number,
  // so the engine's TimSort finds one ascending run and leaves the order as it was.
  const byPriceLegacy = [...products].sort((a, b) => a.price.cents > b.price.cents).map(p => p.sku);
  const byPrice = [...products].sort((a, b) => a.price.cents - b.price.cents || a.sku.localeCompare(b.sku)).map(p => p.sku);
  show('legacy sort', byPriceLegacy.join(' '), byPrice.join(' '), deepEqual(byPriceLegacy, [...products].map(p => p.sku)));
  let comparisons = 0;
  const ranked = [...customers, ...customers, ...customers].toSorted((a, b) => {
    comparisons++;
    return b.spentCents - a.spentCents;
  });
  show('ranked', ranked.map(c => c.name[0]).join(''), comparisons);

  // A Proxy that records which settings are read and refuses writes.
  const reads = [];
  const settings = new Proxy({ currency: 'EUR', freeShippingFrom: 50, nested: { depth: 1 } }, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.push(key);
      return Reflect.get(target, key, receiver);
    },
    set(_target, key) {
      throw new TypeError(`settings are read-only (${String(key)})`);
    },
    has(target, key) {
      return key !== 'nested' && key in target;
    },
  });
  const { currency, freeShippingFrom: threshold = 0, missing = 'dflt' } = settings;
  show('proxy', currency, threshold, missing, 'nested' in settings, 'currency' in settings, reads);
  try {
    settings.currency = 'USD';
  } catch (err) {
    show('proxy write', err.name, err.message);
  }

  // Paginated API client with Symbol.asyncIterator over the HTTP layer.
  const client = new CatalogClient('t-grace', 3);
  const skus = [];
  for await (const sku of client) skus.push(sku);
  show('client', skus.length, skus.join(','), client.requests);

  section('reviews and plugins');
  const reviewSystem = runReviews();
  show('reviews', reviewSystem.list.map(r => r.describe()));
  show('ratings', reviewSystem.sorted, `${reviewSystem.best}`, reviewSystem.best > reviewSystem.worst, reviewSystem.average);
  show('review json', reviewSystem.list[0].serialize());
  const avg = averager();
  avg.next();
  const running = [5, 3, 4].map(x => avg.next(x).value);
  let avgError;
  try {
    avg.throw(new RangeError('reset'));
  } catch (err) {
    avgError = err.name;
  }
  show('coroutine', running, avg.next(1).value, avgError ?? 'absorbed', JSON.stringify(avg.return('closed')));
  const tracking = Tracking.resolve('ORD-1004').then(n => `${n}:picked`).stage('packed').stage('handed over');
  show('tracking', tracking instanceof Tracking, await tracking, Tracking.stages);
  const plugins = [auditPlugin, { name: 'noop', setup() { return 'noop ready'; } }];
  show('plugins', plugins.map(p => p.setup()), auditPlugin.describe());

  section('summary');
  const summary = {
    products: products.size,
    customers: [...customers].map(c => `${c.name}:${c.tier}:${c.orders.length}`),
    orders: [...orders].map(o => o.toJSON()),
    charges: app.payments.charges.length,
    mails: mailer.outbox.length,
    requests: requestCounter,
    entityInstances: Entity.instances,
    downloads: DigitalProduct.downloads,
    largestId: [...orders].reduce((max, o) => (o.id > max ? o.id : max), 0n),
  };
  console.log(JSON.stringify(summary, replacer, 2));
  show('lines printed', lineNo);
}

// ---- reviews: mixins, valueOf, coroutines, a Promise subclass, object-literal super --------------
const Timestamped = Base => class extends Base {
  at = clock.now;
  describe() {
    return `${super.describe()} @${formatDate(new Date(this.at), 'hh:mm')}`;
  }
};
const Serializable = Base => class Serializable extends Base {
  serialize() {
    return JSON.stringify(this, (k, v) => (k === 'product' ? v.sku : v));
  }
};

class Rating {
  constructor(stars) {
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) throw new RangeError('stars 1..5');
    this.stars = stars;
  }
  valueOf() {
    return this.stars;
  }
  toString() {
    return '*'.repeat(this.stars).padEnd(5, '.');
  }
}

class ReviewBase {
  constructor(product, author, stars, text) {
    Object.assign(this, { product, author, rating: new Rating(stars), text });
  }
  describe() {
    return `${this.author} on ${this.product.sku}: ${this.rating}`;
  }
}

class Review extends Serializable(Timestamped(ReviewBase)) {
  describe() {
    return `[${this.rating >= 4 ? '+' : this.rating <= 2 ? '-' : '='}] ${super.describe()}`;
  }
}

function runReviews() {
  const list = [
    ['BK-101', 'Ada', 5, 'Exactly what I needed.'],
    ['TL-302', 'Grace', 2, 'Too short.'],
    ['GM-201', 'Linus', 4, 'Fun, if hard.'],
    ['BK-101', 'Linus', 3, 'Dense.'],
  ].map(([sku, author, stars, text]) => {
    clock.tick(90_000);
    return new Review(products.get(sku), author, stars, text);
  });
  const ratings = list.map(r => r.rating);
  const sorted = ratings.toSorted((a, b) => b - a).map(String);
  const best = ratings.reduce((x, y) => (y > x ? y : x));
  const worst = ratings.reduce((x, y) => (y < x ? y : x));
  const average = (ratings.reduce((sum, r) => sum + r, 0) / ratings.length).toFixed(2);
  return { list, sorted, best, worst, average };
}

// A running average as a coroutine: send a number, get the average so far; a thrown error resets it.
function* averager() {
  let sum = 0;
  let count = 0;
  let last = null;
  while (true) {
    try {
      const value = yield last;
      sum += value;
      count++;
      last = Math.round((sum / count) * 100) / 100;
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      sum = 0;
      count = 0;
      last = null;
    }
  }
}

class Tracking extends Promise {
  static stages = [];
  stage(name) {
    return this.then(value => {
      Tracking.stages.push(name);
      return `${value}>${name}`;
    });
  }
}

const basePlugin = {
  name: 'base',
  setup() {
    return `${this.name} ready`;
  },
  describe() {
    return `plugin ${this.name}`;
  },
};
const auditPlugin = {
  __proto__: basePlugin,
  name: 'audit',
  setup() {
    return super.setup() + ` (${audit.length} audit lines)`;
  },
  describe() {
    return super.describe().toUpperCase();
  },
};

class SalesReport {
  constructor(orders, products) {
    this.orders = orders;
    this.products = products;
  }

  *rows() {
    for (const order of this.orders) {
      if (order.state === 'cancelled') continue;
      for (const line of order.lines) {
        const product = this.products.get(line.sku);
        yield { category: product.category, cents: line.unit.cents * line.quantity, quantity: line.quantity };
      }
    }
  }

  *byCategory() {
    const totals = new Map();
    for (const { category, cents, quantity } of this.rows()) {
      const entry = totals.get(category) ?? { category, cents: 0, quantity: 0 };
      entry.cents += cents;
      entry.quantity += quantity;
      totals.set(category, entry);
    }
    yield* [...totals.values()].sort((a, b) => b.cents - a.cents || a.category.localeCompare(b.category));
  }

  get totals() {
    let cents = 0, quantity = 0;
    for (const row of this.rows()) {
      cents += row.cents;
      quantity += row.quantity;
    }
    return { cents, quantity, formatted: new Money(cents).toString() };
  }
}

class CatalogClient {
  constructor(token, pageSize) {
    this.token = token;
    this.pageSize = pageSize;
    this.requests = 0;
  }

  async *[Symbol.asyncIterator]() {
    let offset = 0;
    let more = true;
    while (more) {
      this.requests++;
      const { status, body } = await request('GET', `/products?offset=${offset}&limit=${this.pageSize}&sort=sku`, { token: this.token });
      if (status !== 200) throw new AppError(`catalog returned ${status}`);
      yield* body.items;
      more = body.hasMore;
      offset += this.pageSize;
    }
  }
}

async function sendReceipt(order) {
  const body = renderer.render(TEMPLATES.receipt, {
    customer: order.customer,
    order,
    totals: order.totals,
    shop: app.shop,
  });
  return mailer.send({ to: order.customer.email, subject: `receipt ${order.number}`, body });
}

async function sendShipped(order) {
  const body = renderer.render(TEMPLATES.shipped, { order, customer: order.customer, eta: order.eta, shop: app.shop });
  return mailer.send({ to: order.customer.email, subject: `shipped ${order.number}`, body });
}

main().then(
  () => console.log('\ndone'),
  err => {
    console.log('FAILED', err?.name, err?.message);
    throw err;
  },
);
