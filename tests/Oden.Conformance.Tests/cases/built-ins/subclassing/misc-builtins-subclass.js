class MyDate extends Date {
  year() { return this.getUTCFullYear(); }
}
const d = new MyDate(Date.UTC(2020, 5, 15));
console.log(d.year(), d instanceof Date, d.toISOString());
class MyRegExp extends RegExp {
  exec(s) { this.calls = (this.calls || 0) + 1; return super.exec(s); }
}
const r = new MyRegExp('a(b)', 'g');
console.log(r.test('xab'), r.calls, r.flags, r.source, r instanceof RegExp);
console.log('abab'.replace(new MyRegExp('b', 'g'), 'B'));
class MyObject extends Object { constructor() { super(); this.x = 1; } }
const o = new MyObject();
console.log(o.x, o instanceof MyObject, Object.getPrototypeOf(o) === MyObject.prototype);
class Num extends Number { double() { return this * 2; } }
console.log(new Num(21).double(), typeof new Num(1));
class Str extends String { shout() { return this.toUpperCase() + '!'; } }
const st = new Str('hi');
console.log(st.shout(), st.length, st[0]);
class Bool extends Boolean {}
console.log(new Bool(false).valueOf(), new Bool(false) instanceof Boolean);
class Sym extends Symbol {}
try { new Sym(); } catch (e) { console.log(e.constructor.name); }
