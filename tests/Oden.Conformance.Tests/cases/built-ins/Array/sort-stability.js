var people = [
  { name: 'a', age: 30 }, { name: 'b', age: 25 }, { name: 'c', age: 30 },
  { name: 'd', age: 25 }, { name: 'e', age: 30 }, { name: 'f', age: 20 },
  { name: 'g', age: 25 }, { name: 'h', age: 30 }, { name: 'i', age: 20 },
  { name: 'j', age: 25 }, { name: 'k', age: 30 }, { name: 'l', age: 20 }
];
people.sort(function (x, y) { return x.age - y.age; });
console.log(people.map(function (p) { return p.name + p.age; }).join(' '));
var big = [];
for (var i = 0; i < 100; i++) big.push({ k: i % 3, i: i });
big.sort(function (x, y) { return x.k - y.k; });
var stable = big.every(function (v, idx) { return idx === 0 || big[idx - 1].k < v.k || big[idx - 1].i < v.i; });
console.log(stable, big[0].i, big[33].i, big[34].i, big[99].i);
