var many = [];
for (var i = 0; i < 1000; i++) many.push(i);
console.log(Math.max.apply(null, many), Math.min.apply(Math, many));
function count() { return arguments.length; }
console.log(count.apply(null, many));
console.log(count.apply(null, { length: 3 }));
console.log(String.fromCharCode.apply(null, [72, 105, 33]));
