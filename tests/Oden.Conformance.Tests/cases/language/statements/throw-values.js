var values = [1, 'str', null, undefined, { a: 1 }, [1, 2], true];
for (var i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    console.log(typeof e, JSON.stringify(e));
  }
}
