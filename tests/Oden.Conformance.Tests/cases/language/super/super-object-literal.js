const base = {
  hello() { return 'base hello from ' + this.name; },
  get kind() { return 'base kind'; },
};
const obj = {
  __proto__: base,
  name: 'obj',
  hello() { return 'obj > ' + super.hello(); },
  get kind() { return 'obj > ' + super.kind; },
  arrow() { return (() => super.hello())(); },
};
console.log(obj.hello());
console.log(obj.kind);
console.log(obj.arrow());
const other = { name: 'other' };
other.hello = obj.hello;
console.log(other.hello());
const o2 = { m() { return super.toString === Object.prototype.toString; } };
console.log(o2.m());
const o3 = { m() { return super.missing; } };
console.log(o3.m());
const o4 = { ['com' + 'puted']() { return super.hasOwnProperty('computed'); } };
console.log(o4.computed());
const o5 = { m() { super.field = 1; return this.field; } };
console.log(o5.m(), Object.prototype.field);
