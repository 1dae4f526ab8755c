var f = x => x ? 'yes' : 'no';
console.log(f(1), f(0));
var g = () => (1, 2);
console.log(g());
var h = x => y => x * y;
console.log(h(3)(4));
var list = [() => 'first', () => 'second'];
console.log(list[1]());
console.log((() => 'iife')());
