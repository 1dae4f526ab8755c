var radices = [2, 8, 10, 16, 36];
radices.forEach(function (r) {
  console.log(r, parseInt('1010', r), parseInt('zz', r), parseInt('7f', r));
});
console.log(parseInt('0x10', 16), parseInt('0x10', 10), parseInt('0x10'), parseInt('-0x10'));
console.log(parseInt('9007199254740993'), parseInt('11111111111111111111111', 2));
