console.log(String(123), String(-0), String(null), String(undefined), String(true));
console.log(String([1, [2, 3]]), String({}), String(NaN));
console.log(String(1e21), String(1e-7), String(123e-20));
console.log('' + 0.1, '' + 100, '' + 1.50);
console.log(typeof String(1), typeof new String(1));
