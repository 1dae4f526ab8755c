var sp = String.prototype;
console.log(sp.toUpperCase.call(true), sp.indexOf.call(12345, '3'), sp.slice.call([1, 2, 3], 0, 3));
try { sp.trim.call(null); } catch (e) { console.log(e.name); }
try { sp.charAt.call(undefined, 0); } catch (e) { console.log(e.name); }
console.log(sp.split.call({ toString: function () { return 'a-b'; } }, '-').length);
