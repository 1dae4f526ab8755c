class Day extends Date {
  constructor(...args) { super(...args); this.kind = 'day'; }
  next() { return new Day(this.getTime() + 86400000); }
  toString() { return this.toISOString().slice(0, 10); }
}
const d = new Day(Date.UTC(2024, 1, 28));
console.log(String(d), String(d.next()), String(d.next().next()), d.kind);
console.log(d instanceof Date, typeof d.getTime(), JSON.stringify(d));
console.log(Object.prototype.toString.call(d), d.next() instanceof Day);
class Invalid extends Date {}
console.log(isNaN(new Invalid('nope')), String(new Invalid(0).getUTCFullYear()));
try { Date.prototype.getTime.call(Object.create(Day.prototype)); } catch (e) { console.log(e.constructor.name); }
