switch (1) {}
switch (2) { default: console.log('only default'); }
var r = 'none';
switch ('x') { case 'y': r = 'y'; }
console.log(r);
switch (3) {
  default:
    console.log('default first, no match');
  case 4:
    console.log('falls into case 4');
}
