var A = () => {};
try {
  new A();
  console.log('constructed');
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
console.log(A.prototype);
console.log(Object.prototype.hasOwnProperty.call(A, 'prototype'));
