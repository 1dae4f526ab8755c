// for await with let/const bindings: a fresh binding per iteration
async function* ag() { yield 'a'; yield 'b'; yield 'c'; }
(async () => {
  const fns = [];
  for await (const v of ag()) fns.push(() => v);
  console.log(fns.map(f => f()).join(''));
  let last;
  for await (let v of ag()) { v = v.toUpperCase(); last = v; }
  console.log(last);
  var hoisted;
  for await (var w of ag()) hoisted = w;
  console.log(hoisted, w);
})();
