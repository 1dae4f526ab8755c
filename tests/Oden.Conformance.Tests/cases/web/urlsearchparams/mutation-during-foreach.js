// forEach reads the list live: entries appended during the loop are visited.
const p = new URLSearchParams('a=1');
let n = 0;
p.forEach((v, k) => { n++; if (n < 4) p.append('k' + n, String(n)); });
console.log(n, p.toString());
const q = new URLSearchParams('a=1&b=2&c=3');
const visited = [];
q.forEach((v, k) => { visited.push(k); if (k === 'a') q.delete('b'); });
console.log(visited.join(), q.toString());
