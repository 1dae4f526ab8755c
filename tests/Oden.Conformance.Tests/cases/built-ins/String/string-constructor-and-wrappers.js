var s = new String('abc');
console.log(typeof s, s.length, s[1], s.valueOf(), s.toString());
console.log(JSON.stringify(Object.keys(s)), s instanceof String);
s.extra = 1;
console.log(s.extra, JSON.stringify(s));
console.log(JSON.stringify(String()), String(undefined), String(Symbol('desc')));
console.log(typeof String.prototype.trim, String.prototype.length);
