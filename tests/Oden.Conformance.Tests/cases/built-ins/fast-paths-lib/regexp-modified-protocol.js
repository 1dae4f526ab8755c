// When the RegExp protocol is touched the builtins must run it literally: an own exec, a replaced
// prototype exec or flag getter, a subclass, a non-writable lastIndex, a deleted Symbol.match, and
// then everything restored again.
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));
const trace = [];

// An own exec property on one instance.
const own = /b/g;
own.exec = function (str) { trace.push('own exec ' + this.lastIndex); return null; };
log('abcb'.replace(own, 'X'), 'abcb'.match(own), own.test('b'), trace.splice(0));

// A replaced %RegExp.prototype%.exec, then restored.
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (str) {
  trace.push('exec@' + this.lastIndex);
  const r = exec.call(this, str);
  if (r) r[0] = r[0].toUpperCase();
  return r;
};
log('abab'.replace(/a/g, '[$&]'), 'abab'.match(/a/g), /b/.test('b'), 'a-b'.split(/-/), trace.splice(0));
RegExp.prototype.exec = exec;
log('abab'.replace(/a/g, '[$&]'), 'abab'.match(/a/g), 'a-b'.split(/-/), trace.splice(0));

// A replaced global getter (read by the protocol through "flags", or directly by older engines).
const globalDesc = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global');
Object.defineProperty(RegExp.prototype, 'global', {
  get() { trace.push('global'); return globalDesc.get.call(this); },
  configurable: true,
});
log('aaa'.replace(/a/g, 'b'), 'aaa'.match(/a/g).length, trace.splice(0));
Object.defineProperty(RegExp.prototype, 'global', globalDesc);
log('aaa'.replace(/a/g, 'b'), 'aaa'.match(/a/g).length, trace.splice(0));

// Symbol.match removed: split's splitter construction no longer sees a RegExp-like pattern.
const match = RegExp.prototype[Symbol.match];
delete RegExp.prototype[Symbol.match];
log('a1b'.split(/1/), typeof RegExp.prototype[Symbol.match]);
RegExp.prototype[Symbol.match] = match;

// A subclass with its own exec, and one whose species is RegExp.
class Loud extends RegExp {
  exec(str) { trace.push('Loud ' + this.flags); return super.exec(str); }
}
log('x1y2'.replace(new Loud('\\d', 'g'), '#'), 'x1y2'.split(new Loud('\\d')), 'x1'.match(new Loud('\\d')).index, trace.splice(0));
class Quiet extends RegExp {}
log('x1y2'.replace(new Quiet('\\d', 'g'), '#'), 'x1y2'.split(new Quiet('(\\d)')), new Quiet('a').test('a'));

// A non-writable lastIndex: global and sticky replace throw, a plain one does not write it.
const frozen = /a/g;
Object.defineProperty(frozen, 'lastIndex', { writable: false, value: 0 });
try { 'aa'.replace(frozen, 'b'); log('no error'); } catch (e) { log(e.constructor.name); }
const frozenPlain = Object.freeze(/a/);
log('aa'.replace(frozenPlain, 'b'), frozenPlain.test('a'));

// A replacer that changes lastIndex and the prototype during the replacement.
const live = /a/g;
log('aXaXa'.replace(live, (m, pos) => { live.lastIndex = 100; RegExp.prototype.exec = () => null; return pos; }), live.lastIndex);
RegExp.prototype.exec = exec;
log('aXa'.replace(/a/g, '-'), /a/.exec('ba').index);
