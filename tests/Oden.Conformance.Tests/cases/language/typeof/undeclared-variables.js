console.log(typeof neverDeclared);
console.log(typeof neverDeclared === 'undefined');
if (typeof someGlobalLib !== 'undefined') console.log('exists'); else console.log('missing');
try { neverDeclared; } catch (e) { console.log(e.name); }
console.log(typeof typeof neverDeclared);
