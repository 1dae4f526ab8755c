// indexOf/includes with a number over arrays that mix numbers with values whose payload could look alike
// (true, false, null, '', objects, undefined), holes, NaN and -0.
const mixed = [true, false, null, '', '1', {}, [], undefined, 1, 0, -0, NaN, 2.5, , 7];
for (const search of [1, 0, -0, NaN, 2.5, 7, 3, true, null, undefined, '1']) {
  console.log(String(search), Object.is(search, -0) ? '(-0)' : '', mixed.indexOf(search), mixed.includes(search), mixed.lastIndexOf(search));
}
const holey = [5, , 5];
console.log(holey.indexOf(undefined), holey.includes(undefined), holey.indexOf(5, 1), holey.includes(5, 2));
Array.prototype[1] = 9;
console.log(holey.indexOf(9), holey.includes(9));
delete Array.prototype[1];
const nums = Array.from({ length: 600 }, (_, i) => i * 0.5);
console.log(nums.indexOf(299.5), nums.indexOf(300), nums.includes(-0), nums.indexOf(0, -1), nums.includes(150, 301));
