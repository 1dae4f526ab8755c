var o = {};
Object.defineProperty(o, 'c', { value: 1, configurable: true });
Object.defineProperty(o, 'c', { value: 2, writable: true, enumerable: true });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'c')));
Object.defineProperty(o, 'n', { value: 1 });
try { Object.defineProperty(o, 'n', { value: 2 }); } catch (e) { console.log('change value:', e.name); }
try { Object.defineProperty(o, 'n', { enumerable: true }); } catch (e) { console.log('change enumerable:', e.name); }
Object.defineProperty(o, 'n', { value: 1 });
console.log('same value redefine ok', o.n);
Object.defineProperty(o, 'w', { value: 1, writable: true });
Object.defineProperty(o, 'w', { value: 5 });
Object.defineProperty(o, 'w', { writable: false });
console.log(o.w, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'w')));
