var nums = [0, -0, 1, -1, 1.5, 0.1, 100, 1e21, 1e20, 1.23e-7, 0.000001, 0.0000001, 123456789012345680000, NaN, Infinity, -Infinity, 2e-323, 1 / 3];
for (var i = 0; i < nums.length; i++) console.log(String(nums[i]));
console.log(String(0.1 * 3), String(-1e-7), String(1.5e-10));
console.log((25).toString(), (-0).toString(), (1e21).toString());
console.log(String(4294967296 * 4294967296));
