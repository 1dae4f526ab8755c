var nz = -0;
console.log(String(nz), nz + '', `${nz}`, JSON.stringify(nz));
console.log(1 / nz, 1 / 0);
console.log(nz === 0, nz == 0, nz < 0);
console.log(1 / Math.round(-0.4), 1 / Math.ceil(-0.5), 1 / (-1 * 0), 0 * -Infinity);
console.log([nz].join(), (nz).toFixed(2), String([-0]));
console.log(1 / parseFloat('-0'), 1 / Number('-0'), 1 / -'0');
console.log(1 / Math.min(0, -0), 1 / Math.max(-0, 0));
