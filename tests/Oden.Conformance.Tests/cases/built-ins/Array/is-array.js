console.log(Array.isArray([]), Array.isArray(new Array(3)), Array.isArray([1, [2]]));
console.log(Array.isArray({ length: 0 }), Array.isArray('abc'), Array.isArray(null), Array.isArray());
console.log(Array.isArray(Array.prototype));
(function () { console.log(Array.isArray(arguments)); })();
console.log(Array.isArray(Object.create(Array.prototype)));
