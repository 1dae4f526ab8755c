function f() {
  try {
    return 'try';
  } finally {
    return 'finally';
  }
}
console.log(f());
function g() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally swallows throw';
  }
}
console.log(g());
