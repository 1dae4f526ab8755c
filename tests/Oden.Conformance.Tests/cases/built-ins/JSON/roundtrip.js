var data = { name: 'Oden', tags: ['js', 'dotnet'], nested: { level: 2, ok: true, none: null }, n: 0.1 };
var text = JSON.stringify(data);
var back = JSON.parse(text);
console.log(text === JSON.stringify(back));
console.log(back.tags[1], back.nested.level, back.n + 0.2);
var pretty = JSON.stringify(data, null, 4);
console.log(JSON.stringify(JSON.parse(pretty)) === text);
console.log(typeof JSON, Object.prototype.toString.call(JSON));
