// CommonJS modules of one generated assembly. The compiler resolves every literal relative require()
// at compile time and compiles the required files into the same assembly; this registry is the
// resulting table (module i: its id, __filename, __dirname and the specifiers it may require, each
// mapped to a module index), and the generated subclass creates module i's function.
//
// Semantics follow node: a module body runs once per realm (the realm's ModuleCache holds its module
// object, keyed by the registry's assembly-unique prefix and the module id); a cycle sees the partial
// exports of a module still loading; a module that throws is removed from the cache and the error
// propagates to require(); `this` at a module's top level is its initial module.exports.
using System.ComponentModel;

namespace Oden.Runtime.CompilerServices;

[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ModuleRegistry
{
    private readonly string[] _cacheKeys; // cachePrefix + id, built once
    private readonly string[] _filenames;
    private readonly string[] _dirnames;
    private readonly string[][] _specifiers;
    private readonly int[][] _targets;

    /// <param name="cachePrefix">Unique per generated assembly, so two scripts in one realm do not share module ids.</param>
    /// <param name="ids">Module ids (module 0 is the entry); also __filename unless <paramref name="filenames"/> says otherwise.</param>
    /// <param name="filenames">__filename of each module.</param>
    /// <param name="dirnames">__dirname of each module.</param>
    /// <param name="specifiers">For each module, the require() specifiers resolved at compile time.</param>
    /// <param name="targets">For each module, the module index each specifier resolves to.</param>
    protected ModuleRegistry(string cachePrefix, string[] ids, string[] filenames, string[] dirnames, string[][] specifiers, int[][] targets)
    {
        _cacheKeys = Array.ConvertAll(ids, id => cachePrefix + id);
        _filenames = filenames;
        _dirnames = dirnames;
        _specifiers = specifiers;
        _targets = targets;
    }

    /// <summary>Creates the function whose body is module <paramref name="index"/>'s top level.</summary>
    protected abstract JsFunction CreateModuleFunction(Realm realm, int index);

    /// <summary>Runs the entry module (index 0) and returns its module.exports.</summary>
    public JsValue RunMain(Realm realm) => Require(realm, 0);

    private string CacheKey(int index) => _cacheKeys[index];

    internal JsObject? MainModule(Realm realm) =>
        realm.ModuleCache.TryGetValue(CacheKey(0), out JsObject? main) ? main : null;

    /// <summary>require() of module <paramref name="index"/>: cached per realm; runs the body on first use.</summary>
    internal JsValue Require(Realm realm, int index)
    {
        string key = CacheKey(index);
        if (realm.ModuleCache.TryGetValue(key, out JsObject? cached))
        {
            return cached.Get("exports");
        }

        var exports = new JsObject(realm.Intrinsics.ObjectPrototype);
        var module = new JsObject(realm.Intrinsics.ObjectPrototype);
        module.FastAddProperty("id", index == 0 ? "." : _filenames[index]);
        module.FastAddProperty("path", _dirnames[index]);
        module.FastAddProperty("exports", exports);
        module.FastAddProperty("filename", _filenames[index]);
        module.FastAddProperty("loaded", JsValue.False);
        realm.ModuleCache[key] = module;

        var require = new RequireFunction(realm, this, index);
        JsFunction body = CreateModuleFunction(realm, index);
        var args = new JsValue[] { exports, require, module, _filenames[index], _dirnames[index] };
        try
        {
            body.Call(exports, args);
        }
        catch
        {
            realm.ModuleCache.Remove(key);
            throw;
        }

        module.Set("loaded", JsValue.True);
        return module.Get("exports");
    }

    internal bool TryResolve(int from, string specifier, out int target)
    {
        string[] specifiers = _specifiers[from];
        for (int i = 0; i < specifiers.Length; i++)
        {
            if (specifiers[i] == specifier)
            {
                target = _targets[from][i];
                return true;
            }
        }

        target = -1;
        return false;
    }
}

/// <summary>A module's <c>require</c>: resolves the specifiers the compiler saw; anything else is MODULE_NOT_FOUND.</summary>
internal sealed class RequireFunction : JsFunction
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    private readonly ModuleRegistry _registry;
    private readonly int _module;

    public RequireFunction(Realm realm, ModuleRegistry registry, int module)
        : base(realm, realm.Intrinsics.FunctionPrototype, s_shape)
    {
        _registry = registry;
        _module = module;
        _slots[0] = JsValue.FromNumber(1);
        _slots[1] = "require";
        JsObject? main = registry.MainModule(realm);
        DefineDataProperty("main", main is null ? default(JsValue) : new JsValue(main), PropertyFlags.Default);
    }

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        JsValue specifier = arguments.At(0);
        if (!specifier.IsString)
        {
            throw Realm.TypeError($"The \"id\" argument must be of type string. Received {Operations.DescribeForError(Realm, specifier)}");
        }

        string text = specifier.AsString();
        if (_registry.TryResolve(_module, text, out int target))
        {
            return _registry.Require(Realm, target);
        }

        JsException error = Realm.Error($"Cannot find module '{text}'");
        if (error.Value.TryGetObject is { } o) o.FastAddProperty("code", "MODULE_NOT_FOUND");
        throw error;
    }
}
