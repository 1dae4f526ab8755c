namespace Oden.Runtime.Builtins;

/// <summary>%Error% and the NativeError constructors (one C# method serves all seven).</summary>
internal static unsafe partial class ErrorConstructor
{
    internal static JsFunction Create(Realm realm, ErrorKind kind)
    {
        delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsObject?, JsValue> ctor = kind switch
        {
            ErrorKind.Error => &ConstructError,
            ErrorKind.TypeError => &ConstructTypeError,
            ErrorKind.RangeError => &ConstructRangeError,
            ErrorKind.ReferenceError => &ConstructReferenceError,
            ErrorKind.SyntaxError => &ConstructSyntaxError,
            ErrorKind.EvalError => &ConstructEvalError,
            _ => &ConstructURIError,
        };
        return new JsBuiltinFunction(realm, kind.ToString(), 1, ctor);
    }

    private static JsValue ConstructError(Realm r, JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Construct(r, ErrorKind.Error, a, n);
    private static JsValue ConstructTypeError(Realm r, JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Construct(r, ErrorKind.TypeError, a, n);
    private static JsValue ConstructRangeError(Realm r, JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Construct(r, ErrorKind.RangeError, a, n);
    private static JsValue ConstructReferenceError(Realm r, JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Construct(r, ErrorKind.ReferenceError, a, n);
    private static JsValue ConstructSyntaxError(Realm r, JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Construct(r, ErrorKind.SyntaxError, a, n);
    private static JsValue ConstructEvalError(Realm r, JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Construct(r, ErrorKind.EvalError, a, n);
    private static JsValue ConstructURIError(Realm r, JsValue t, ReadOnlySpan<JsValue> a, JsObject? n) => Construct(r, ErrorKind.URIError, a, n);

    /// <see href="https://tc39.es/ecma262/#sec-error-message"/>
    private static JsValue Construct(Realm realm, ErrorKind kind, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, let newTarget be the active function object.
        JsObject target = newTarget ?? realm.Intrinsics.GetErrorConstructor(kind);

        // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%Error.prototype%", « [[ErrorData]] »).
        var o = new JsError(realm, JsFunction.GetPrototypeFromConstructor(target, realm.Intrinsics.GetErrorPrototype(kind)));

        // 3. If message is not undefined, then CreateNonEnumerableDataPropertyOrThrow(O, "message", ToString(message)).
        JsValue message = args.At(0);
        if (!message.IsUndefined)
        {
            o.FastAddProperty("message", Operations.ToString(realm, message), PropertyFlags.Hidden);
        }

        // 4. Perform ? InstallErrorCause(O, options).
        if (args.At(1).TryGetObject is JsObject options && options.HasProperty("cause"))
        {
            o.FastAddProperty("cause", options.Get("cause"), PropertyFlags.Hidden);
        }

        return o;
    }

    /// <summary>V8's Error.captureStackTrace(target): bundles call it; it installs a fresh `stack`.</summary>
    [JsFunction("captureStackTrace", Length = 2)]
    private static JsValue CaptureStackTrace(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.At(0).TryGetObject is not JsObject target) throw realm.TypeError("Invalid argument");
        var carrier = new JsError(realm, realm.Intrinsics.GetErrorPrototype(ErrorKind.Error));

        // The first line is the target as Error.prototype.toString shows it (V8's ErrorUtils::ToString).
        string header = ErrorPrototype.ErrorToString(realm, target);
        string stack = carrier.StackText;
        int newline = stack.IndexOf('\n');

        // DefinePropertyOrThrow: a non-extensible target without a stack property is a TypeError.
        Operations.DefinePropertyOrThrow(realm, target, "stack", new PropertyDescriptor
        {
            Value = header + (newline >= 0 ? stack[newline..] : ""),
            HasValue = true,
            Writable = true,
            HasWritable = true,
            Enumerable = false,
            HasEnumerable = true,
            Configurable = true,
            HasConfigurable = true,
        });
        return default;
    }

    /// <summary>V8's Error.stackTraceLimit (default 10): how many script frames a new error's stack keeps.</summary>
    [JsConstant("stackTraceLimit", Flags = PropertyFlags.Default)]
    private static JsValue StackTraceLimit => JsError.StackTraceLimit;
}
