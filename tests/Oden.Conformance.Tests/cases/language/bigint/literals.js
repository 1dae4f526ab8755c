// BigInt literals: decimal, hex, octal, binary, large values, separators.
console.log(0n, 1n, 42n, 9007199254740993n);
console.log(0x0n, 0xffn, 0XFFn, 0xdeadbeefcafebabe1234n);
console.log(0o0n, 0o17n, 0O777n);
console.log(0b0n, 0b1011n, 0B11111111n);
console.log(1_000_000n, 0xff_ffn, 0b1010_1010n);
console.log(123456789012345678901234567890123456789n);
console.log(-1n, -0n, - -5n);
console.log(typeof 0n, typeof 0xffn, typeof -1n);
const big = 0x1fffffffffffffn;
console.log(big, big === 9007199254740991n);
console.log([1n, 2n, 3n].length, [0n, 0x10n][1]);
function f() { return 7n; }
console.log(f() === f(), f() + f());
for (let i = 0; i < 3; i++) console.log(i, 10n);
