function read() { return value; }
try {
  read();
} catch (e) {
  console.log('early:', e.name);
}
let value = 'ready';
console.log('late:', read());
