// JsBoundFunction: a bound function exotic object (the result of Function.prototype.bind). It has no
// body of its own: [[Call]] and [[Construct]] forward to the target with the bound this and the bound
// arguments prepended. Its "length" and "name" are ordinary own properties that bind defines.
namespace Oden.Runtime.Builtins;

/// <see href="https://tc39.es/ecma262/#sec-bound-function-exotic-objects"/>
internal sealed class JsBoundFunction : JsBoundFunctionBase
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    private readonly JsFunction _target;
    private readonly JsValue _boundThis;
    private readonly JsValue[] _boundArguments;

    /// <see href="https://tc39.es/ecma262/#sec-boundfunctioncreate"/>
    public JsBoundFunction(Realm realm, JsFunction target, JsValue boundThis, JsValue[] boundArguments, double length, JsValue name)
        : base(realm, target.GetPrototypeOf(), s_shape)
    {
        // 1-2. Let proto be ? targetFunction.[[GetPrototypeOf]]() (passed to the base constructor).
        // 5-9. The internal slots.
        _target = target;
        _boundThis = boundThis;
        _boundArguments = boundArguments;
        _slots[0] = JsValue.FromNumber(length);
        _slots[1] = name;
    }

    /// <summary>[[BoundTargetFunction]].</summary>
    public override JsFunction BoundTargetFunction => _target;

    /// <summary>[[BoundThis]].</summary>
    public JsValue BoundThis => _boundThis;

    /// <summary>[[BoundArguments]].</summary>
    public ReadOnlySpan<JsValue> BoundArguments => _boundArguments;

    public override bool IsConstructor => _target.IsConstructor;

    /// <see href="https://tc39.es/ecma262/#sec-bound-function-exotic-objects-call-thisargument-argumentslist"/>
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        // 1-4. Let args be the list-concatenation of boundArgs and argumentsList.
        // 5. Return ? Call(target, boundThis, args).
        if (_boundArguments.Length == 0) return _target.Call(_boundThis, arguments);
        return _target.Call(_boundThis, Concat(arguments));
    }

    public override JsValue Call0(JsValue thisValue) =>
        _boundArguments.Length == 0 ? _target.Call0(_boundThis) : _target.Call(_boundThis, _boundArguments);

    public override JsValue Call1(JsValue thisValue, JsValue a0) =>
        _boundArguments.Length == 0 ? _target.Call1(_boundThis, a0) : Call(thisValue, new ReadOnlySpan<JsValue>(in a0));

    /// <see href="https://tc39.es/ecma262/#sec-bound-function-exotic-objects-construct-argumentslist-newtarget"/>
    public override JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget)
    {
        // 1-4. Let args be the list-concatenation of boundArgs and argumentsList (the bound this is ignored).
        ReadOnlySpan<JsValue> args = _boundArguments.Length == 0 ? arguments : Concat(arguments);

        // 5. If SameValue(F, newTarget) is true, set newTarget to target.
        if (ReferenceEquals(newTarget, this)) newTarget = _target;

        // 6. Return ? Construct(target, args, newTarget).
        return _target.Construct(args, newTarget);
    }

    private JsValue[] Concat(ReadOnlySpan<JsValue> arguments)
    {
        var args = new JsValue[_boundArguments.Length + arguments.Length];
        _boundArguments.CopyTo(args, 0);
        arguments.CopyTo(args.AsSpan(_boundArguments.Length));
        return args;
    }
}
