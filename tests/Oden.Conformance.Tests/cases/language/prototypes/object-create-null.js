var bare = Object.create(null);
bare.key = 'v';
console.log(Object.getPrototypeOf(bare));
console.log(typeof bare.toString, 'toString' in bare);
console.log(Object.keys(bare).join(','));
console.log(bare instanceof Object);
console.log(Object.prototype.hasOwnProperty.call(bare, 'key'));
