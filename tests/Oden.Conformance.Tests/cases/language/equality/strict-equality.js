console.log(1 === 1, 1 === '1', NaN === NaN, 0 === -0);
console.log(null === null, undefined === undefined, null === undefined);
var o = {};
console.log(o === o, {} === {}, 'a' + 'b' === 'ab');
console.log(new String('a') === 'a', new String('a') === new String('a'));
console.log(true === 1, false === 0);
