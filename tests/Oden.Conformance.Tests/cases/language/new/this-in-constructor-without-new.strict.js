'use strict';
function Person(name) { this.name = name; }
try {
  Person('x');
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
