// %AsyncFunction% and %AsyncGeneratorFunction%: CreateDynamicFunction with the async prefixes.
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
for (const C of [AsyncFunction, AsyncGeneratorFunction]) {
  console.log(C.name, C.length, Object.getPrototypeOf(C) === Function,
    JSON.stringify(Object.getOwnPropertyDescriptor(C, 'prototype')), C.name in globalThis);
}
console.log(AsyncFunction.prototype === Object.getPrototypeOf(async () => {}));
console.log(AsyncGeneratorFunction.prototype === Object.getPrototypeOf(async function* () {}));

const f = new AsyncFunction('a', 'b', 'const x = await a; return x + await b;');
console.log(typeof f, f.name, f.length, Object.getPrototypeOf(f) === AsyncFunction.prototype);
console.log(f.hasOwnProperty('prototype'));
try { new f(); } catch (e) { console.log(e.constructor.name); }
console.log(f.toString());

const ag = AsyncGeneratorFunction('n', 'for (let i = 0; i < n; i++) yield await Promise.resolve(i);');
console.log(typeof ag, ag.name, ag.length, Object.getPrototypeOf(ag) === AsyncGeneratorFunction.prototype);
console.log(Object.getPrototypeOf(ag.prototype) === AsyncGeneratorFunction.prototype.prototype);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ag, 'prototype')));
console.log(ag.toString());

for (const [C, args] of [[AsyncFunction, ['await']], [AsyncFunction, ['a = await 1', '']], [AsyncGeneratorFunction, ['yield await']], [AsyncFunction, ['}); (function () {']]]) {
  try { new C(...args); console.log('no error'); } catch (e) { console.log(C.name, e.constructor.name); }
}
// await is an identifier in a plain function body, a keyword in an async one.
console.log(new Function('var await = 3; return await;')());

class MyAsync extends AsyncFunction {}
const sub = new MyAsync('return 7');
console.log(sub instanceof MyAsync, sub instanceof AsyncFunction);

(async () => {
  console.log(await f(1, 2));
  const p = f(Promise.resolve('a'), 'b');
  console.log(p instanceof Promise);
  console.log(await p);
  const out = [];
  for await (const v of ag(3)) out.push(v);
  console.log(out.join(','));
  console.log(await sub());
  const rejected = new AsyncFunction('throw new RangeError("r")');
  try { await rejected(); } catch (e) { console.log('rejected', e.constructor.name); }
})();
