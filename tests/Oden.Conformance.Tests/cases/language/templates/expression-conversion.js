console.log(`${null} ${undefined} ${true} ${0} ${-0} ${NaN}`);
console.log(`${[1, 2, 3]} ${{}}`);
console.log(`${[]}|${[null]}|${[undefined, 1]}`);
console.log(`${1e21} ${0.1 + 0.2}`);
console.log(`${function () {} === null}`);
