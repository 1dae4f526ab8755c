function Base() {}
Base.prototype.shared = 1;
var o = new Base();
o.own = 2;
console.log('shared' in o, 'own' in o, o.hasOwnProperty('shared'));
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
console.log('hidden' in o);
delete Base.prototype.shared;
console.log('shared' in o);
