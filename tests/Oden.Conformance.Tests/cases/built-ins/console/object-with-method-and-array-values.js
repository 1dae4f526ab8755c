var o = {
  list: [1, 2, 3],
  method() { return 1; },
  flag: false
};
console.log(o);
console.log({ fn: function named() {} });
