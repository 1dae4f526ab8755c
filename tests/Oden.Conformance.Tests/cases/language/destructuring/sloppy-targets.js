// Sloppy mode: an undeclared target creates a global; a read-only property ignores the write.
[implicitGlobal] = ['created'];
console.log(implicitGlobal, 'implicitGlobal' in globalThis);
const frozen = Object.freeze({ p: 1 });
[frozen.p] = [2];
console.log(frozen.p);
({ q: globalThis.viaGlobal } = { q: 'g' });
console.log(viaGlobal);
