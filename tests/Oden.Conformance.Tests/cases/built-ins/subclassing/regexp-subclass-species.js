class Logged extends RegExp {
  exec(s) { Logged.calls = (Logged.calls || 0) + 1; return super.exec(s); }
}
const r = new Logged('(\\d+)', 'g');
console.log('a1b22c333'.match(r).join(), Logged.calls > 0);
Logged.calls = 0;
console.log('x1y2'.replace(r, '#'), Logged.calls);
Logged.calls = 0;
console.log('a,b;c'.split(new Logged('[,;]')).join('|'), Logged.calls > 0);
const all = Array.from('k1k2'.matchAll(new Logged('k(\\d)', 'g')), m => m[1]);
console.log(all.join());
class Flags extends RegExp { get flags() { return 'g'; } }
console.log(new Flags('a').flags, new Flags('a').global);
console.log(r instanceof RegExp, Object.prototype.toString.call(r), String(r));
