var values = [0, -0, 1.9, -1.9, 2147483647, 2147483648, -2147483649, 4294967295, 4294967296, 4294967297, 1e20, -1e20, NaN, Infinity, 9007199254740993];
for (var i = 0; i < values.length; i++) {
  console.log(values[i], values[i] | 0, values[i] >>> 0);
}
console.log(-0 | 0, 1 / (-0 | 0));
