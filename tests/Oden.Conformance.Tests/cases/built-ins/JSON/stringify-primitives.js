console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol('x')));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(1e-7));
console.log(JSON.stringify('quote " backslash \\ newline \n tab \t'));
console.log(JSON.stringify('\u0001\u001f\u007f\u2028'));
console.log(JSON.stringify(new Number(3)), JSON.stringify(new String('w')), JSON.stringify(new Boolean(false)));
console.log(JSON.stringify('\ud800'), JSON.stringify('😀'));
