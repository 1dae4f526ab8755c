// sort() is stable and compares names by UTF-16 code units.
const p = new URLSearchParams('z=1&a=2&z=0&b=3&a=1&%C3%A9=e&E=E&%F0%9F%98%80=emoji&%EF%AC%80=ff');
p.sort();
console.log(p.toString());
console.log(Array.from(p.keys()).join(' '));
const q = new URLSearchParams([['b', '1'], ['a', '2'], ['b', '0'], ['a', '1']]);
q.sort();
console.log(JSON.stringify(Array.from(q)));
const empty = new URLSearchParams();
empty.sort();
console.log(JSON.stringify(empty.toString()));
