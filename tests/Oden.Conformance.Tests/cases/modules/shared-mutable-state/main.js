var store = require('./store');
var writer = require('./writer');
writer.write('from writer');
store.set('k2', 'from main');
console.log(JSON.stringify(store.all()));
var reader = require('./reader');
console.log(reader.readAll());
