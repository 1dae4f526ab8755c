var name = 'greet';
var o = {
  [name]() { return 'hello'; },
  ['say' + 'Bye']() { return 'bye'; },
  plain() { return this === o; }
};
console.log(o.greet(), o.sayBye(), o.plain());
console.log(o.greet.name, o.sayBye.name);
