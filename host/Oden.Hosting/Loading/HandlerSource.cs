// Where a handler version comes from: a file on disk (.js compiled in process, .dll loaded), JavaScript
// text pushed by a host, or an assembly image pushed by a host (IOdenHandler.ReloadAsync).
namespace Oden.Hosting;

/// <summary>The code of a handler version.</summary>
public sealed class OdenHandlerSource
{
    private OdenHandlerSource(string path, string? javaScript, byte[]? assembly, byte[]? pdb)
    {
        Path = path;
        JavaScript = javaScript;
        Assembly = assembly;
        Pdb = pdb;
    }

    /// <summary>The file (or, for pushed code, the name used in stack traces and for relative requires).</summary>
    public string Path { get; }

    internal string? JavaScript { get; }

    internal byte[]? Assembly { get; }

    internal byte[]? Pdb { get; }

    internal bool IsFile => JavaScript is null && Assembly is null;

    internal bool IsAssembly => Assembly is not null || (IsFile && Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));

    /// <summary>A .js file (compiled with everything it requires) or a .dll compiled by odenc.</summary>
    public static OdenHandlerSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new OdenHandlerSource(System.IO.Path.GetFullPath(path), null, null, null);
    }

    /// <summary>JavaScript text; <paramref name="path"/> names it in stack traces and resolves relative requires.</summary>
    public static OdenHandlerSource FromJavaScript(string source, string path = "handler.js")
    {
        ArgumentNullException.ThrowIfNull(source);
        return new OdenHandlerSource(System.IO.Path.GetFullPath(path), source, null, null);
    }

    /// <summary>An assembly compiled by odenc (and optionally its portable PDB).</summary>
    public static OdenHandlerSource FromAssembly(byte[] assembly, byte[]? pdb = null, string name = "handler.dll")
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new OdenHandlerSource(name, null, assembly, pdb);
    }

    public override string ToString() => JavaScript is not null ? $"pushed JavaScript ({Path})" : Assembly is not null ? $"pushed assembly ({Path})" : Path;
}
