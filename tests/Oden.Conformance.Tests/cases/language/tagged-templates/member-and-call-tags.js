// Tags can be any expression: members, calls, conditionals (parenthesized), new results.
const obj = { name: 'obj', tag(s, v) { return this.name + ':' + s.join('_') + v; } };
console.log(obj.tag`a${1}b`);
console.log(obj['tag']`c${2}d`);
const factory = (prefix) => (s, ...v) => prefix + s.raw.join('') + v.join('');
console.log(factory('P')`q${'r'}s`);
const pick = true;
console.log((pick ? obj.tag.bind({ name: 'bound' }) : null)`x${3}`);
console.log(`${obj.tag`nested${4}`}!`);
const arr = [(s) => 'first ' + s[0]];
console.log(arr[0]`elem`);
class_free: {
  function Ctor() { this.tag = (s) => 'instance ' + s[0]; }
  console.log(new Ctor().tag`made`);
}
