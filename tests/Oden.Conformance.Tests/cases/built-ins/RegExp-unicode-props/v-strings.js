// \q{…} string literals in v-mode classes: longest strings first, single characters as a class.
console.log('xabcx'.match(/[\q{abc|ab|a}]/v)[0], 'xabx'.match(/[\q{a|ab|abc}]/v)[0]);
console.log(JSON.stringify('abc-d-e'.match(/[\q{abc}de]/gv)));
console.log(/^[\q{}]$/v.test(''), /^[\q{x}]$/v.test('x'), /^[\q{😀|👍🏽}]+$/v.test('😀👍🏽'));
console.log(JSON.stringify('foobarbaz'.match(/[\q{foo|baz}--\q{baz}]/gv)), JSON.stringify('foobarbaz'.match(/[\q{foo|bar}&&\q{bar|baz}]/gv)));
console.log(/^[\q{ab}a-c]+$/v.test('abcab'), /^[[\q{ab}]--[a]]+$/v.test('abab'));
console.log(JSON.stringify('ab|cd'.match(/[\q{ab\|cd}]/gv)), JSON.stringify('ab|cd'.match(/[\q{ab|cd}]/gv)));
