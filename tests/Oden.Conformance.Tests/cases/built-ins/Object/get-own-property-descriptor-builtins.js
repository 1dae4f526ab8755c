console.log(JSON.stringify(Object.getOwnPropertyDescriptor([1, 2], 'length')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor('abc', 0)));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Math, 'PI')));
var fd = Object.getOwnPropertyDescriptor(function f(a, b) {}, 'length');
console.log(JSON.stringify(fd));
var pd = Object.getOwnPropertyDescriptor(function g() {}, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);
