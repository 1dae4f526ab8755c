// The RegExp protocol on untouched RegExps (the builtins skip the observable reads): replace, match,
// split and test with every flag combination that changes the loop, empty matches, captures, named
// groups, lastIndex before and after, and patterns used often enough to be compiled.
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));

// replace: templates, functions, captures that did not participate, named groups, overlaps.
const s = 'a1b22c333 d4444 e';
log(s.replace(/\d+/, '<$&>'), s.replace(/\d+/g, '<$&>'), s.replace(/\d+/g, '#'));
log(s.replace(/(\d)(x)?/g, '[$1|$2|$`|$\'|$$|$0|$10|$01]'));
log(s.replace(/(?<n>\d+)(?<z>z)?/g, '{$<n>:$<z>:$<q>}'), s.replace(/\d/g, '$<n>'));
log(s.replace(/(?<n>\d+)/g, (...args) => JSON.stringify(args)));
log(s.replace(/(\d)(y)?/g, (m, a, b, pos, str) => `${m}${a}${b}${pos}${str.length}`));
log(s.replace(/x*/g, '-'), 'abc'.replace(/(?:)/g, '.'), ''.replace(/x*/g, '!'), ''.replace(/x/g, '!'));
log('\u{1F600}\u{1F601}'.replace(/(?:)/gu, '|'), '\u{1F600}\u{1F601}'.replace(/(?:)/g, '|').length);
log('aaa'.replace(/a/y, 'b'), 'baa'.replace(/a/y, 'b'), 'aaba'.replace(/a/gy, 'c'));

// lastIndex: read (and converted) even without g, reset by g, advanced by y, 0 after a failed y.
const re = /o/y;
re.lastIndex = 1;
log('foo'.replace(re, '0'), re.lastIndex, 'foo'.replace(re, '0'), re.lastIndex, 'foo'.replace(re, '0'), re.lastIndex);
const plain = /o/;
let reads = 0;
plain.lastIndex = { valueOf() { reads++; return 2; } };
log('foo'.replace(plain, '0'), reads, typeof plain.lastIndex, plain.test('xo'), reads);
const g = /o/g;
g.lastIndex = 5;
log('foo'.replace(g, '0'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);
g.lastIndex = 99;
log(g.test('foo'), g.lastIndex, /o/y.test('foo'), /f/y.test('foo'));

// match: null, non-global arrays with index/input/groups, global string lists, empty matches.
log('xyz'.match(/\d/g), 'xyz'.match(/\d/), 'a1b2'.match(/\d/g), 'abc'.match(/(?:)/g), '\u{1F600}'.match(/(?:)/gu));
const m = 'k=v; k2=v2'.match(/(?<key>\w+)=(?<val>\w+)/);
log(m, m.index, m.input, m.groups, Object.getPrototypeOf(m.groups), m.length);
const gm = /a/g;
gm.lastIndex = 3;
log('banana'.match(gm), gm.lastIndex, 'x'.match(/y/g), Array.isArray('aa'.match(/a/g)));

// split: captures, undefined captures, limits, empty input, empty matches, sticky and unicode flags.
log('a1b2c3'.split(/\d/), 'a1b2c3'.split(/(\d)/), 'a1b2c3'.split(/(\d)(x)?/), 'a1b2c3'.split(/\d/, 2));
log('abc'.split(/(?:)/), ''.split(/x/), ''.split(/(?:)/), 'abc'.split(/b/y), 'a,b,,c'.split(/,/, 0));
log('\u{1F600}x\u{1F601}'.split(/(?:)/u).length, '\u{1F600}x'.split(/(?:)/).length, 'a--b'.split(/-*/));
log('one  two three'.split(/\s+/), 'x'.split(/(x)/), 'test'.split(/(?=s)/), 'a1b'.split(/(\d)/, 2));

// Compiled after many uses: the same answers in the thousandth call as in the first.
const hot = /(\d+)-(?<w>[a-z]+)|(x)/g, sticky = /\d/y, uni = /\p{L}+/gu;
let sum = '';
for (let i = 0; i < 600; i++) {
  const text = `${i}-abc x ${i * 7}-de \u00e9t\u00e9`;
  const r = text.replace(hot, (m0, a, w, x) => `${a ?? ''}${w ?? ''}${x ?? ''}`);
  sticky.lastIndex = i % 3;
  const t = sticky.test(text) + ':' + sticky.lastIndex;
  const u = text.match(uni).join('/');
  const sp = text.split(/(\d)/).length;
  if (i % 150 === 0 || i === 599) sum += `${r}|${t}|${u}|${sp};`;
}
log(sum);
