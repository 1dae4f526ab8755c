var calls = 0;
var o = {
  get expensive() {
    calls++;
    Object.defineProperty(this, 'expensive', { value: 'computed', writable: false });
    return 'computed';
  }
};
console.log(o.expensive, o.expensive, o.expensive, calls);
