// String.prototype.split with a string separator sizes its result from a count of the separators:
// limits below, at and above the number of pieces, overlapping separators, separators at the ends,
// empty pieces, surrogates, and non-string separators and limits (converted in the spec's order).
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));
const s = 'a,b,,c,';
log(s.split(','), s.split(',', 0), s.split(',', 1), s.split(',', 3), s.split(',', 5), s.split(',', 6), s.split(',', 100));
log('aaa'.split('aa'), 'aaaa'.split('aa'), 'aaaaa'.split('aa', 2), 'abab'.split('ab'), 'xabx'.split('ab'));
log(','.split(','), ''.split(','), ''.split(''), 'abc'.split(''), 'abc'.split('', 2), 'abc'.split('abc'), 'abc'.split('abcd'));
log('\u{1F600}|\u{1F601}'.split('|'), '\u{1F600}\u{1F601}'.split('\ud83d'), 'a\ud83d\ude00b'.split('\ude00'));
log('1,2,3'.split(',', -1), '1,2,3'.split(',', 2 ** 32 + 1), '1,2,3'.split(',', '2'), '1,2,3'.split(',', undefined), '1,2,3'.split(',', NaN));
const order = [];
const sep = { toString() { order.push('sep'); return ';'; } };
const lim = { valueOf() { order.push('lim'); return 2; } };
log('x;y;z'.split(sep, lim), order, 'a1b1c'.split(1), 'nullxnull'.split(null), 'a b'.split(undefined), 'a b'.split(undefined, 0));
const long = Array.from({ length: 500 }, (_, i) => 'row' + i).join('\n');
const rows = long.split('\n');
log(rows.length, rows[0], rows[499], long.split('\n', 7).length, long.split('row').length, long.split('\nrow4').length);
