namespace Oden.Compiler;

public sealed class CompilationOptions
{
    public static CompilationOptions Default { get; } = new();

    /// <summary>CommonJS module (like `node file.js`) or classic script (`odenc run --script`).</summary>
    public ScriptMode Mode { get; init; } = ScriptMode.CommonJsModule;

    /// <summary>The generated assembly's name; defaults to the entry file's name without extension.</summary>
    public string? AssemblyName { get; init; }
}
