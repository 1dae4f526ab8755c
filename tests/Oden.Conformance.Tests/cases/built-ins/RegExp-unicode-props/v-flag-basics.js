// The v flag: unicodeSets, flags order, u/v exclusivity, unicode-aware matching.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const re = /[\p{L}--\p{Lu}]/gv;
console.log(re.unicodeSets, re.unicode, re.flags, re.source, String(re));
console.log(/a/dgimsvy.flags, new RegExp('a', 'yvsmigd').flags, /a/.unicodeSets, new RegExp('x', 'v').unicodeSets);
console.log(t(() => new RegExp('a', 'uv')), t(() => new RegExp('a', 'vv')), t(() => new RegExp('a', 'vu')));
console.log(JSON.stringify('aB𝐀c'.match(/./gv)), JSON.stringify('aBc'.match(re)));
const desc = Object.getOwnPropertyDescriptor(RegExp.prototype, 'unicodeSets');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable, t(() => RegExp.prototype.unicodeSets));
console.log(t(() => desc.get.call({})), Object.prototype.hasOwnProperty.call(/a/v, 'unicodeSets'));
const flagsSeen = [];
const fake = {}; for (const f of ['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky']) Object.defineProperty(fake, f, { get() { flagsSeen.push(f); return true; } });
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(fake), flagsSeen.length);
console.log('x'.replace(/[\q{x}]/v, 'y'), 'a.b'.split(/[.]/v), /\u{1F600}/v.test('😀'));
