// Math calls that generated code shortcuts when the method is the builtin and the arguments are numbers:
// every result must be the builtin's, and anything else must take the ordinary call.
function show(label, v) { console.log(label, typeof v, Object.is(v, -0) ? '-0' : String(v)); }
const values = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 1e21, -1e21, 4294967297.7, NaN, Infinity, -Infinity, 0.49999999999999994];
for (const v of values) {
  show('floor ' + v, Math.floor(v));
  show('ceil ' + v, Math.ceil(v));
  show('trunc ' + v, Math.trunc(v));
  show('round ' + v, Math.round(v));
  show('sqrt ' + v, Math.sqrt(v));
  show('abs ' + v, Math.abs(v));
}
const pairs = [[1, 2], [2, 1], [0, -0], [-0, 0], [NaN, 1], [1, NaN], [-Infinity, Infinity], [0xffffffff, 5], [-7, 3.9], [65536 * 65536 + 3, 65537]];
for (const [a, b] of pairs) {
  show(`max ${a},${b}`, Math.max(a, b));
  show(`min ${a},${b}`, Math.min(a, b));
  show(`imul ${a},${b}`, Math.imul(a, b));
}
// Not numbers: the ordinary call converts them (and its effects happen once).
let calls = 0;
const counted = { valueOf() { calls++; return 2.7; } };
show('floor str', Math.floor('3.7'));
show('floor obj', Math.floor(counted));
show('max obj', Math.max(counted, 1));
show('imul str', Math.imul('3', 4));
console.log('valueOf calls', calls);
show('floor undefined', Math.floor(undefined));
// A user method with the same name is called, not the builtin.
const mine = { floor(x) { return 'mine ' + x; }, max(a, b) { return [a, b]; }, push(v) { return 'pushed ' + v; } };
console.log(mine.floor(1.5), JSON.stringify(mine.max(1, 2)), mine.push(3));
// A replaced Math.floor is what runs; restoring it brings the builtin back.
const original = Math.floor;
Math.floor = function (x) { return 'patched ' + x; };
console.log(Math.floor(2.5));
Math.floor = original;
show('restored', Math.floor(2.5));
// Called through other receivers with the builtin itself.
const m = { floor: Math.floor, max: Math.max };
show('borrowed floor', m.floor(-1.5));
show('borrowed max', m.max(3, 4));
try { Math.flooor(1); } catch (e) { console.log('missing', e instanceof TypeError); }
try { const o = null; o.floor(1); } catch (e) { console.log('null receiver', e instanceof TypeError); }
