// for-in and Object.keys see the attributes first, then the operations (blob/formData are not implemented).
const skip = ['blob', 'formData', 'attribute'];
console.log(Object.keys(Response.prototype).filter(k => skip.indexOf(k) < 0).join());
const seen = [];
for (const k in new Response('x')) if (skip.indexOf(k) < 0) seen.push(k);
console.log(seen.join());
console.log(Object.keys(Response).join());
