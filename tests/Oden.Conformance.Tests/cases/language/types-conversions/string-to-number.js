var inputs = [' 12 ', '0x1f', '0X1F', '1e3', '', ' ', '\n\t', 'Infinity', '-Infinity', '-0', '+5', '1_000', '12px', '.5', '5.', '0.0001', '1e1000', '0b101', '0o17', '00012', '-0x10'];
for (var i = 0; i < inputs.length; i++) {
  var n = Number(inputs[i]);
  var negZero = n === 0 && 1 / n === -Infinity;
  console.log(JSON.stringify(inputs[i]) + ' -> ' + String(n) + (negZero ? ' (negative zero)' : ''));
}
