console.log(__filename.split('/').pop());
console.log(__dirname.split('/').pop());
var info = require('./lib/info');
console.log(info.file, info.dir);
console.log(typeof __filename, __filename.indexOf(__dirname) === 0);
