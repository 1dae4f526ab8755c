console.log((0.5).toString(16), (0.75).toString(8), (255.5).toString(16));
console.log((-10.25).toString(2), (0.5).toString(36), (2.5).toString(32));
console.log((100).toString(7), (0.0625).toString(4), (1 / 1024).toString(2));
console.log(parseInt((12345).toString(36), 36), parseInt((255).toString(2), 2));
console.log((0.5).toString(2), (-0.5).toString(16), (4.25).toString(8));
