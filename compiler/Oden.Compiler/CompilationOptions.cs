namespace Oden.Compiler;

public sealed class CompilationOptions
{
    public static CompilationOptions Default { get; } = new();

    /// <summary>CommonJS module (like `node file.js`) or classic script (`odenc run --script`).</summary>
    public ScriptMode Mode { get; init; } = ScriptMode.CommonJsModule;

    /// <summary>The generated assembly's name; defaults to the entry file's name without extension.</summary>
    public string? AssemblyName { get; init; }

    /// <summary>
    /// A debug build for `odenc run --ic-stats`: every property, method and global site counts its accesses
    /// (Ops.CountSiteAccess before the access), so that InlineCacheStatistics can report hits beside misses.
    /// Off by default: the counter would cost every access of production code.
    /// </summary>
    public bool CountCacheAccesses { get; init; }
}
