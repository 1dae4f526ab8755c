function ValidationError(field, message) {
  this.name = 'ValidationError';
  this.field = field;
  this.message = message;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;
try {
  throw new ValidationError('email', 'is required');
} catch (e) {
  console.log(e instanceof ValidationError, e instanceof Error, e.name, e.field, e.message);
  console.log(String(e));
}
