// function length counts the formals before the first default or rest.
console.log((function (a, b) {}).length);
console.log((function (a, b = 1) {}).length);
console.log((function (a = 1, b) {}).length);
console.log((function (a, b, ...c) {}).length);
console.log((function (...c) {}).length);
console.log((function ({ a }, [b]) {}).length);
console.log((function ({ a } = {}, b) {}).length);
console.log(((a, b = 2, c) => {}).length);
console.log(({ m(x, y = 1) {} }).m.length);
console.log((function (a, { b } = {}, ...rest) {}).length);
