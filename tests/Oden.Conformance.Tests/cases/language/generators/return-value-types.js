// return values of every kind come back in the final iterator result
function* r(v) { yield 'first'; return v; }
const values = [undefined, null, 0, '', 'str', true, { a: 1 }, [1, 2]];
for (const v of values) {
  const it = r(v);
  it.next();
  const res = it.next();
  console.log(JSON.stringify(res), res.done, typeof res.value);
}
function* empty() {}
console.log(JSON.stringify(empty().next()));
function* onlyReturn() { return 'only'; }
console.log(JSON.stringify(onlyReturn().next()));
for (const v of r('ignored by for-of')) console.log('iterated', v);
