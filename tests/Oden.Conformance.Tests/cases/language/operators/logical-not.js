var values = [0, -0, NaN, '', null, undefined, false, '0', 'false', [], {}, 1, -1, ' ', Infinity];
for (var i = 0; i < values.length; i++) {
  console.log(i, !values[i], !!values[i]);
}
console.log(!!!'', !!!'x');
