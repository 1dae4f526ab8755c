// Object rest in parameters and loop heads.
function split({ id, ...fields }) { return [id, Object.keys(fields).join('+')]; }
console.log(split({ id: 1, a: 2, b: 3 }).join(' '));
const strip = ({ password, ...safe }) => safe;
console.log(JSON.stringify(strip({ user: 'u', password: 'p' })));
for (const { type, ...payload } of [{ type: 't1', x: 1 }, { type: 't2' }]) console.log(type, JSON.stringify(payload));
function defaults({ a = 1, ...others } = { b: 2 }) { return [a, JSON.stringify(others)]; }
console.log(defaults().join(' '), defaults({ c: 3 }).join(' '));
