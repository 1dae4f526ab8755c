var ok = true;
for (var i = 0; i < 1000; i++) {
  var r = Math.random();
  if (!(r >= 0 && r < 1) || typeof r !== 'number') ok = false;
}
console.log(ok);
var dice = Math.floor(Math.random() * 6) + 1;
console.log(dice >= 1 && dice <= 6, dice === Math.floor(dice));
