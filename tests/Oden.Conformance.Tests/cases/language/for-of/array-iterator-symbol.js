var arr = [10, 20];
var it = arr[Symbol.iterator]();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
var sit = 'ab'[Symbol.iterator]();
console.log(JSON.stringify(sit.next()), JSON.stringify(sit.next()), JSON.stringify(sit.next()));
console.log(typeof Symbol.iterator);
