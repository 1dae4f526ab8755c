function counter() { counter.calls = (counter.calls || 0) + 1; return counter.calls; }
counter(); counter();
console.log(counter());
counter.label = 'c';
console.log(counter.label, Object.keys(counter).join(','));
console.log(typeof counter.prototype, counter.prototype.constructor === counter);
