var nums = [1, 2, 3, 4, 5];
console.log(nums.map(n => n * n).join(','));
console.log(nums.filter(n => n % 2).join(','));
console.log(nums.reduce((acc, n) => acc + n, 0));
console.log(nums.some(n => n > 4), nums.every(n => n > 0));
console.log(JSON.stringify(nums.map((n, i) => [i, n]).slice(0, 2)));
