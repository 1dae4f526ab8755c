var name = 'World', n = 3;
console.log(`Hello, ${name}!`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`${'nested ' + `inner ${n}`}`);
console.log(`no substitutions`);
console.log(``.length);
console.log(`${1}${2}${3}`);
