var k = 'dyn';
var i = 0;
var o = {
  [k]: 1,
  [k + 'Two']: 2,
  [1 + 1]: 'number key',
  ['a' + 'b' + 'c']: 'abc',
  [i++]: 'zero',
  [i++]: 'one'
};
console.log(JSON.stringify(o));
console.log(o[2], o['2'], i);
