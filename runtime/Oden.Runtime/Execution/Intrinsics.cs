// Intrinsics: the well-known objects of one realm (%Object.prototype%, %Array%, …), each created on first
// touch. Creating a prototype/constructor pair assigns both fields before either is populated, so the
// cycles between them (prototype.constructor, Function.prototype's own prototype) resolve.
//
// The [JsGlobal] properties are the global object's builtin bindings: the source generator turns them into
// a table (Intrinsics.Globals.g.cs), and the global object starts with one lazy slot per entry.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private readonly Realm _realm;

    internal Intrinsics(Realm realm)
    {
        _realm = realm;
    }

    private JsObject? _objectPrototype;
    private JsFunction? _functionPrototype;
    private JsGlobalObject? _globalObject;

    public JsObject ObjectPrototype
    {
        get
        {
            if (_objectPrototype is null)
            {
                var proto = new JsObject(null);
                _objectPrototype = proto;
                Builtins.ObjectPrototype.DefineProperties(_realm, proto);
                proto.FastAddProperty("constructor", ObjectConstructor, PropertyFlags.Hidden);
            }

            return _objectPrototype;
        }
    }

    public JsFunction FunctionPrototype
    {
        get
        {
            if (_functionPrototype is null)
            {
                var proto = new FunctionPrototypeObject(_realm, ObjectPrototype);
                _functionPrototype = proto;
                Builtins.FunctionPrototype.DefineProperties(_realm, proto);
                proto.FastAddProperty("constructor", FunctionConstructor, PropertyFlags.Hidden);
            }

            return _functionPrototype;
        }
    }

    public JsObject GlobalObject
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _globalObject ?? CreateGlobalObject(); // inlined into global reads of generated code
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private JsObject CreateGlobalObject() => _globalObject = new JsGlobalObject(_realm, ObjectPrototype);

    // Constructor/prototype pairs. Each Init* assigns both fields, then populates them.

    private JsFunction? _objectConstructor;
    public JsFunction ObjectConstructor => _objectConstructor ??= InitConstructor(
        Builtins.ObjectConstructor.CreateConstructor(_realm), ObjectPrototype, Builtins.ObjectConstructor.DefineProperties);

    private JsFunction? _functionConstructor;
    public JsFunction FunctionConstructor => _functionConstructor ??= InitConstructor(
        Builtins.FunctionConstructor.CreateConstructor(_realm), FunctionPrototype, null);

    private JsObject? _arrayPrototype;
    private JsFunction? _arrayConstructor;
    public JsObject ArrayPrototype => _arrayPrototype ?? InitPair(ref _arrayPrototype, ref _arrayConstructor,
        new JsArray(ObjectPrototype), DefineArrayPrototype,
        Builtins.ArrayConstructor.CreateConstructor, Builtins.ArrayConstructor.DefineProperties).Prototype;
    public JsFunction ArrayConstructor => _arrayConstructor ?? (ArrayPrototype is not null ? _arrayConstructor! : null!);

    internal JsObject? _stringPrototype;
    private JsFunction? _stringConstructor;
    public JsObject StringPrototype => _stringPrototype ?? InitPair(ref _stringPrototype, ref _stringConstructor,
        new JsPrimitiveWrapper(ObjectPrototype, JsValue.EmptyString), Builtins.StringPrototype.DefineProperties,
        Builtins.StringConstructor.CreateConstructor, Builtins.StringConstructor.DefineProperties).Prototype;
    public JsFunction StringConstructor => _stringConstructor ?? (StringPrototype is not null ? _stringConstructor! : null!);

    private JsObject? _numberPrototype;
    private JsFunction? _numberConstructor;
    public JsObject NumberPrototype => _numberPrototype ?? InitPair(ref _numberPrototype, ref _numberConstructor,
        new JsPrimitiveWrapper(ObjectPrototype, JsValue.Zero), Builtins.NumberPrototype.DefineProperties,
        Builtins.NumberConstructor.CreateConstructor, Builtins.NumberConstructor.DefineAllProperties).Prototype;
    public JsFunction NumberConstructor => _numberConstructor ?? (NumberPrototype is not null ? _numberConstructor! : null!);

    private JsObject? _booleanPrototype;
    private JsFunction? _booleanConstructor;
    public JsObject BooleanPrototype => _booleanPrototype ?? InitPair(ref _booleanPrototype, ref _booleanConstructor,
        new JsPrimitiveWrapper(ObjectPrototype, JsValue.False), Builtins.BooleanPrototype.DefineProperties,
        Builtins.BooleanConstructor.CreateConstructor, null).Prototype;
    public JsFunction BooleanConstructor => _booleanConstructor ?? (BooleanPrototype is not null ? _booleanConstructor! : null!);

    private JsObject? _symbolPrototype;
    private JsFunction? _symbolConstructor;
    public JsObject SymbolPrototype => _symbolPrototype ?? InitPair(ref _symbolPrototype, ref _symbolConstructor,
        new JsObject(ObjectPrototype), Builtins.SymbolPrototype.DefineProperties,
        Builtins.SymbolConstructor.CreateConstructor, Builtins.SymbolConstructor.DefineProperties).Prototype;
    public JsFunction SymbolConstructor => _symbolConstructor ?? (SymbolPrototype is not null ? _symbolConstructor! : null!);

    private JsObject? _regExpPrototype;
    private JsFunction? _regExpConstructor;
    public JsObject RegExpPrototype => _regExpPrototype ?? InitPair(ref _regExpPrototype, ref _regExpConstructor,
        new JsObject(ObjectPrototype), Builtins.RegExpPrototype.DefineProperties,
        Builtins.RegExpConstructor.CreateConstructor, Builtins.RegExpConstructor.DefineProperties).Prototype;
    public JsFunction RegExpConstructor => _regExpConstructor ?? (RegExpPrototype is not null ? _regExpConstructor! : null!);

    private readonly JsObject?[] _errorPrototypes = new JsObject?[7];
    private readonly JsFunction?[] _errorConstructors = new JsFunction?[7];

    public JsObject GetErrorPrototype(ErrorKind kind)
    {
        if (_errorPrototypes[(int)kind] is { } p) return p;
        InitError(kind);
        return _errorPrototypes[(int)kind]!;
    }

    public JsFunction GetErrorConstructor(ErrorKind kind)
    {
        if (_errorConstructors[(int)kind] is { } c) return c;
        InitError(kind);
        return _errorConstructors[(int)kind]!;
    }

    private void InitError(ErrorKind kind)
    {
        // %NativeError.prototype% inherits from %Error.prototype%; %NativeError% from %Error%.
        bool isBase = kind == ErrorKind.Error;
        var proto = new JsObject(isBase ? ObjectPrototype : GetErrorPrototype(ErrorKind.Error));
        _errorPrototypes[(int)kind] = proto;
        JsFunction ctor = ErrorConstructor.Create(_realm, kind);
        _errorConstructors[(int)kind] = ctor;
        if (!isBase)
        {
            ctor.SetPrototypeOf(GetErrorConstructor(ErrorKind.Error));
        }

        ctor.FastAddProperty("prototype", proto, PropertyFlags.None);
        proto.FastAddProperty("constructor", ctor, PropertyFlags.Hidden);
        proto.FastAddProperty("name", kind.ToString(), PropertyFlags.Hidden);
        proto.FastAddProperty("message", "", PropertyFlags.Hidden);
        if (isBase)
        {
            ErrorConstructor.DefineProperties(_realm, ctor);
            ErrorPrototype.DefineProperties(_realm, proto);
        }
    }

    private JsFunction InitConstructor(JsFunction ctor, JsObject prototype, Action<Realm, JsObject>? defineStatics)
    {
        ctor.FastAddProperty("prototype", prototype, PropertyFlags.None);
        defineStatics?.Invoke(_realm, ctor);
        return ctor;
    }

    private (JsObject Prototype, JsFunction Constructor) InitPair(
        ref JsObject? prototypeField,
        ref JsFunction? constructorField,
        JsObject prototype,
        Action<Realm, JsObject> definePrototype,
        Func<Realm, JsBuiltinFunction> createConstructor,
        Action<Realm, JsObject>? defineStatics)
    {
        prototypeField = prototype;
        JsFunction ctor = createConstructor(_realm);
        constructorField = ctor;
        ctor.FastAddProperty("prototype", prototype, PropertyFlags.None);
        prototype.FastAddProperty("constructor", ctor, PropertyFlags.Hidden);
        defineStatics?.Invoke(_realm, ctor);
        definePrototype(_realm, prototype);
        return (prototype, ctor);
    }

    /// <summary>A namespace object such as Math or JSON: an ordinary object with declared properties.</summary>
    private JsObject CreateNamespace(Action<Realm, JsObject> define)
    {
        var o = new JsObject(ObjectPrototype);
        define(_realm, o);
        return o;
    }

    private JsObject? _math;
    private JsObject? _json;
    private JsObject? _console;
    public JsObject Math => _math ??= CreateNamespace(MathObject.DefineProperties);
    public JsObject Json => _json ??= CreateNamespace(JsonObject.DefineProperties);
    public JsObject Console => _console ??= CreateNamespace(ConsoleObject.DefineProperties);

    private JsObject? _iteratorPrototype;
    private JsObject? _arrayIteratorPrototype;
    private JsObject? _stringIteratorPrototype;

    /// <summary>%IteratorPrototype%: [Symbol.iterator]() { return this; }.</summary>
    public JsObject IteratorPrototype => _iteratorPrototype ??= CreateNamespace(Builtins.IteratorPrototype.DefineProperties);

    public JsObject ArrayIteratorPrototype => _arrayIteratorPrototype ??= CreateIteratorKind(Builtins.ArrayIteratorPrototype.DefineProperties);

    public JsObject StringIteratorPrototype => _stringIteratorPrototype ??= CreateIteratorKind(Builtins.StringIteratorPrototype.DefineProperties);

    private JsObject? _regExpStringIteratorPrototype;

    /// <summary>%RegExpStringIteratorPrototype% (the iterators of String.prototype.matchAll).</summary>
    public JsObject RegExpStringIteratorPrototype => _regExpStringIteratorPrototype ??= CreateIteratorKind(Builtins.RegExpStringIteratorPrototype.DefineProperties);

    private JsObject CreateIteratorKind(Action<Realm, JsObject> define)
    {
        var o = new JsObject(IteratorPrototype);
        define(_realm, o);
        return o;
    }

    // Global bindings (the generator collects these into the global object's table).

    [JsGlobal("globalThis")] private JsValue GlobalThisBinding => GlobalObject;
    [JsGlobal("Infinity", Flags = PropertyFlags.None)] private static JsValue InfinityBinding => double.PositiveInfinity;
    [JsGlobal("NaN", Flags = PropertyFlags.None)] private static JsValue NaNBinding => double.NaN;
    [JsGlobal("undefined", Flags = PropertyFlags.None)] private static JsValue UndefinedBinding => default;
    [JsGlobal("Object")] private JsValue ObjectBinding => ObjectConstructor;
    [JsGlobal("Function")] private JsValue FunctionBinding => FunctionConstructor;
    [JsGlobal("Array")] private JsValue ArrayBinding => ArrayConstructor;
    [JsGlobal("String")] private JsValue StringBinding => StringConstructor;
    [JsGlobal("Number")] private JsValue NumberBinding => NumberConstructor;
    [JsGlobal("Boolean")] private JsValue BooleanBinding => BooleanConstructor;
    [JsGlobal("Symbol")] private JsValue SymbolBinding => SymbolConstructor;
    [JsGlobal("RegExp")] private JsValue RegExpBinding => RegExpConstructor;
    [JsGlobal("Error")] private JsValue ErrorBinding => GetErrorConstructor(ErrorKind.Error);
    [JsGlobal("TypeError")] private JsValue TypeErrorBinding => GetErrorConstructor(ErrorKind.TypeError);
    [JsGlobal("RangeError")] private JsValue RangeErrorBinding => GetErrorConstructor(ErrorKind.RangeError);
    [JsGlobal("ReferenceError")] private JsValue ReferenceErrorBinding => GetErrorConstructor(ErrorKind.ReferenceError);
    [JsGlobal("SyntaxError")] private JsValue SyntaxErrorBinding => GetErrorConstructor(ErrorKind.SyntaxError);
    [JsGlobal("EvalError")] private JsValue EvalErrorBinding => GetErrorConstructor(ErrorKind.EvalError);
    [JsGlobal("URIError")] private JsValue URIErrorBinding => GetErrorConstructor(ErrorKind.URIError);
    [JsGlobal("Math")] private JsValue MathBinding => Math;
    [JsGlobal("JSON")] private JsValue JsonBinding => Json;
    [JsGlobal("console")] private JsValue ConsoleBinding => Console;
    [JsGlobal("parseInt")] private JsValue ParseIntBinding => ParseIntFunction;
    [JsGlobal("parseFloat")] private JsValue ParseFloatBinding => ParseFloatFunction;
    [JsGlobal("isNaN")] private JsValue IsNaNBinding => new JsBuiltinFunction(_realm, "isNaN", 1, &GlobalFunctions.IsNaN);
    [JsGlobal("isFinite")] private JsValue IsFiniteBinding => new JsBuiltinFunction(_realm, "isFinite", 1, &GlobalFunctions.IsFinite);

    // The URI handling functions and Annex B escape/unescape (Builtins/Global/UriFunctions.cs).
    [JsGlobal("decodeURI")] private JsValue DecodeURIBinding => new JsBuiltinFunction(_realm, "decodeURI", 1, &UriFunctions.DecodeURI);
    [JsGlobal("decodeURIComponent")] private JsValue DecodeURIComponentBinding => new JsBuiltinFunction(_realm, "decodeURIComponent", 1, &UriFunctions.DecodeURIComponent);
    [JsGlobal("encodeURI")] private JsValue EncodeURIBinding => new JsBuiltinFunction(_realm, "encodeURI", 1, &UriFunctions.EncodeURI);
    [JsGlobal("encodeURIComponent")] private JsValue EncodeURIComponentBinding => new JsBuiltinFunction(_realm, "encodeURIComponent", 1, &UriFunctions.EncodeURIComponent);
    [JsGlobal("escape")] private JsValue EscapeBinding => new JsBuiltinFunction(_realm, "escape", 1, &UriFunctions.Escape);
    [JsGlobal("unescape")] private JsValue UnescapeBinding => new JsBuiltinFunction(_realm, "unescape", 1, &UriFunctions.Unescape);

    private JsFunction? _parseInt;
    private JsFunction? _parseFloat;

    /// <summary>%parseInt% (Number.parseInt is the same object).</summary>
    public JsFunction ParseIntFunction => _parseInt ??= new JsBuiltinFunction(_realm, "parseInt", 2, &GlobalFunctions.ParseInt);

    /// <summary>%parseFloat% (Number.parseFloat is the same object).</summary>
    public JsFunction ParseFloatFunction => _parseFloat ??= new JsBuiltinFunction(_realm, "parseFloat", 1, &GlobalFunctions.ParseFloat);
}

