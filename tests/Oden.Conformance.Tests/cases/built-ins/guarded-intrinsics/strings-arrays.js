// charCodeAt, charAt, String.fromCharCode and push as generated code shortcuts them: same results as
// the builtins for every input, including the ones that leave the shortcut.
function show(label, v) { console.log(label, typeof v, JSON.stringify(v), Object.is(v, -0) ? '(-0)' : ''); }
const s = 'héllo\u{1F600}';
for (const i of [0, 1, 5, 6, 7, 8, -1, -0, 0.5, 1.9, NaN, Infinity, 2 ** 32]) {
  show('charCodeAt ' + i, s.charCodeAt(i));
  show('charAt ' + i, s.charAt(i));
}
show('charCodeAt str index', s.charCodeAt('1'));
show('charCodeAt no arg', s.charCodeAt());
show('charAt obj index', s.charAt({ valueOf() { return 2; } }));
const rope = 'ab'.repeat(3) + 'cd'.repeat(2);
show('rope charCodeAt', rope.charCodeAt(7));
show('wrapper charCodeAt', new String('xyz').charCodeAt(1));
show('number receiver', String.prototype.charCodeAt.call(1234, 2));
try { String.prototype.charCodeAt.call(null, 0); } catch (e) { console.log('null this', e instanceof TypeError); }
for (const c of [65, 0x10041, -1, 65.9, NaN, 0xd83d, 256, 1e10, -65536 + 66]) show('fromCharCode ' + c, String.fromCharCode(c));
show('fromCharCode str', String.fromCharCode('66'));
show('fromCharCode two', String.fromCharCode(72, 105));
let text = '';
for (let i = 0; i < 26; i++) text += String.fromCharCode(97 + i);
show('alphabet', text);

const a = [];
for (let i = 0; i < 5; i++) show('push ' + i, a.push(i * i));
show('array', a);
const holes = [1, , 3];
show('push holes', holes.push(4));
show('holes', holes);
const frozen = Object.freeze([1, 2]);
try { frozen.push(3); } catch (e) { console.log('frozen', e instanceof TypeError, frozen.length); }
const fixedLength = [1, 2];
Object.defineProperty(fixedLength, 'length', { writable: false });
try { fixedLength.push(3); } catch (e) { console.log('read-only length', e instanceof TypeError, fixedLength.length); }
const arrayLike = { length: 2, 0: 'a', 1: 'b', push: Array.prototype.push };
show('array-like push', arrayLike.push('c'));
show('array-like', arrayLike);
let seen = [];
const watched = [1];
Object.defineProperty(Array.prototype, '1', { set(v) { seen.push('setter ' + v); }, configurable: true });
show('push through proto setter', watched.push(2));
show('watched', watched);
delete Array.prototype[1];
show('seen', seen);
class MyArray extends Array {}
const sub = new MyArray();
show('subclass push', sub.push(7));
show('subclass', [sub.length, sub[0], sub instanceof MyArray]);
const big = [];
for (let i = 0; i < 1000; i++) big.push(i);
show('big', [big.length, big[999]]);
