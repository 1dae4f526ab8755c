function f(x) { return x.toFixed(10); }
console.log(f(Math.sin(1)), f(Math.cos(1)), f(Math.tan(1)));
console.log(f(Math.sin(Math.PI / 6)), f(Math.cos(Math.PI)), f(Math.atan(1) * 4));
console.log(f(Math.exp(1)), f(Math.exp(-2)), f(Math.log(10)), f(Math.log(Math.E)));
console.log(f(Math.asin(0.5)), f(Math.acos(0.5)), f(Math.atan2(1, 1)), f(Math.atan2(-1, -1)));
console.log(Math.log(0), Math.log(-1), Math.exp(-Infinity), Math.exp(0), Math.sin(0), Math.cos(0));
console.log(Math.atan2(0, -0) === Math.PI, Math.atan2(0, 0), Math.log(1));
