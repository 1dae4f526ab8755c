// JsPrimitiveWrapper: Boolean, Number, String, Symbol and BigInt objects (the [[BooleanData]], [[NumberData]],
// [[StringData]], [[SymbolData]] and [[BigIntData]] slots). A String wrapper is exotic for its indices and "length".
namespace Oden.Runtime;

public sealed class JsPrimitiveWrapper : JsObject
{
    private static readonly Shape s_stringShape = Shape.Root(ShapeKind.PrimitiveWrapper)
        .AddProperty("length", PropertyFlags.Special);

    public JsPrimitiveWrapper(JsObject prototype, JsValue primitive)
        : base(prototype, primitive.IsString ? s_stringShape : Shape.Root(ShapeKind.PrimitiveWrapper))
    {
        PrimitiveValue = primitive;
        if (primitive.IsString)
        {
            _objectFlags |= ObjectFlags.ExoticIndices;
        }
    }

    public JsValue PrimitiveValue { get; }

    public override string ClassName => PrimitiveValue.Kind switch
    {
        JsValueKind.String => "String",
        JsValueKind.Number => "Number",
        JsValueKind.Boolean => "Boolean",
        JsValueKind.BigInt => "BigInt",
        _ => "Symbol",
    };

    private bool TryGetStringOwn(in PropertyKey key, out PropertyDescriptor desc)
    {
        if (PrimitiveValue.IsString)
        {
            string s = PrimitiveValue.AsString();
            if (key.IsIndex && key.Index < (uint)s.Length)
            {
                desc = PropertyDescriptor.Data(JsValue.FromString(s[(int)key.Index].ToString()), PropertyFlags.Enumerable);
                return true;
            }

            if (key.RawName is string name && name == "length")
            {
                desc = PropertyDescriptor.Data(JsValue.FromNumber(s.Length), PropertyFlags.None);
                return true;
            }
        }

        desc = default;
        return false;
    }

    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor) =>
        TryGetStringOwn(key, out descriptor) || base.GetOwnProperty(key, out descriptor);

    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (TryGetStringOwn(key, out PropertyDescriptor current))
        {
            // IsCompatiblePropertyDescriptor against a non-writable, non-configurable data property.
            if (desc.HasConfigurable && desc.Configurable) return false;
            if (desc.HasEnumerable && desc.Enumerable != current.Enumerable) return false;
            if (desc.IsAccessorDescriptor) return false;
            if (desc.HasWritable && desc.Writable) return false;
            if (desc.HasValue && !Operations.SameValue(desc.Value, current.Value)) return false;
            return true;
        }

        return OrdinaryDefineOwnProperty(key, desc);
    }

    public override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        if (TryGetStringOwn(key, out PropertyDescriptor d)) return d.Value;
        if (key.IsIndex)
        {
            if (TryGetOwnStorage(key, out JsValue v, out PropertyFlags f))
            {
                if ((f & PropertyFlags.Accessor) == 0) return v;
                JsFunction? g = ((JsAccessor)v._ref!).Getter;
                return g is null ? default : g.Call0(receiver);
            }

            return _prototype is null ? default : _prototype.Get(key, receiver);
        }

        return base.Get(key, receiver);
    }

    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        if (TryGetStringOwn(key, out _)) return false;
        if (key.IsIndex)
        {
            if (GetOwnProperty(key, out PropertyDescriptor own))
            {
                if (own.IsAccessorDescriptor)
                {
                    if (own.Set is null) return false;
                    own.Set.Call1(receiver, value);
                    return true;
                }

                if (!own.Writable || receiver._ref is not JsObject t) return false;
                return CreateOrUpdateOnReceiver(t, key, value);
            }

            if (_prototype is not null) return _prototype.Set(key, value, receiver);
            return receiver._ref is JsObject r && CreateOrUpdateOnReceiver(r, key, value);
        }

        return base.Set(key, value, receiver);
    }

    public override bool HasProperty(in PropertyKey key)
    {
        if (TryGetStringOwn(key, out _)) return true;
        if (key.IsIndex)
        {
            if (TryGetOwnStorage(key, out _, out _)) return true;
            return _prototype is not null && _prototype.HasProperty(key);
        }

        return base.HasProperty(key);
    }

    public override bool Delete(in PropertyKey key)
    {
        if (TryGetStringOwn(key, out _)) return false;
        return base.Delete(key);
    }

    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        if (PrimitiveValue.IsString)
        {
            int n = PrimitiveValue.AsString().Length;
            for (int i = 0; i < n; i++) keys.Add(PropertyKey.FromIndex((uint)i));
            if (_elements is not null)
            {
                foreach (uint i in _elements.Keys)
                {
                    if (i >= (uint)n) keys.Add(PropertyKey.FromIndex(i));
                }
            }

            CollectNamedKeys(keys);
            return;
        }

        base.OwnPropertyKeys(keys);
    }
}
