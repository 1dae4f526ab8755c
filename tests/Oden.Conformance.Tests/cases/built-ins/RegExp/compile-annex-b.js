var r = /a/g; r.lastIndex = 3;
console.log(r.compile('b+', 'i') === r, r.source, r.flags, r.lastIndex, r.test('xBB'));
console.log(r.compile(/z/m).flags, r.compile().source);
try { r.compile(/z/, 'g'); } catch (e) { console.log(e.name); }
try { RegExp.prototype.compile.call({}, 'a'); } catch (e) { console.log(e.name); }
try { r.compile('('); } catch (e) { console.log(e.name, r.source); }
console.log(RegExp.prototype.compile.length, RegExp.prototype.compile.name);
