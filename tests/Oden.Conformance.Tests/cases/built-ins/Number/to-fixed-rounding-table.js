var vals = [0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.05, 0.15, 0.25, 0.35, 10.235, 8.345, 1.45, 99.995];
for (var i = 0; i < vals.length; i++) {
  console.log(vals[i], vals[i].toFixed(0), vals[i].toFixed(1), vals[i].toFixed(2));
}
console.log((1.0049999999999999).toFixed(3), (12.3456).toFixed(3));
