'use strict';
var arr = Object.freeze([3, 1, 2]);
var ops = ['push', 'pop', 'shift', 'unshift', 'reverse', 'sort'];
ops.forEach(function (op) {
  try { arr[op](0); console.log(op, 'ok'); } catch (e) { console.log(op, e.name); }
});
try { arr[0] = 9; } catch (e) { console.log('index write', e.name); }
console.log(arr.join(','), arr.slice().reverse().join(','));
