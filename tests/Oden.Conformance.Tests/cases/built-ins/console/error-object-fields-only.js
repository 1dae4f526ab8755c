try {
  null.x;
} catch (e) {
  console.log(e.name, typeof e.message, e instanceof TypeError);
  console.error('caught', e.name);
}
console.log('done');
