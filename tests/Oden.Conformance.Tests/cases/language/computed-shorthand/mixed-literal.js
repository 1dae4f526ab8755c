var id = 7, label = 'L';
var dyn = 'extra';
var o = {
  id,
  label,
  [dyn + '1']: true,
  get upper() { return this.label.toUpperCase(); },
  describe() { return this.id + ':' + this.upper; }
};
console.log(o.describe());
console.log(JSON.stringify(o));
