var ts = Error.prototype.toString;
console.log(ts.call({ name: 'N', message: 'M' }));
console.log(ts.call({}));
console.log(ts.call({ name: '', message: 'only message' }));
console.log(ts.call({ name: 'only name' }));
console.log(ts.call({ name: undefined, message: undefined }));
try { ts.call(1); } catch (e) { console.log(e.name); }
