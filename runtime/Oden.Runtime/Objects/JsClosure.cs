// JsClosure: the base of every function the compiler emits. The compiler generates one sealed subclass
// per JavaScript function; it holds the captured environment in a typed field of its own and overrides
// the call entries to call the static body method directly (see docs/architecture.md).
//
// Own properties follow the spec's OrdinaryFunctionCreate + MakeConstructor: "length" and "name"
// (configurable only), and for constructors "prototype" (writable only). The prototype object is created
// on first read (a JsValue.Lazy slot), so a closure created in a loop costs one object and one slot array.
namespace Oden.Runtime;

public abstract class JsClosure : JsFunction
{
    private static readonly Shape s_plainShape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    private static readonly Shape s_constructorShape = s_plainShape.AddProperty("prototype", PropertyFlags.Writable);

    private readonly FunctionKind _kind;

    protected JsClosure(Realm realm, FunctionKind kind, string name, int length)
        : base(realm, realm.Intrinsics.FunctionPrototype, kind == FunctionKind.Normal ? s_constructorShape : s_plainShape)
    {
        _kind = kind;
        _slots[0] = JsValue.FromNumber(length);
        _slots[1] = JsValue.FromString(name);
        if (kind == FunctionKind.Normal)
        {
            _slots[2] = JsValue.Lazy;
        }
    }

    public FunctionKind Kind => _kind;

    /// <summary>
    /// The function's exact source text, for Function.prototype.toString. The generated subclass
    /// overrides this to slice its module's source (kept once per assembly, decoded on first use, see
    /// CompilerServices/SourceTextTable.cs); nothing is stored per closure instance.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public virtual string? GetSourceText() => null;

    public override bool IsConstructor => _kind == FunctionKind.Normal;

    /// <see href="https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget"/>
    public override JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget)
    {
        // 5.a. Let thisArgument be ? OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%").
        // The own prototype slot is read directly while the closure still has its shape (the common case).
        JsObject proto = ReferenceEquals(newTarget, this) && _map is null && _slots[2]._ref is JsObject own
            ? own
            : GetPrototypeFromConstructor(newTarget, Realm.Intrinsics.ObjectPrototype);
        var thisArgument = new JsObject(proto);

        // 8-10. Run the body; an object result replaces thisArgument.
        JsValue result = Call(thisArgument, arguments);
        return result.IsObject ? result : thisArgument;
    }

    protected internal override JsValue MaterializeLazy(in PropertyKey key)
    {
        // MakeConstructor: prototype = { constructor: F } (constructor is writable, configurable, hidden).
        var prototype = new JsObject(Realm.Intrinsics.ObjectPrototype);
        prototype.FastAddProperty("constructor", this, PropertyFlags.Hidden);
        StoreMaterialized(key, prototype);
        return prototype;
    }
}

public enum FunctionKind : byte
{
    /// <summary>A function declaration or expression: callable and constructible.</summary>
    Normal,
    /// <summary>An arrow function: lexical this, not constructible.</summary>
    Arrow,
    /// <summary>A method, getter or setter of an object literal: not constructible.</summary>
    Method,
}
