// The async intrinsics of a realm (a part of Intrinsics kept beside the builtins): %AsyncFunction% and its
// prototype, %AsyncGeneratorFunction%, %AsyncGeneratorFunction.prototype%, %AsyncGeneratorPrototype%,
// %AsyncIteratorPrototype% and %AsyncFromSyncIteratorPrototype%. None is a global binding.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _asyncFunctionPrototype;
    private JsFunction? _asyncFunction;
    private JsObject? _asyncGeneratorFunctionPrototype;
    private JsObject? _asyncGeneratorPrototype;
    private JsFunction? _asyncGeneratorFunction;
    private JsObject? _asyncIteratorPrototype;
    private JsObject? _asyncFromSyncIteratorPrototype;

    /// <summary>%AsyncFunction.prototype%: the [[Prototype]] of async functions, arrows and methods.</summary>
    public JsObject AsyncFunctionPrototype
    {
        get
        {
            if (_asyncFunctionPrototype is null) InitAsyncFunction();
            return _asyncFunctionPrototype!;
        }
    }

    /// <summary>%AsyncFunction%.</summary>
    public JsFunction AsyncFunction
    {
        get
        {
            if (_asyncFunction is null) InitAsyncFunction();
            return _asyncFunction!;
        }
    }

    private void InitAsyncFunction()
    {
        var prototype = new JsObject(FunctionPrototype);
        _asyncFunctionPrototype = prototype;
        JsFunction constructor = Builtins.AsyncFunctionConstructor.CreateConstructor(_realm);
        _asyncFunction = constructor;
        LinkFunctionKind(constructor, prototype, null, Builtins.AsyncFunctionPrototype.DefineProperties);
    }

    /// <summary>%AsyncGeneratorFunction.prototype%.</summary>
    public JsObject AsyncGeneratorFunctionPrototype
    {
        get
        {
            if (_asyncGeneratorFunctionPrototype is null) InitAsyncGenerators();
            return _asyncGeneratorFunctionPrototype!;
        }
    }

    /// <summary>%AsyncGeneratorFunction.prototype.prototype%.</summary>
    public JsObject AsyncGeneratorPrototype
    {
        get
        {
            if (_asyncGeneratorPrototype is null) InitAsyncGenerators();
            return _asyncGeneratorPrototype!;
        }
    }

    /// <summary>%AsyncGeneratorFunction%.</summary>
    public JsFunction AsyncGeneratorFunction
    {
        get
        {
            if (_asyncGeneratorFunction is null) InitAsyncGenerators();
            return _asyncGeneratorFunction!;
        }
    }

    private void InitAsyncGenerators()
    {
        var functionPrototype = new JsObject(FunctionPrototype);
        var generatorPrototype = new JsObject(AsyncIteratorPrototype);
        _asyncGeneratorFunctionPrototype = functionPrototype;
        _asyncGeneratorPrototype = generatorPrototype;
        JsFunction constructor = Builtins.AsyncGeneratorFunctionConstructor.CreateConstructor(_realm);
        _asyncGeneratorFunction = constructor;
        LinkFunctionKind(constructor, functionPrototype, generatorPrototype, Builtins.AsyncGeneratorFunctionPrototype.DefineProperties);
        Builtins.AsyncGeneratorPrototype.DefineProperties(_realm, generatorPrototype);
    }

    /// <summary>%AsyncIteratorPrototype%.</summary>
    public JsObject AsyncIteratorPrototype => _asyncIteratorPrototype ??= CreateNamespace(Builtins.AsyncIteratorPrototype.DefineProperties);

    /// <summary>%AsyncFromSyncIteratorPrototype%.</summary>
    public JsObject AsyncFromSyncIteratorPrototype => _asyncFromSyncIteratorPrototype ??= CreateAsyncFromSync();

    private JsObject CreateAsyncFromSync()
    {
        var o = new JsObject(AsyncIteratorPrototype);
        Builtins.AsyncFromSyncIteratorPrototype.DefineProperties(_realm, o);
        return o;
    }
}
