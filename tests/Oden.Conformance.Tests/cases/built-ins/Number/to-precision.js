console.log((123.456).toPrecision(4), (123.456).toPrecision(2), (123.456).toPrecision(1));
console.log((0.000123).toPrecision(2), (0.00000123).toPrecision(2), (1e21).toPrecision(3));
console.log((123456).toPrecision(2), (123456).toPrecision(6), (123456).toPrecision(8));
console.log((1.5).toPrecision(1), (2.5).toPrecision(1), (-1.25).toPrecision(2));
console.log((0).toPrecision(3), (-0).toPrecision(1), (5).toPrecision());
console.log(NaN.toPrecision(2), Infinity.toPrecision(3));
try { (1).toPrecision(0); } catch (e) { console.log(e.name); }
console.log((1 / 3).toPrecision(21));
