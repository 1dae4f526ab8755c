// Several optional links in one chain; each link tests only its own receiver.
const data = { users: [{ profile: { emails: ['a@x'] } }, { profile: null }, {}] };
for (let i = 0; i < 4; i++) {
  console.log(i, data.users[i]?.profile?.emails?.[0]?.toUpperCase?.());
}
const deep = { a: { b: { c: { d: { e: 'E' } } } } };
console.log(deep?.a?.b?.c?.d?.e, deep.a?.x?.c.d.e, deep.a.b?.c.d?.e);
const fns = { make: () => ({ run: (x) => ({ done: x }) }) };
console.log(fns.make?.().run?.(5).done, fns.nope?.().run(5).done);
const nums = [1, 2, 3];
console.log(nums.find((n) => n > 1)?.toFixed(2), nums.find((n) => n > 5)?.toFixed(2));
