// Sort-and-combine: names compared by code units, duplicate names combined in insertion order.
const h = new Headers();
const names = ['x-b', 'X-A', 'x-a', 'a', 'A-', 'a-', '_', '~', '0', 'Z'];
names.forEach((n, i) => h.append(n, 'v' + i));
console.log(JSON.stringify(Array.from(h)));
h.delete('x-a');
console.log(Array.from(h.keys()).join(' '));
h.set('Z', 'last');
console.log(h.get('z'), Array.from(h.keys()).length);
const many = new Headers();
for (let i = 0; i < 5; i++) many.append('accept', 'type/' + i);
console.log(many.get('Accept'));
