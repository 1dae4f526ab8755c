try {
  require('./bad');
  console.log('no error');
} catch (e) {
  console.log('caught', e.name, e.message, e instanceof TypeError);
}
var good = require('./good');
console.log(good.ok);
