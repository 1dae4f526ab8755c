// start() receives the controller with this = the source; pull waits for start's promise.
const order = [];
const source = {
  start(c) {
    order.push('start this ok ' + (this === source) + ' desired ' + c.desiredSize);
    return Promise.resolve().then(() => order.push('start settled'));
  },
  pull(c) {
    order.push('pull this ok ' + (this === source));
    c.enqueue('v');
    c.close();
  },
};
const rs = new ReadableStream(source);
order.push('constructed');
rs.getReader().read().then(r => {
  order.push('read ' + r.value);
  console.log(order.join('\n'));
});
