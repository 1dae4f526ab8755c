// Optional chains as arguments, spread sources, template parts and object values.
const o = { list: [1, 2], name: 'n', nested: null };
console.log(Math.max(...(o?.list ?? [])), Math.max(...(o.nested?.list ?? [0])));
console.log(`${o?.name}-${o.nested?.name}`);
console.log(JSON.stringify({ a: o?.list?.[0], b: o.nested?.x }));
console.log([o?.name, o.nested?.name].length);
const fn = (x) => x ?? 'undef';
console.log(fn(o.nested?.a), fn(o?.list?.length));
console.log(o?.list.map((x) => x * 2)?.join('-'));
console.log(!o.nested?.x, -o?.list?.[1], typeof o.nested?.());
