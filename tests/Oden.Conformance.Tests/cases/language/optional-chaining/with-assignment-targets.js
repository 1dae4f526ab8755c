// Optional chains inside assignment targets' receivers and as operands.
const o = { a: { b: 1 }, list: [1, 2] };
o.a.b += o.missing?.x ?? 10;
console.log(o.a.b);
o.list[o.list?.length - 1] = 'last';
console.log(o.list);
let count = 0;
const maybe = { inc() { count++; return this; } };
maybe?.inc()?.inc().inc?.();
console.log(count);
const n = null;
n?.inc().inc();
console.log(count);
console.log(o.a?.b === 11, o?.a.b > 5 ? 'big' : 'small');
console.log([o?.list?.[0], o.nope?.[0]]);
const fnOrNull = Math.random() > 2 ? () => 1 : null;
console.log(fnOrNull?.() ?? 'no function');
