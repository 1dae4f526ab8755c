// block-scoped bindings across yields keep their TDZ and per-iteration copies
function* g() {
  try { yield x; } catch (e) { yield e.constructor.name; }
  let x = 'initialised';
  yield x;
  const fs = [];
  for (let i = 0; i < 2; i++) { yield i; fs.push(() => i); }
  yield fs[0]() + fs[1]();
  {
    let inner = 'block';
    yield inner;
    const f = () => inner;
    inner = 'changed';
    yield f();
  }
}
console.log(Array.from(g()).join(' '));
