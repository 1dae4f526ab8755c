// getSetCookie returns each Set-Cookie value; get() combines them.
const h = new Headers();
console.log(JSON.stringify(h.getSetCookie()));
h.append('Set-Cookie', 'a=1; Path=/');
h.append('Set-Cookie', 'b=2, c=3');
h.append('set-cookie', 'd=4; Expires=Wed, 21 Oct 2015 07:28:00 GMT');
console.log(JSON.stringify(h.getSetCookie()));
console.log(h.get('set-cookie'));
console.log(JSON.stringify(Array.from(h)));
h.set('set-cookie', 'only=1');
console.log(JSON.stringify(h.getSetCookie()));
h.delete('Set-Cookie');
console.log(JSON.stringify(h.getSetCookie()), h.has('set-cookie'));
const fromInit = new Headers([['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
console.log(fromInit.getSetCookie().length, fromInit.get('Set-Cookie'));
