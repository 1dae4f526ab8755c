// the receiver and callee of a method call are evaluated before awaited arguments
const log = [];
const obj = {
  name: 'obj',
  method(a, b) { log.push(this.name + '.method(' + a + ',' + b + ')'); return this; },
};
async function f() {
  let target = obj;
  const res = target.method(await 'x', await 'y');
  log.push(res === obj);
  const other = { name: 'other', method: obj.method };
  const holder = { t: obj };
  holder.t.method(await (async () => { holder.t = other; return 'during'; })(), 'z');
  holder.t.method('after', 'reassign');
  obj['method'](await 1, await 2);
}
f().then(() => console.log(log.join('\n')));
