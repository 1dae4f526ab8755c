// The generator intrinsics of a realm (a part of Intrinsics kept beside the builtins):
// %GeneratorFunction%, %GeneratorFunction.prototype% and %GeneratorPrototype%
// (https://tc39.es/ecma262/#sec-generatorfunction-objects). None is a global binding.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _generatorFunctionPrototype;
    private JsObject? _generatorPrototype;
    private JsFunction? _generatorFunction;

    /// <summary>%GeneratorFunction.prototype%: the [[Prototype]] of every generator function.</summary>
    public JsObject GeneratorFunctionPrototype
    {
        get
        {
            if (_generatorFunctionPrototype is null) InitGenerators();
            return _generatorFunctionPrototype!;
        }
    }

    /// <summary>%GeneratorFunction.prototype.prototype%: the [[Prototype]] of generator functions' prototype objects.</summary>
    public JsObject GeneratorPrototype
    {
        get
        {
            if (_generatorPrototype is null) InitGenerators();
            return _generatorPrototype!;
        }
    }

    /// <summary>%GeneratorFunction%.</summary>
    public JsFunction GeneratorFunction
    {
        get
        {
            if (_generatorFunction is null) InitGenerators();
            return _generatorFunction!;
        }
    }

    private void InitGenerators()
    {
        var functionPrototype = new JsObject(FunctionPrototype);
        var generatorPrototype = new JsObject(IteratorPrototype);
        _generatorFunctionPrototype = functionPrototype;
        _generatorPrototype = generatorPrototype;
        JsFunction constructor = Builtins.GeneratorFunctionConstructor.CreateConstructor(_realm);
        _generatorFunction = constructor;
        LinkFunctionKind(constructor, functionPrototype, generatorPrototype, Builtins.GeneratorFunctionPrototype.DefineProperties);
        Builtins.GeneratorPrototype.DefineProperties(_realm, generatorPrototype);
    }

    /// <summary>
    /// The links shared by %GeneratorFunction%, %AsyncGeneratorFunction% and %AsyncFunction%: the
    /// constructor inherits from %Function% and owns `prototype` (fixed); the function prototype inherits
    /// from %Function.prototype% and links back through `constructor` and, for generators, on to the
    /// generator prototype through `prototype` (both configurable, not writable), which links back too.
    /// </summary>
    private void LinkFunctionKind(JsFunction constructor, JsObject functionPrototype, JsObject? instancePrototype, Action<Realm, JsObject> defineFunctionPrototype)
    {
        constructor.SetPrototypeOf(FunctionConstructor);
        constructor.FastAddProperty("prototype", functionPrototype, PropertyFlags.None);
        functionPrototype.FastAddProperty("constructor", constructor, PropertyFlags.Configurable);
        if (instancePrototype is not null)
        {
            functionPrototype.FastAddProperty("prototype", instancePrototype, PropertyFlags.Configurable);
            instancePrototype.FastAddProperty("constructor", functionPrototype, PropertyFlags.Configurable);
        }

        defineFunctionPrototype(_realm, functionPrototype);
    }
}
