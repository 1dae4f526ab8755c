// for-in and Object.keys see the attributes first, then the operations (blob/formData are not implemented).
const skip = ['blob', 'formData', 'attribute'];
console.log(Object.keys(Request.prototype).filter(k => skip.indexOf(k) < 0).join());
const seen = [];
for (const k in new Request('http://h/')) if (skip.indexOf(k) < 0) seen.push(k);
console.log(seen.join());
