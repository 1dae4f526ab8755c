var bare = Object.create(null);
console.log(bare);
bare.a = 1;
console.log(bare);
console.log({ inner: Object.create(null) });
