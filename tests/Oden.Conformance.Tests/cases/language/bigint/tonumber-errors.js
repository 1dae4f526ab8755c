// ToNumber of a BigInt is a TypeError; Number() converts explicitly.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(t(() => +1n));
console.log(t(() => Math.abs(1n)));
console.log(t(() => Math.max(1n, 2n)));
console.log(t(() => isNaN(1n)));
console.log(t(() => isFinite(1n)));
console.log(t(() => Number.isNaN(1n)), t(() => Number.isInteger(1n)), t(() => Number.isFinite(5n)));
console.log(t(() => Number(1n)), t(() => Number(-123n)), t(() => Number(2n ** 64n)), t(() => Number(2n ** 1024n)));
console.log(t(() => Number(2n ** 53n + 1n)), t(() => Number(Object(5n))), t(() => Number(-(2n ** 1030n))));
console.log(t(() => new Number(3n).valueOf()));
console.log(t(() => parseInt(15n)), t(() => parseFloat(15n)), t(() => parseInt('0x' + 15n)));
console.log(t(() => [3n, 1n, 2n].sort().join()), t(() => [10n, 9n, 1n].sort().join()));
console.log(t(() => [3n, 1n, 2n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join()));
console.log(t(() => [3n, 1n].sort((a, b) => a - b)));
console.log(t(() => new Array(1n)), t(() => 'abc'.charAt(1n)), t(() => 'abc'.repeat(2n)));
console.log(t(() => new Date(1n)), t(() => Math.sign(-1n)), t(() => (1.5).toFixed(1n)));
console.log(t(() => Number(9007199254740993n)), t(() => Number(123456789012345678901234567890n)));
