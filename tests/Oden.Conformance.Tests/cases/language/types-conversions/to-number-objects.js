function Box() {}
Box.prototype.valueOf = function () { return 99; };
console.log(Number([]), Number(['7']), Number([1, 2]), Number({}));
console.log(Number(null), Number(undefined), Number(true), Number(false));
console.log(Number(new Box()), Number({ valueOf: function () { return '3'; } }));
console.log(Number({ toString: function () { return '0x10'; } }));
try { Number(Symbol('s')); } catch (e) { console.log(e.name); }
