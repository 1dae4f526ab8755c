// async arrows capture this and arguments lexically
function outer() {
  const arrow = async () => { await null; return this.name + ':' + arguments[0] + ':' + arguments.length; };
  return arrow('ignored');
}
outer.call({ name: 'obj' }, 'outerArg', 'second').then(console.log);
const o = {
  name: 'o',
  method() { return (async () => { await null; return this.name; })(); },
};
o.method().then(v => console.log('method arrow', v));
const expr = async x => x * 2;
expr(4).then(v => console.log('expression body', v));
const noParens = async v => { await v; return typeof v; };
noParens('s').then(console.log);
