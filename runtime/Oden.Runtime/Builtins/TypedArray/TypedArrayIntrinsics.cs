// The intrinsics of this family: %ArrayBuffer%, %DataView%, %TypedArray% and the eleven concrete typed
// array constructors (BigInt64Array and BigUint64Array included) with their prototypes, created on first
// touch like the rest (Execution/Intrinsics.cs), and their global bindings.
//
// %TypedArray.prototype%.toString is %Array.prototype.toString% itself (the same function object), so the
// Array prototype records its toString when it is built (DefineArrayPrototype) — a later assignment to
// Array.prototype.toString must not change what typed arrays share.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _arrayBufferPrototype;
    private JsFunction? _arrayBufferConstructor;
    public JsObject ArrayBufferPrototype => _arrayBufferPrototype ?? InitPair(ref _arrayBufferPrototype, ref _arrayBufferConstructor,
        new JsObject(ObjectPrototype), Builtins.ArrayBufferPrototype.DefineProperties,
        Builtins.ArrayBufferConstructor.CreateConstructor, Builtins.ArrayBufferConstructor.DefineProperties).Prototype;
    public JsFunction ArrayBufferConstructor => _arrayBufferConstructor ?? (ArrayBufferPrototype is not null ? _arrayBufferConstructor! : null!);

    private JsObject? _dataViewPrototype;
    private JsFunction? _dataViewConstructor;
    public JsObject DataViewPrototype => _dataViewPrototype ?? InitPair(ref _dataViewPrototype, ref _dataViewConstructor,
        new JsObject(ObjectPrototype), Builtins.DataViewPrototype.DefineProperties,
        Builtins.DataViewConstructor.CreateConstructor, null).Prototype;
    public JsFunction DataViewConstructor => _dataViewConstructor ?? (DataViewPrototype is not null ? _dataViewConstructor! : null!);

    private JsObject? _typedArrayPrototype;
    private JsFunction? _typedArrayConstructor;

    /// <summary>%TypedArray.prototype%.</summary>
    public JsObject TypedArrayPrototype => _typedArrayPrototype ?? InitPair(ref _typedArrayPrototype, ref _typedArrayConstructor,
        new JsObject(ObjectPrototype), DefineTypedArrayPrototype,
        Builtins.TypedArrayConstructor.CreateConstructor, Builtins.TypedArrayConstructor.DefineProperties).Prototype;

    /// <summary>%TypedArray%: the abstract constructor, the [[Prototype]] of the concrete ones.</summary>
    public JsFunction TypedArrayConstructor => _typedArrayConstructor ?? (TypedArrayPrototype is not null ? _typedArrayConstructor! : null!);

    private readonly JsObject?[] _typedArrayPrototypes = new JsObject?[TypedArrayElements.KindCount];
    private readonly JsFunction?[] _typedArrayConstructors = new JsFunction?[TypedArrayElements.KindCount];

    /// <summary>%Int8Array.prototype% … %Float64Array.prototype%.</summary>
    public JsObject GetTypedArrayPrototype(TypedArrayKind kind)
    {
        if (_typedArrayPrototypes[(int)kind] is { } p) return p;
        InitTypedArray(kind);
        return _typedArrayPrototypes[(int)kind]!;
    }

    /// <summary>%Int8Array% … %Float64Array%.</summary>
    public JsFunction GetTypedArrayConstructor(TypedArrayKind kind)
    {
        if (_typedArrayConstructors[(int)kind] is { } c) return c;
        InitTypedArray(kind);
        return _typedArrayConstructors[(int)kind]!;
    }

    private void InitTypedArray(TypedArrayKind kind)
    {
        // %XArray.prototype% inherits from %TypedArray.prototype%; %XArray% from %TypedArray%.
        var proto = new JsObject(TypedArrayPrototype);
        _typedArrayPrototypes[(int)kind] = proto;
        JsFunction ctor = kind switch
        {
            TypedArrayKind.Int8 => Builtins.Int8ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Uint8 => Builtins.Uint8ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Uint8Clamped => Builtins.Uint8ClampedArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Int16 => Builtins.Int16ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Uint16 => Builtins.Uint16ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Int32 => Builtins.Int32ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Uint32 => Builtins.Uint32ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Float32 => Builtins.Float32ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.Float64 => Builtins.Float64ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.BigInt64 => Builtins.BigInt64ArrayConstructor.CreateConstructor(_realm),
            TypedArrayKind.BigUint64 => Builtins.BigUint64ArrayConstructor.CreateConstructor(_realm),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        _typedArrayConstructors[(int)kind] = ctor;
        ctor.SetPrototypeOf(TypedArrayConstructor);
        Action<Realm, JsObject> define = kind switch
        {
            TypedArrayKind.Int8 => Builtins.Int8ArrayConstructor.DefineProperties,
            TypedArrayKind.Uint8 => Builtins.Uint8ArrayConstructor.DefineProperties,
            TypedArrayKind.Uint8Clamped => Builtins.Uint8ClampedArrayConstructor.DefineProperties,
            TypedArrayKind.Int16 => Builtins.Int16ArrayConstructor.DefineProperties,
            TypedArrayKind.Uint16 => Builtins.Uint16ArrayConstructor.DefineProperties,
            TypedArrayKind.Int32 => Builtins.Int32ArrayConstructor.DefineProperties,
            TypedArrayKind.Uint32 => Builtins.Uint32ArrayConstructor.DefineProperties,
            TypedArrayKind.Float32 => Builtins.Float32ArrayConstructor.DefineProperties,
            TypedArrayKind.Float64 => Builtins.Float64ArrayConstructor.DefineProperties,
            TypedArrayKind.BigInt64 => Builtins.BigInt64ArrayConstructor.DefineProperties,
            TypedArrayKind.BigUint64 => Builtins.BigUint64ArrayConstructor.DefineProperties,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        ctor.FastAddProperty("prototype", proto, PropertyFlags.None);
        define(_realm, ctor);
        proto.FastAddProperty("constructor", ctor, PropertyFlags.Hidden);
        define(_realm, proto);
    }

    private JsValue _arrayPrototypeToString;

    /// <summary>Builds %Array.prototype% and records %Array.prototype.toString% for %TypedArray.prototype%.</summary>
    private void DefineArrayPrototype(Realm realm, JsObject prototype)
    {
        Builtins.ArrayPrototype.DefineProperties(realm, prototype);
        Builtins.ArrayPrototype.DefineUnscopables(prototype);
        prototype.TryGetOwnStorage("toString", out _arrayPrototypeToString, out _);
    }

    private void DefineTypedArrayPrototype(Realm realm, JsObject prototype)
    {
        Builtins.TypedArrayPrototype.DefineProperties(realm, prototype);

        // %TypedArray.prototype%.toString is %Array.prototype.toString% (touching %Array.prototype% builds it,
        // and records its toString, if it does not exist yet).
        _ = ArrayPrototype;
        prototype.DefineDataProperty("toString", _arrayPrototypeToString, PropertyFlags.Hidden);
    }

    [JsGlobal("ArrayBuffer")] private JsValue ArrayBufferBinding => ArrayBufferConstructor;
    [JsGlobal("DataView")] private JsValue DataViewBinding => DataViewConstructor;
    [JsGlobal("Int8Array")] private JsValue Int8ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Int8);
    [JsGlobal("Uint8Array")] private JsValue Uint8ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Uint8);
    [JsGlobal("Uint8ClampedArray")] private JsValue Uint8ClampedArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Uint8Clamped);
    [JsGlobal("Int16Array")] private JsValue Int16ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Int16);
    [JsGlobal("Uint16Array")] private JsValue Uint16ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Uint16);
    [JsGlobal("Int32Array")] private JsValue Int32ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Int32);
    [JsGlobal("Uint32Array")] private JsValue Uint32ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Uint32);
    [JsGlobal("Float32Array")] private JsValue Float32ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Float32);
    [JsGlobal("Float64Array")] private JsValue Float64ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.Float64);
    [JsGlobal("BigInt64Array")] private JsValue BigInt64ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.BigInt64);
    [JsGlobal("BigUint64Array")] private JsValue BigUint64ArrayBinding => GetTypedArrayConstructor(TypedArrayKind.BigUint64);
}
