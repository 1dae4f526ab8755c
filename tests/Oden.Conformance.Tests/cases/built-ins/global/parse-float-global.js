var inputs = ['3.14', '  2.5e3xyz', '-.25', 'Infinity', '-Infinityx', '1e', '1e+', '.e1', '0.0000001', '1.7976931348623159e308'];
inputs.forEach(function (s) { console.log(JSON.stringify(s), parseFloat(s)); });
console.log(parseFloat(' \n 42 '), parseFloat('42abc'), parseFloat(null));
console.log(parseFloat(true), parseFloat([]), parseFloat(['2.5', '3']));
console.log(parseFloat(1e21), parseFloat('1e21'), parseFloat(0.0000001));
