// A first Oden program: `odenc run samples/hello/hello.js`.
const greet = (name) => `Hello, ${name}!`;

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const people = ['Ada', 'Grace', 'Linus'];
for (const p of people) {
  console.log(greet(p));
}

const stats = { count: people.length, fib20: fib(20) };
console.log(JSON.stringify(stats));
console.log(stats);
