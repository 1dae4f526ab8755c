// Direct eval sees the caller's locals, parameters, closures and this.
var moduleVar = 'module';
function outer(p) {
  var local = 'local';
  let block = 'let';
  const k = 'const';
  function inner(q) {
    return eval('[p, q, local, block, k, moduleVar].join(",")');
  }
  return inner('q');
}
console.log(outer('p'));
var obj = {
  name: 'obj',
  m: function () { return eval('this.name'); },
};
console.log(obj.m());
console.log(eval('typeof outer'), eval('typeof notDefinedAnywhere'));
{
  let scoped = 'block scoped';
  console.log(eval('scoped'));
}
for (let i = 0; i < 2; i++) console.log(eval('i * 10'));
try { throw new Error('caught'); } catch (err) { console.log(eval('err.message')); }
