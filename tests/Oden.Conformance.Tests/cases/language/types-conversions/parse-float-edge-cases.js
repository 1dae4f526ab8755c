console.log(parseFloat('3.14abc'), parseFloat('  .5'), parseFloat('-.5e2x'), parseFloat('1e'));
console.log(parseFloat('Infinityx'), parseFloat('-Infinity'), parseFloat('infinity'));
console.log(parseFloat(''), parseFloat('x1'), parseFloat('0x10'), parseFloat('1.2.3'));
console.log(parseFloat('1e-7'), parseFloat('5e+2'), parseFloat('-0'), 1 / parseFloat('-0'));
console.log(parseFloat([1.5, 2]), parseFloat({ toString: function () { return '7.5'; } }));
