var inputs = ['3.14', '  2.5e3xyz', '-.25', 'Infinity', '-Infinityx', '1e', '1e+', '.e1', '0.0000001', '1.7976931348623159e308'];
inputs.forEach(function (s) { console.log(JSON.stringify(s), parseFloat(s)); });
