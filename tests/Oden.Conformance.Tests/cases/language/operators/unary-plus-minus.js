console.log(+'42', +'  42  ', +'', +' ', +'4x');
console.log(+true, +false, +null, +undefined);
console.log(+[], +[5], +[1, 2], +{});
console.log(-'5', -'-5', -null);
console.log(1 / -0 === -Infinity);
console.log(-(-0) === 0, 1 / -(-0));
console.log(+'0x1A', +'0b11', +'0o17');
console.log(+'1e3', +'.5', +'5.', +'-.5e1');
