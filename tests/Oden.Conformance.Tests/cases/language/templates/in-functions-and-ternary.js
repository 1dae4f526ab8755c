function greet(p) { return `Hi ${p.first} ${p.last ? p.last : '(no last name)'}`; }
console.log(greet({ first: 'Ada', last: 'Lovelace' }));
console.log(greet({ first: 'Cher' }));
var items = ['a', 'b'];
console.log(`items: ${items.map(function (x) { return `<${x}>`; }).join('')}`);
console.log(`${items.length > 1 ? 'many' : 'one'}`);
