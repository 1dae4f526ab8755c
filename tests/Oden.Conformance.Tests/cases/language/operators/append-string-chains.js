// s += 'item' + i + ';' (a string chain appended to a variable, a property or an element): long strings grow
// in place, older versions of a string keep their own text, non-string left sides convert as `+` does, and
// the order of effects is the binary's (the left side, then the chain's last operand, then the left side's
// ToPrimitive).
var s = '';
for (var i = 0; i < 300; i++) s += 'item' + i + ';';
console.log(s.length, s.slice(0, 30), s.slice(-20));

// Versions: t keeps the text it had; both then grow on their own.
var base = 'x'.repeat(100);
var t = base;
base += '<' + 1 + '>';
var u = base;
base += '<' + 2 + '>';
u += '[' + 3 + ']';
t += '(' + 4 + ')' + 'end';
console.log(base.slice(98), u.slice(98), t.slice(98), base.length, u.length, t.length);

// Four parts, the last one any value.
var row = 'row:'.repeat(20);
var values = [1.5, null, undefined, true, { toString: function () { return 'obj'; } }, [1, 2], 'str'];
for (var j = 0; j < values.length; j++) row += '|' + j + '=' + values[j];
console.log(row.slice(80));

// Non-string left sides.
var n = 5;
n += 'a' + 1 + 'b';
var un;
un += 'a' + 2 + 'b';
var nul = null;
nul += '-' + 3 + '-';
console.log(n, un, nul);

var log = [];
var left = { valueOf: function () { log.push('left valueOf'); return 'L'; } };
var last = { toString: function () { log.push('last toString'); return 'Z'; } };
function getLeft() { log.push('read left'); return left; }
var result = getLeft() + ('[' + 7 + last);
var obj = left;
obj += '[' + 8 + last;
console.log(result, obj, log.join(', '));

// Properties and elements, and a getter/setter pair.
var o = { text: 'o'.repeat(70) };
for (var k = 0; k < 5; k++) o.text += '#' + k + ' ';
var arr = ['a'.repeat(70)];
for (var m = 0; m < 5; m++) arr[0] += '@' + m + '.';
var seen = [];
var acc = { _v: 'v'.repeat(70), get v() { seen.push('get'); return this._v; }, set v(x) { seen.push('set ' + x.length); this._v = x; } };
acc.v += '!' + 9 + '!';
console.log(o.text.slice(68), arr[0].slice(68), acc.v.slice(68), seen.join(','));

// Strings in loops of a function, and the rope read after every step.
function build(count) {
  var out = '';
  var lengths = 0;
  for (var q = 0; q < count; q++) {
    out += '<li>' + q + '</li>';
    lengths += out.length;
    if (q % 50 === 0) lengths += out.charCodeAt(out.length - 1);
  }
  return out.length + ':' + lengths + ':' + out.slice(-12);
}
console.log(build(200), build(3));
