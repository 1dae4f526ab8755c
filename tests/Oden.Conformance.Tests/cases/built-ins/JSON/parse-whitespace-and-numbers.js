console.log(JSON.stringify(JSON.parse(' \t\n\r{ "a" : [ 1 , 2 ] } \n')));
console.log(JSON.parse('1e400'), JSON.parse('-1e-400'), JSON.parse('123456789012345678901234567890'));
console.log(JSON.parse('0.1'), JSON.parse('-0.0'), JSON.parse('9007199254740993'));
try { JSON.parse('\u00a01'); } catch (e) { console.log('nbsp:', e.name); }
console.log(JSON.parse('"\u2028"').length);
