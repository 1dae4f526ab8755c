function name(f) { try { f(); return 'none'; } catch (e) { return e.name; } }
console.log(name(function () { undefined(); }));
console.log(name(function () { var x = {}; x.y.z = 1; }));
console.log(name(function () { missingVariable; }));
console.log(name(function () { (1.5).toFixed(200); }));
console.log(name(function () { 'abc'.repeatX(); }));
console.log(name(function () { JSON.parse('{'); }));
console.log(name(function () { encodeURIComponent('\ud800'); }));
console.log(name(function () { Symbol() + 1; }));
console.log(name(function () { [].reduce(function () {}); }));
console.log(name(function () { Object.defineProperty({}, 'x', { get: 1 }); }));
