var o = { b: 1, a: 2, 1: 'x' };
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
console.log(JSON.stringify(Object.keys(o)));
console.log(JSON.stringify(Object.getOwnPropertyNames(o)));
console.log(JSON.stringify(Object.getOwnPropertyNames([1, 2])));
console.log(JSON.stringify(Object.keys('ab')), JSON.stringify(Object.getOwnPropertyNames('ab')));
console.log(JSON.stringify(Object.keys(Object.create({ inherited: 1 }))));
