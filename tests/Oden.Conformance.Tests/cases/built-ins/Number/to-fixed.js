console.log((1.005).toFixed(2), (1.255).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1));
console.log((0).toFixed(2), (-0).toFixed(2), (-1.5).toFixed(0), (2.5).toFixed(0), (1.5).toFixed(0));
console.log((123.456).toFixed(), (123.456).toFixed(1), (0.000001).toFixed(7));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (-1e-10).toFixed(2));
console.log((0.1).toFixed(20), (1.23e-10).toFixed(15));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0));
try { (1).toFixed(101); } catch (e) { console.log(e.name); }
console.log((1).toFixed(100).length);
