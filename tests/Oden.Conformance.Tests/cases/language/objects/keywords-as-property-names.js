var o = { if: 1, class: 2, new: 3, function: 4, typeof: 5, null: 6, true: 7, var: 8 };
console.log(o.if + o.class + o.new + o.function + o.typeof + o.null + o.true + o.var);
o.default = 'd';
o.return = 'r';
console.log(o.default, o.return, o.delete);
console.log(Object.keys(o).join(','));
