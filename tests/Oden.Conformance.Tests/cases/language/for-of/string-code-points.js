var chars = [];
for (var c of 'héllo') chars.push(c);
console.log(chars.join('|'));
var parts = [];
for (var p of 'a😀b') parts.push(p);
console.log(parts.length, parts[1].length);
for (var e of '') console.log('never');
console.log('done');
