function add(a, b, c) { return [this.tag, a, b, c].join(' '); }
var p = add.bind({ tag: 'T' }, 1);
console.log(p(2, 3));
console.log(p.length);
var pp = p.bind(null, 2);
console.log(pp(3), pp.length);
var full = add.bind({ tag: 'F' }, 1, 2, 3, 4);
console.log(full(), full.length);
