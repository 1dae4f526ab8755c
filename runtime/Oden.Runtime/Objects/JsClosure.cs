// JsClosure: the base of every function the compiler emits. The compiler generates one sealed subclass
// per JavaScript function; it holds the captured environment in a typed field of its own and overrides
// one call entry: that entry is the body itself (a body of at most three formals without new.target),
// or calls the static body method directly (see docs/architecture.md, "Functions and calls").
//
// Own properties follow the spec's OrdinaryFunctionCreate + MakeConstructor: "length" and "name"
// (configurable only), and for constructors "prototype" (writable only). The prototype object is created
// on first read (a JsValue.Lazy slot), so a closure created in a loop costs one object and one slot array.
using System.Runtime.CompilerServices;

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

    /// <param name="directArity">
    /// The one CallK entry (K = the number of formal parameters, 0 to 3) the generated subclass overrides to call
    /// its body directly, or -1 when it overrides only Call(this, span) (bodies that read `arguments` or have a
    /// rest parameter, more than three parameters, class constructors). The other CallK entries adapt below.
    /// </param>
    protected JsClosure(Realm realm, FunctionKind kind, string name, int length, int directArity)
        : base(realm, FunctionPrototypeOf(realm, kind), kind switch
        {
            FunctionKind.ClassConstructor => s_classShape,
            _ when HasPrototypeProperty(kind) => s_constructorShape,
            _ => s_plainShape,
        })
    {
        _kind = kind;
        _directArity = (sbyte)directArity;
        _slots[0] = JsValue.FromNumber(length);
        _slots[1] = JsValue.FromString(name);
        if (HasPrototypeProperty(kind))
        {
            _slots[2] = JsValue.Lazy;
        }
    }

    public FunctionKind Kind => _kind;

    // A call with another number of arguments than the body's direct entry takes (or through a span) pads with
    // undefined or drops the extra ones (they are not observable: such bodies never read `arguments`) and
    // calls that entry; without a direct entry CallK goes through Call(this, span), which the generated class
    // then overrides. The generated class overrides exactly the entry _directArity names, so none of these
    // calls itself.

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => _directArity switch
    {
        0 => Call0(thisValue),
        1 => Call1(thisValue, arguments.At(0)),
        2 => Call2(thisValue, arguments.At(0), arguments.At(1)),
        3 => Call3(thisValue, arguments.At(0), arguments.At(1), arguments.At(2)),
        _ => throw new InvalidOperationException("a generated closure without a direct call entry overrides Call"),
    };

    public override JsValue Call0(JsValue thisValue) => _directArity switch
    {
        1 => Call1(thisValue, default),
        2 => Call2(thisValue, default, default),
        3 => Call3(thisValue, default, default, default),
        _ => Call(thisValue, ReadOnlySpan<JsValue>.Empty),
    };

    public override JsValue Call1(JsValue thisValue, JsValue a0) => _directArity switch
    {
        0 => Call0(thisValue),
        2 => Call2(thisValue, a0, default),
        3 => Call3(thisValue, a0, default, default),
        _ => Call(thisValue, new ReadOnlySpan<JsValue>(in a0)),
    };

    public override JsValue Call2(JsValue thisValue, JsValue a0, JsValue a1) => _directArity switch
    {
        0 => Call0(thisValue),
        1 => Call1(thisValue, a0),
        3 => Call3(thisValue, a0, a1, default),
        _ => base.Call2(thisValue, a0, a1),
    };

    public override JsValue Call3(JsValue thisValue, JsValue a0, JsValue a1, JsValue a2) => _directArity switch
    {
        0 => Call0(thisValue),
        1 => Call1(thisValue, a0),
        2 => Call2(thisValue, a0, a1),
        _ => base.Call3(thisValue, a0, a1, a2),
    };

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
        JsObject proto = ReferenceEquals(newTarget, this) && _map is null && JsValue.ObjectOf(_slots[2]._ref) is { } own
            ? own
            : GetPrototypeFromConstructor(newTarget, Realm.Intrinsics.ObjectPrototype);
        return new JsObject(proto, ReferenceEquals(newTarget, this) ? _instanceSlots : newTarget is JsClosure target ? target._instanceSlots : 0);
    }

    /// <summary>
    /// Notes the size of an object whose construction by this function with <paramref name="newTarget"/> just
    /// finished, on new.target, for the slot capacity of its next instance. Returns <paramref name="result"/>.
    /// </summary>
    internal JsValue NoteConstructed(JsObject newTarget, JsValue result)
    {
        // new.target is almost always this closure; the type test is only for the rest (for a generated
        // closure class, `is JsClosure` is a cast-helper call, not a method-table compare).
        JsClosure? target = ReferenceEquals(newTarget, this) ? this : newTarget as JsClosure;
        target?.NoteInstance(result);
        return result;
    }

    private void NoteInstance(JsValue result)
    {
        if (JsValue.ObjectOf(result._ref) is { _map: null } o)
        {
            int count = o._shape.Count;
            if (count > _instanceSlots) _instanceSlots = Math.Min(count, MaxInstanceSlots);
        }
    }

    /// <summary>
    /// The function's exact source text, for Function.prototype.toString: the generated class carries its
    /// [start, end) range in its module's text as a <see cref="CompilerServices.FunctionSourceAttribute"/>
    /// (the text is kept once per assembly and decoded on first use, see CompilerServices/SourceTextTable.cs);
    /// nothing is stored per closure instance and no method is emitted per function. Null for code that has
    /// no source text of its own (top levels).
    /// </summary>
    public string? GetSourceText() => CompilerServices.SourceTextTable.SourceOf(GetType());

    // Which generated closure classes keep the ordinary [[Construct]] below: those of plain functions that do
    // not read new.target (the compiler overrides Construct for the others and for class constructors). Keyed
    // weakly by type, so a collected script assembly leaves nothing behind.
    private static readonly ConditionalWeakTable<Type, object> s_constructPaths = new();
    private static readonly object s_ordinary = OrdinaryConstruct, s_other = OtherConstruct;

    internal override byte ResolveConstructPath()
    {
        object path = _kind != FunctionKind.Normal ? s_other : s_constructPaths.GetValue(GetType(), static type =>
            type.GetMethod(nameof(Construct), [typeof(ReadOnlySpan<JsValue>), typeof(JsObject)])!.DeclaringType == typeof(JsClosure)
                ? s_ordinary
                : s_other);
        return _constructPath = (byte)path;
    }

    // `new F(...)` with new.target = F and up to three arguments in registers, for closures whose
    // _constructPath is OrdinaryConstruct: the same steps as Construct below, without the span and the
    // adapter from Call(span) to the body's direct entry.

    /// <summary>[[Construct]] step 10-11: an object the body returned, else this (most bodies return undefined).</summary>
    private static JsValue ResultOrThis(JsValue result, JsObject self) => result._ref is null || !result.IsObject ? self : result;

    internal JsValue Construct0()
    {
        JsObject self = OrdinaryCreateThis(this);
        JsValue result = Call0(self);
        return NoteConstructed(this, ResultOrThis(result, self));
    }

    internal JsValue Construct1(JsValue a0)
    {
        JsObject self = OrdinaryCreateThis(this);
        JsValue result = Call1(self, a0);
        return NoteConstructed(this, ResultOrThis(result, self));
    }

    internal JsValue Construct2(JsValue a0, JsValue a1)
    {
        JsObject self = OrdinaryCreateThis(this);
        JsValue result = Call2(self, a0, a1);
        return NoteConstructed(this, ResultOrThis(result, self));
    }

    internal JsValue Construct3(JsValue a0, JsValue a1, JsValue a2)
    {
        JsObject self = OrdinaryCreateThis(this);
        JsValue result = Call3(self, a0, a1, a2);
        return NoteConstructed(this, ResultOrThis(result, self));
    }

    /// <see href="https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget"/>
    public override JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget)
    {
        // 5.a. Let thisArgument be ? OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%").
        var thisArgument = OrdinaryCreateThis(newTarget);

        // 8-10. Run the body; an object result replaces thisArgument.
        JsValue result = Call(thisArgument, arguments);
        return NoteConstructed(newTarget, ResultOrThis(result, thisArgument));
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
