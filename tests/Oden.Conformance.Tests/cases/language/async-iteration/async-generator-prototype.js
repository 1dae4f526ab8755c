// %AsyncGeneratorFunction%, %AsyncGeneratorPrototype%, %AsyncIteratorPrototype%
async function* ag() {}
const AGFP = Object.getPrototypeOf(ag);
const AGP = AGFP.prototype;
const AsyncIteratorPrototype = Object.getPrototypeOf(AGP);
console.log(AGFP[Symbol.toStringTag], AGP[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(AGFP) === Function.prototype);
console.log(Object.getPrototypeOf(ag.prototype) === AGP, Object.getPrototypeOf(ag()) === ag.prototype);
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator], Object.getPrototypeOf(AsyncIteratorPrototype) === Object.prototype);
console.log(AGFP.constructor.name, AGFP.constructor.prototype === AGFP, Object.getPrototypeOf(AGFP.constructor) === Function);
console.log(Object.getOwnPropertyNames(AGP).sort().join(','));
console.log(AGP.next.length, AGP.return.length, AGP.throw.length);
console.log(ag.hasOwnProperty('prototype'), ag.prototype.hasOwnProperty('constructor'));
try { new ag(); } catch (e) { console.log(e instanceof TypeError); }
const o = { async *m() { yield 'm'; } };
console.log(Object.getPrototypeOf(o.m) === AGFP, o.m.name);
o.m().next().then(r => console.log(JSON.stringify(r)));
AGP.next.call({}).catch(e => console.log('bad receiver rejects:', e instanceof TypeError));
