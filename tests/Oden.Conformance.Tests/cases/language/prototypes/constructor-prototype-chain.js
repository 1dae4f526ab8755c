function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + ' barks; ' + Animal.prototype.speak.call(this); };
var d = new Dog('Rex');
console.log(d.speak());
console.log(d instanceof Dog, d instanceof Animal, d.constructor === Dog);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(d)) === Animal.prototype);
