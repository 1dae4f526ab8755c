console.log(/ab+c/gi);
console.log(new RegExp('x/y'));
console.log({ re: /\d+/ });
console.log([/a/, /b/m]);
console.log(/a/.source, [/x/g.global]);
