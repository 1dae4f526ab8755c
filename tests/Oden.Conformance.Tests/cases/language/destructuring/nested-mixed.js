// Deep mixes of object and array patterns with defaults and rest.
const data = {
  user: { name: 'ada', tags: ['math', 'code', 'poetry'], address: { city: 'London' } },
  meta: [{ k: 'a', v: 1 }, { k: 'b' }],
};
const {
  user: { name, tags: [firstTag, ...otherTags], address: { city, zip = 'none' } },
  meta: [{ v: firstV }, { v: secondV = 'missing' }, third = 'no third'],
} = data;
console.log(name, firstTag, otherTags, city, zip, firstV, secondV, third);
const [{ deep: [{ deeper = 'dflt' } = {}] = [] } = {}] = [];
console.log(deeper);
const { a: { b: { c: [d, { e }] } } } = { a: { b: { c: ['D', { e: 'E' }] } } };
console.log(d, e);
const [[[[innermost]]]] = [[[['in']]]];
console.log(innermost);
const { ['x' + 1]: [x1 = 1, x2 = 2] = [] } = { x1: [undefined, 'two'] };
console.log(x1, x2);
