console.log((255).toString(16), (255).toString(2), (255).toString(36), (35).toString(36));
console.log((-255).toString(16), (0).toString(2), (-0).toString(2));
console.log((0.5).toString(2), (0.25).toString(2), (0.1).toString(2));
console.log((3.75).toString(16), (-0.125).toString(8), (1.5).toString(4));
console.log((2 ** 53).toString(36), (1e21).toString(16));
console.log(NaN.toString(2), Infinity.toString(16));
try { (10).toString(1); } catch (e) { console.log(e.name); }
try { (10).toString(37); } catch (e) { console.log(e.name); }
console.log((10).toString(undefined), (10).toString(10.5));
