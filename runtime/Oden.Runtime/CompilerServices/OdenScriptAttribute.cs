// The contract between a generated assembly and the runtime that loads it.
//
// A generated handler.dll carries exactly one [assembly: OdenScript(abiVersion, dialect, entryType)].
// The entry type has `public static JsValue Run(Realm realm)`: it runs the entry module's body in the
// realm (CommonJS: a fresh module object, require, exports, __filename, __dirname; classic-script mode:
// global declarations) and returns module.exports (undefined for a classic script). Loaders check the ABI
// version first and refuse a mismatch with a message that says which versions were involved.
using System.ComponentModel;
using System.Reflection;

namespace Oden.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class OdenScriptAttribute(int abiVersion, string dialect, Type entryType) : Attribute
{
    public int AbiVersion { get; } = abiVersion;
    public string Dialect { get; } = dialect;
    public Type EntryType { get; } = entryType;
}

/// <summary>The runtime ABI version generated code is built against.</summary>
public static class RuntimeAbi
{
    /// <summary>Bump when a change to Ops, JsValue, JsClosure or the entry contract breaks generated code.</summary>
    public const int Version = 6;
}

/// <summary>Finds and runs the entry of a loaded script assembly.</summary>
public static class ScriptAssembly
{
    /// <summary>Validates the assembly's [OdenScript] attribute and returns it.</summary>
    public static OdenScriptAttribute Describe(Assembly assembly)
    {
        var attribute = assembly.GetCustomAttribute<OdenScriptAttribute>()
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} is not an Oden script assembly (no [OdenScript] attribute): compile it with odenc.");
        if (attribute.AbiVersion != RuntimeAbi.Version)
        {
            throw new InvalidOperationException(
                $"{assembly.GetName().Name} was compiled for Oden runtime ABI {attribute.AbiVersion}, but this runtime is ABI {RuntimeAbi.Version}: recompile it with the matching odenc.");
        }

        return attribute;
    }

    /// <summary>Runs the script's entry module in <paramref name="realm"/> and returns its module.exports.</summary>
    public static JsValue Run(Assembly assembly, Realm realm)
    {
        OdenScriptAttribute attribute = Describe(assembly);
        MethodInfo run = attribute.EntryType.GetMethod("Run", BindingFlags.Public | BindingFlags.Static, [typeof(Realm)])
            ?? throw new InvalidOperationException($"{attribute.EntryType.FullName} has no public static Run(Realm) method.");
        var entry = run.CreateDelegate<Func<Realm, JsValue>>();
        return entry(realm);
    }
}
