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

    // A class constructor's prototype is neither writable, enumerable nor configurable; the class
    // definition stores it (Ops.CreateClass) before any code can see the function.
    private static readonly Shape s_classShape = s_plainShape.AddProperty("prototype", PropertyFlags.None);

    private readonly FunctionKind _kind;

    /// <summary>
    /// The most properties an object constructed with this function as new.target had when its construction
    /// finished (capped): the next `this` starts with that many slots (slack tracking, without the shrinking).
    /// </summary>
    private int _instanceSlots;

    /// <summary>Instances with more properties than this grow their slot array as usual.</summary>
    private const int MaxInstanceSlots = 32;

    protected JsClosure(Realm realm, FunctionKind kind, string name, int length)
        : base(realm, FunctionPrototypeOf(realm, kind), kind switch
        {
            FunctionKind.ClassConstructor => s_classShape,
            _ when HasPrototypeProperty(kind) => s_constructorShape,
            _ => s_plainShape,
        })
    {
        _kind = kind;
        _slots[0] = JsValue.FromNumber(length);
        _slots[1] = JsValue.FromString(name);
        if (HasPrototypeProperty(kind))
        {
            _slots[2] = JsValue.Lazy;
        }
    }

    public FunctionKind Kind => _kind;

    /// <summary>Constructors and (async) generator functions own a "prototype" property.</summary>
    private static bool HasPrototypeProperty(FunctionKind kind) => kind is FunctionKind.Normal or FunctionKind.Generator or FunctionKind.AsyncGenerator;

    /// <summary>The [[Prototype]] of a new function of this kind: %Function.prototype%, or the generator/async one.</summary>
    private static JsObject FunctionPrototypeOf(Realm realm, FunctionKind kind) => kind switch
    {
        FunctionKind.Generator => realm.Intrinsics.GeneratorFunctionPrototype,
        FunctionKind.Async => realm.Intrinsics.AsyncFunctionPrototype,
        FunctionKind.AsyncGenerator => realm.Intrinsics.AsyncGeneratorFunctionPrototype,
        _ => realm.Intrinsics.FunctionPrototype,
    };


    public override bool IsConstructor => _kind is FunctionKind.Normal or FunctionKind.ClassConstructor;

    /// <summary>
    /// [[HomeObject]]: the object a method was defined on (a class prototype, a class, an object
    /// literal), for `super` lookups; set only on methods whose body uses super (Ops.SetHomeObject).
    /// </summary>
    public JsObject? HomeObject { get; internal set; }

    /// <summary>A class constructor's [[Fields]]: the method that defines the instance fields on a new object (Ops.InitializeInstanceElements).</summary>
    public JsFunction? FieldInitializer { get; internal set; }

    /// <summary>
    /// OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%"): the `this` object of [[Construct]]
    /// for ordinary functions and base class constructors.
    /// </summary>
    public JsObject OrdinaryCreateThis(JsObject newTarget)
    {
        // The own prototype slot is read directly while the closure still has its shape (the common case).
        JsObject proto = ReferenceEquals(newTarget, this) && _map is null && _slots[2]._ref is JsObject own
            ? own
            : GetPrototypeFromConstructor(newTarget, Realm.Intrinsics.ObjectPrototype);
        return new JsObject(proto, newTarget is JsClosure target ? target._instanceSlots : 0);
    }

    /// <summary>
    /// Notes the size of an object whose construction with <paramref name="newTarget"/> just finished, for the
    /// slot capacity of the next one. Returns <paramref name="result"/>.
    /// </summary>
    internal static JsValue NoteConstructed(JsObject newTarget, JsValue result)
    {
        if (newTarget is JsClosure target && JsValue.ObjectOf(result._ref) is { _map: null } o)
        {
            int count = o._shape.Count;
            if (count > target._instanceSlots) target._instanceSlots = Math.Min(count, MaxInstanceSlots);
        }

        return result;
    }

    /// <summary>
    /// The function's exact source text, for Function.prototype.toString. The generated subclass
    /// overrides this to slice its module's source (kept once per assembly, decoded on first use, see
    /// CompilerServices/SourceTextTable.cs); nothing is stored per closure instance.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public virtual string? GetSourceText() => null;

    /// <see href="https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget"/>
    public override JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget)
    {
        // 5.a. Let thisArgument be ? OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%").
        var thisArgument = OrdinaryCreateThis(newTarget);

        // 8-10. Run the body; an object result replaces thisArgument.
        JsValue result = Call(thisArgument, arguments);
        return NoteConstructed(newTarget, result.IsObject ? result : thisArgument);
    }

    protected internal override JsValue MaterializeLazy(in PropertyKey key)
    {
        if (_kind is FunctionKind.Generator or FunctionKind.AsyncGenerator)
        {
            // A generator function's prototype: an object inheriting from %GeneratorPrototype% (or the
            // async one), without a "constructor" (https://tc39.es/ecma262/#sec-runtime-semantics-instantiategeneratorfunctionexpression).
            var instancePrototype = new JsObject(_kind == FunctionKind.Generator
                ? Realm.Intrinsics.GeneratorPrototype
                : Realm.Intrinsics.AsyncGeneratorPrototype);
            StoreMaterialized(key, instancePrototype);
            return instancePrototype;
        }

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
    /// <summary>A method, getter or setter of an object literal or a class: not constructible.</summary>
    Method,
    /// <summary>
    /// A class constructor: constructible, [[Call]] throws, and its non-writable prototype is stored by
    /// the class definition (the generated closure overrides Call and Construct).
    /// </summary>
    ClassConstructor,
    /// <summary>A generator function or method: not constructible; owns a prototype inheriting from %GeneratorPrototype%.</summary>
    Generator,
    /// <summary>An async function, arrow or method: not constructible; [[Prototype]] is %AsyncFunction.prototype%.</summary>
    Async,
    /// <summary>An async generator function or method.</summary>
    AsyncGenerator,
}
