console.log(isNaN(NaN), isNaN(undefined), isNaN({}), isNaN('abc'), isNaN(''), isNaN(' '), isNaN(null), isNaN([]));
console.log(isNaN('1e3'), isNaN('0x10'), isNaN(true), isNaN({ valueOf: function () { return 7; } }));
console.log(isFinite(1), isFinite(Infinity), isFinite(-Infinity), isFinite(NaN));
console.log(isFinite('12'), isFinite(''), isFinite(null), isFinite('Infinity'), isFinite(undefined));
console.log(isNaN(Infinity), isFinite(1e308 * 10));
