// A tag receives the strings array and the substitution values.
function tag(strings, ...values) { return JSON.stringify({ strings: [...strings], raw: strings.raw, values }); }
console.log(tag`plain`);
console.log(tag`a${1}b${2}c`);
console.log(tag`${'start'}middle${'end'}`);
console.log(tag``);
console.log(tag`${1}${2}`);
console.log(tag`line1
line2`);
const name = 'World';
function upper(s, ...v) { return s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).toUpperCase() : ''), ''); }
console.log(upper`Hello, ${name}! ${'bye'}`);
function args() { return arguments.length; }
console.log(args`x${1}y${2}z${3}w`);
console.log((function () { return typeof this; })`t`);
const obj = { prefix: '>', tag(s, v) { return this.prefix + s[0] + v; } };
console.log(obj.tag`value: ${42}`);
console.log(obj['tag']`computed: ${1}`);
const chained = (s) => (s2) => s[0] + s2[0];
console.log(chained`first``second`);
console.log(tag`${{ toString() { return 'not called'; } }}` .includes('not called'));
