// get/getAll/has/set/delete, including the value forms of has and delete.
const p = new URLSearchParams('a=1&b=2&a=3&c=4&a=1');
console.log(p.get('a'), p.get('z'), JSON.stringify(p.getAll('a')), JSON.stringify(p.getAll('z')));
console.log(p.has('a'), p.has('z'), p.has('a', '3'), p.has('a', '9'), p.has('a', undefined));
p.set('a', 'only');
console.log(p.toString());
p.set('new', 'x');
console.log(p.toString());
p.append('b', '5');
p.delete('b', '2');
console.log(p.toString());
p.delete('b');
console.log(p.toString(), p.size);
p.delete('missing');
console.log(p.size);
try { p.get(); } catch (e) { console.log('get()', e.constructor.name); }
try { p.append('only-name'); } catch (e) { console.log('append(1)', e.constructor.name); }
console.log(p.get(null), p.has(undefined));
