console.log(true + true + true, true * 10, false - 1, true / 2);
console.log(true > false, true == 1, false == 0, true === 1);
console.log(JSON.stringify([true, false]), JSON.stringify({ t: true }));
console.log(Number(true), Number(false), +new Boolean(true));
console.log(true & false, true | false, true ^ true, ~true);
