// join builds an array of plain strings in one piece; anything else (holes, null, numbers, objects,
// strings built by +=, a prototype element, an array already being joined) takes the element-wise path.
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));
let built = 'r';
for (let i = 0; i < 5; i++) built += i;
log(['a', 'b', 'c'].join(), ['a', 'b', 'c'].join(''), ['a', 'b'].join(' ; '), ['x'].join('-'), [].join('-'), [''].join(), ['', ''].join());
log(['a', built, 'c'].join('|'), ['a', , 'c'].join('|'), ['a', null, undefined, 'd'].join('|'), ['a', 1, true, 'd'].join('|'));
log(['a', 'b'].join(undefined), ['a', 'b'].join(null), ['a', 'b'].join({ toString: () => '+' }), ['a', 'b'].join(0));
Array.prototype[1] = 'P';
log(['a', , 'c'].join());
delete Array.prototype[1];
const y = ['a', { toString() { y[1] = 'b'; return y.join('+'); } }];
log(y.join(), y.join());
const self = ['s'];
self.push(self);
log(self.join(), String(self), [['p', 'q'], 'r'].join(';'));
const big = Array.from({ length: 1000 }, (_, i) => 'item' + i);
const all = big.join(',');
log(all.length, all.slice(0, 20), all.slice(-12), big.join('').length);
