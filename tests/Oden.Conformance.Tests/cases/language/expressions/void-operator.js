console.log(void 0);
console.log(void 'x' === undefined);
var count = 0;
var r = void count++;
console.log(r, count);
console.log(typeof void 0);
