// JsArguments: arguments objects. The unmapped form (strict code, non-simple parameters) is an ordinary
// object with indexed values, length and a throwing callee; the mapped form (sloppy functions with simple
// parameters) aliases parameters to the environment the compiler gives it through IArgumentsMap.
namespace Oden.Runtime;

public sealed class JsArguments : JsObject
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Arguments)
        .AddProperty("length", PropertyFlags.Hidden);

    private readonly IArgumentsMap? _parameters;
    private readonly bool[]? _mapped;

    private JsArguments(Realm realm, IArgumentsMap? map, int mappedCount)
        : base(realm.Intrinsics.ObjectPrototype, s_shape)
    {
        _parameters = map;
        if (map is not null)
        {
            _mapped = new bool[mappedCount];
            Array.Fill(_mapped, true);
            _objectFlags |= ObjectFlags.ExoticIndices;
        }
    }

    public override string ClassName => "Arguments";

    public static JsArguments CreateUnmapped(Realm realm, ReadOnlySpan<JsValue> args)
    {
        var o = new JsArguments(realm, null, 0);
        Fill(realm, o, args);
        JsFunction thrower = realm.Intrinsics.ThrowTypeError;
        o.DefineAccessorProperty("callee", thrower, thrower, PropertyFlags.None);
        o.DefineDataProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), realm.Intrinsics.ArrayPrototype.Get("values"), PropertyFlags.Hidden);
        return o;
    }

    /// <summary>A mapped arguments object: indices below parameterCount alias the parameters through <paramref name="map"/>.</summary>
    public static JsArguments CreateMapped(Realm realm, ReadOnlySpan<JsValue> args, JsFunction callee, IArgumentsMap map, int parameterCount)
    {
        var o = new JsArguments(realm, map, Math.Min(parameterCount, args.Length));
        Fill(realm, o, args);
        o.DefineDataProperty("callee", callee, PropertyFlags.Hidden);
        o.DefineDataProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), realm.Intrinsics.ArrayPrototype.Get("values"), PropertyFlags.Hidden);
        return o;
    }

    private static void Fill(Realm realm, JsArguments o, ReadOnlySpan<JsValue> args)
    {
        o._slots[0] = JsValue.FromNumber(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            o.AddOwnStorage(PropertyKey.FromIndex((uint)i), args[i], PropertyFlags.Default);
        }
    }

    private bool IsMapped(in PropertyKey key) =>
        _mapped is not null && key.IsIndex && key.Index < (uint)_mapped.Length && _mapped[key.Index];

    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor)
    {
        if (!base.GetOwnProperty(key, out descriptor)) return false;
        if (IsMapped(key)) descriptor.Value = _parameters!.Get((int)key.Index);
        return true;
    }

    public override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        if (IsMapped(key)) return _parameters!.Get((int)key.Index);
        return base.Get(key, receiver);
    }

    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        if (IsMapped(key) && ReferenceEquals(receiver._ref, this))
        {
            _parameters!.Set((int)key.Index, value);
            WriteOwnStorage(key, value, PropertyFlags.Default, PropertyFlags.Default);
            return true;
        }

        return OrdinarySet(key, value, receiver);
    }

    /// <see href="https://tc39.es/ecma262/#sec-arguments-exotic-objects-defineownproperty-p-desc"/>
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        bool isMapped = IsMapped(key);
        PropertyDescriptor newDesc = desc;
        if (isMapped && desc.IsDataDescriptor && !desc.HasValue && desc.HasWritable && !desc.Writable)
        {
            newDesc.Value = _parameters!.Get((int)key.Index);
            newDesc.HasValue = true;
        }

        if (!OrdinaryDefineOwnProperty(key, newDesc)) return false;
        if (isMapped)
        {
            if (desc.IsAccessorDescriptor)
            {
                _mapped![key.Index] = false;
            }
            else
            {
                if (desc.HasValue) _parameters!.Set((int)key.Index, desc.Value);
                if (desc.HasWritable && !desc.Writable) _mapped![key.Index] = false;
            }
        }

        return true;
    }

    public override bool Delete(in PropertyKey key)
    {
        bool isMapped = IsMapped(key);
        bool result = base.Delete(key);
        if (result && isMapped) _mapped![key.Index] = false;
        return result;
    }
}

/// <summary>How a mapped arguments object reads and writes the parameters it aliases (implemented by generated code).</summary>
public interface IArgumentsMap
{
    JsValue Get(int index);

    void Set(int index, JsValue value);
}
