// ?? pairs with ?. for defaults of deep properties.
const config = { server: { port: 0, host: '' }, features: null };
console.log(config.server?.port ?? 8080, config.server?.host ?? 'localhost', config.server?.timeout ?? 30);
console.log(config.features?.beta ?? 'off', config.missing?.deep?.value ?? 'none');
const users = [{ name: 'a', nick: null }, { name: 'b', nick: 'bee' }];
console.log(users.map((u) => u.nick ?? u.name).join());
function greet(opts) { return `hi ${opts?.name ?? 'anon'}`; }
console.log(greet(), greet({}), greet({ name: '' }), greet({ name: 'z' }));
const arr = [null, undefined, 0, false, ''];
console.log(arr.map((v) => v ?? 'D'));
