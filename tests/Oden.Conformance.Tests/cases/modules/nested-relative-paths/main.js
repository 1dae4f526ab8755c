var math = require('./lib/math');
console.log(math.add(2, 3), math.roundTo(3.14159, 2));
console.log(math.configName);
var config = require('./config');
console.log(config.name, config === math.config);
