console.log((123456).toExponential(), (123456).toExponential(2), (0.00015).toExponential(1));
console.log((0).toExponential(), (0).toExponential(2), (-1.5).toExponential(3));
console.log((1e21).toExponential(), (1.5e-10).toExponential(), (12345).toExponential(0));
console.log((1.25).toExponential(1), (1.35).toExponential(1), (9.99).toExponential(1));
console.log(NaN.toExponential(), (-Infinity).toExponential(2));
try { (1).toExponential(-1); } catch (e) { console.log(e.name); }
