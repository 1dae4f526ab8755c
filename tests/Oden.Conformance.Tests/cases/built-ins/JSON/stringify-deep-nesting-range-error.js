var a = [];
for (var i = 0; i < 100000; i++) a = [a];
try {
  JSON.stringify(a);
  console.log('no error');
} catch (e) {
  console.log(e.name, e instanceof RangeError);
}
var shallow = [];
for (var j = 0; j < 100; j++) shallow = [shallow];
console.log(JSON.stringify(shallow).length);
