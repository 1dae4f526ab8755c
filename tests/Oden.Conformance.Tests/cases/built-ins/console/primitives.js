console.log('plain string');
console.log(42, -0, 0, NaN, Infinity, -Infinity);
console.log(true, false, null, undefined);
console.log(1.5, 1e21, 1e-7, 0.1 + 0.2);
console.log('');
console.log();
console.log('after empty lines');