/// <summary>%Function.prototype%: a function that accepts any arguments and returns undefined.</summary>
internal sealed class FunctionPrototypeObject : JsFunction
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    public FunctionPrototypeObject(Realm realm, JsObject objectPrototype)
        : base(realm, objectPrototype, s_shape)
    {
        _slots[0] = JsValue.Zero;
        _slots[1] = JsValue.EmptyString;
    }

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => default;
}

/// <summary>The global object: its builtin bindings start as lazy slots of a shape shared by every realm.</summary>
internal sealed class JsGlobalObject : JsObject
{
    private static readonly Shape s_shape = CreateShape();
    private readonly Realm _realm;

    private static Shape CreateShape()
    {
        Shape s = Shape.Root(ShapeKind.Global);
        for (int i = 0; i < Intrinsics.s_globalNames.Length; i++)
        {
            s = s.AddProperty(PropertyKey.FromString(Intrinsics.s_globalNames[i]), Intrinsics.s_globalFlags[i]);
        }

        return s;
    }

    public JsGlobalObject(Realm realm, JsObject prototype)
        : base(prototype, s_shape)
    {
        _realm = realm;
        _slots.AsSpan().Fill(JsValue.Lazy);
    }

    public override string ClassName => "global";

    protected internal override JsValue MaterializeLazy(in PropertyKey key)
    {
        int index = Array.IndexOf(Intrinsics.s_globalNames, key.Name);
        JsValue value = _realm.Intrinsics.GetGlobalValue(index);
        if (_map is null && _shape.TryGetSlot(key, out int slot, out _))
        {
            _slots[slot] = value;
        }
        else if (_map is not null && _map.TryGet(key, out int entry))
        {
            _map[entry].Value = value;
        }

        return value;
    }
}

public sealed unsafe partial class Intrinsics
{
    private JsFunction? _throwTypeError;

    /// <summary>%ThrowTypeError%: the poison pill of strict arguments.callee.</summary>
    public JsFunction ThrowTypeError
    {
        get
        {
            if (_throwTypeError is null)
            {
                _throwTypeError = new JsBuiltinFunction(_realm, "", 0, &ThrowTypeErrorImpl);
                _throwTypeError.PreventExtensions();
            }

            return _throwTypeError;
        }
    }

    private static JsValue ThrowTypeErrorImpl(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        throw realm.TypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
}
