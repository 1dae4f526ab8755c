// console.log of Blob, File and FormData prints what node's custom inspection shows.
const fd = new FormData();
console.log(new FormData());
fd.append('a', '1');
fd.append('f', new File(['xy'], 'x.txt', { type: 'text/plain', lastModified: 7 }));
fd.append('a', '2');
console.log(new Blob(['abc'], { type: 'text/plain' }));
console.log(new Blob());
console.log(new File(['abc'], 'a.txt', { lastModified: 5 }));
console.log(fd);
console.log([new Blob([])], { blob: new Blob(['x']) });
console.log(new Blob(['12345']).slice(1, 3, 'A/B'));
