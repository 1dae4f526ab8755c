var o = { toString: function () { return 'T'; }, valueOf: function () { return 'V'; } };
console.log(String(o), o + '', `${o}`, [o].join());
console.log(o == 'V', o == 'T');
var s = new String('wrapped');
console.log(s + '', typeof (s + ''), s.valueOf() === 'wrapped');
