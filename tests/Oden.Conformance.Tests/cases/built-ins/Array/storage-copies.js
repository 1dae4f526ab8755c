// slice, splice, concat, map and filter on plain arrays copy storage directly; these cases pin what the
// spec's element-by-element steps give around that: holes, elements inherited from a prototype, getters
// on the source, subclass species, and results that must be fresh arrays.
function show(label, a) {
  var parts = [];
  for (var i = 0; i < a.length; i++) parts.push(Object.prototype.hasOwnProperty.call(a, i) ? JSON.stringify(a[i]) : "hole");
  console.log(label, Array.isArray(a), Object.getPrototypeOf(a) === Array.prototype, a.length, parts.join(','));
}

var holey = [1, , 3, , 5];
show('slice holes', holey.slice());
show('slice range', holey.slice(1, 4));
show('slice negative', holey.slice(-2));
show('concat holes', [0].concat(holey, [, 7], 8));
var spliced = [1, , 3, 4, , 6];
var removed = spliced.splice(1, 3, 'a');
show('splice removed', removed);
show('splice rest', spliced);
var moved = [1, 2, , 4, 5, , 7];
moved.splice(1, 1, 'x', 'y', 'z');
show('splice grow over holes', moved);
var shrunk = [1, 2, , 4, 5, , 7];
shrunk.splice(0, 3);
show('splice shrink over holes', shrunk);

// A prototype element shows through a hole: the copies must read it.
Array.prototype[1] = 'from-proto';
show('slice proto hole', [0, , 2].slice());
show('concat proto hole', [].concat([0, , 2]));
var sp = [0, , 2, 3];
show('splice proto hole removed', sp.splice(0, 2));
show('splice proto hole rest', sp);
show('map proto hole', [0, , 2].map(function (x) { return x; }));
delete Array.prototype[1];
show('slice after delete', [0, , 2].slice());

// A getter on the source runs once per element, in order.
var log = [];
var src = [10, 20, 30];
Object.defineProperty(src, 1, { get: function () { log.push('get1'); return 21; }, enumerable: true, configurable: true });
show('slice getter', src.slice());
show('concat getter', [].concat(src));
console.log(log.join(' '));

// Species: a subclass gets its own kind of result; a constructor property without species falls back.
class MyArray extends Array {}
var mine = MyArray.from([1, 2, 3, 4]);
console.log(mine.slice(1) instanceof MyArray, mine.map(function (x) { return x * 2; }) instanceof MyArray,
  mine.filter(function (x) { return x > 1; }) instanceof MyArray, mine.concat([5]) instanceof MyArray,
  mine.splice(0, 1) instanceof MyArray);
var custom = [1, 2, 3];
custom.constructor = { [Symbol.species]: function (n) { this.made = n; } };
var made = custom.slice(1);
console.log(Array.isArray(made), made.made, made[0], made[1], made.length);
var noSpecies = [1, 2];
noSpecies.constructor = undefined;
show('constructor undefined', noSpecies.slice());

// Results are fresh: changing one never touches the other.
var base = [1, 2, 3];
var copy = base.slice();
copy[0] = 99;
copy.push(4);
show('base after copy change', base);
show('copy', copy);
var joined = base.concat(base);
joined[1] = 'j';
show('base after concat change', base);
show('joined', joined);

// Long copies past the first storage chunk, and a sparse source.
var big = [];
for (var i = 0; i < 3000; i++) big.push(i);
var bigSlice = big.slice(100, 2900);
console.log(bigSlice.length, bigSlice[0], bigSlice[2799], bigSlice.indexOf(1500));
var bigConcat = big.concat(big, [1]);
console.log(bigConcat.length, bigConcat[2999], bigConcat[3000], bigConcat[6000]);
var sparse = [];
sparse[5] = 'five';
sparse[100000] = 'far';
var sparseSlice = sparse.slice(4, 7);
show('sparse slice', sparseSlice);
console.log(sparse.concat(['x']).length, sparse.slice(99999).length, sparse.slice(99999)[1]);
var lengthOnly = new Array(5);
show('length only slice', lengthOnly.slice(1));
show('length only concat', [].concat(lengthOnly, [1]));
