function attempt(f) {
  try { f(); return 'ok'; } catch (e) { return (e instanceof Error ? 'Error:' + e.name : 'value:' + JSON.stringify(e)); }
}
console.log(attempt(function () { throw new URIError('u'); }));
console.log(attempt(function () { throw 'string'; }));
console.log(attempt(function () { throw { code: 1 }; }));
console.log(attempt(function () { throw null; }));
console.log(attempt(function () {}));
