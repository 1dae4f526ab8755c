// a.push with two, three and four arguments: the in-place append, and everything that must still take the
// ordinary call: another push, a frozen array, a setter on the prototype chain, array-likes, and a method
// that is not callable (a TypeError after the arguments are evaluated).
var log = [];
function arg(v) { log.push('arg ' + v); return v; }

var a = [1];
console.log(a.push(2, 3), a.push(4, 5, 6), a.push(7, 8, 9, 10), JSON.stringify(a));
var grown = [];
for (var i = 0; i < 1000; i++) grown.push(i, -i, i * 2, 'x' + i);
console.log(grown.length, grown[3996], grown[3997], grown[3998], grown[3999]);
var holey = [1, , 3];
holey.length = 5;
console.log(holey.push(6, 7), JSON.stringify(holey), 1 in holey, 3 in holey);

var frozen = Object.freeze([1, 2]);
try { frozen.push(3, 4); } catch (e) { console.log(e.name, JSON.stringify(frozen)); }
var sealed = Object.seal([1]);
try { sealed.push(2, 3, 4, 5); } catch (e) { console.log(e.name, sealed.length); }
var fixedLength = [1, 2];
Object.defineProperty(fixedLength, 'length', { writable: false });
try { fixedLength.push(3, 4, 5); } catch (e) { console.log(e.name, fixedLength.length, 2 in fixedLength); }

Object.defineProperty(Array.prototype, 3, { set: function (v) { log.push('setter ' + v); }, configurable: true });
var withSetter = [0, 1, 2];
console.log(withSetter.push('a', 'b', 'c', 'd'), withSetter.length, 3 in withSetter, withSetter[4], withSetter[6]);
delete Array.prototype[3];
console.log(log.join('; '));
log = [];

var arrayLike = { length: 2, 0: 'a', 1: 'b' };
console.log(Array.prototype.push.call(arrayLike, 'c', 'd', 'e', 'f'), JSON.stringify(arrayLike));
var own = [1];
own.push = function () { return 'own push ' + arguments.length; };
console.log(own.push(1, 2), own.push(1, 2, 3), own.push(1, 2, 3, 4), own.length);
class Stack extends Array {
  push(...items) { return 'stack ' + super.push(...items); }
}
var s = new Stack();
console.log(s.push(1, 2, 3, 4), s.length);

var notCallable = [1];
notCallable.push = 42;
try { notCallable.push(arg(1), arg(2), arg(3), arg(4)); } catch (e) { console.log(e.name, log.join(', ')); }
log = [];
var receiverLog = { get push() { log.push('get push'); return Array.prototype.push; }, length: 0 };
console.log(receiverLog.push(arg('p'), arg('q'), arg('r'), arg('s')), log.join(', '));
