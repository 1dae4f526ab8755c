var vals = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1.4999999999999998, -0.4, 2.4, 2.6, -2.6];
console.log(vals.map(Math.round).join(' '));
console.log(1 / Math.round(-0.5), 1 / Math.round(-0.2), 1 / Math.round(0.2));
console.log(Math.round(NaN), Math.round(Infinity), Math.round('2.5'), Math.round(null));
console.log(Math.round(4503599627370495.5), Math.round(9007199254740991));
