// this and arguments of async generators are fixed at the call
async function* ag() { yield this.tag; yield arguments.length; yield arguments[0]; }
const obj = { tag: 'T', ag };
(async () => {
  const out = [];
  for await (const v of obj.ag('first', 'second')) out.push(v);
  console.log(out.join(','));
  const o = { async *m() { yield* [this.tag + '!']; }, tag: 'M' };
  for await (const v of o.m()) console.log(v);
})();
