using Oden.Compiler.Diagnostics;

namespace Oden.Compiler;

/// <summary>The outcome of <see cref="OdenCompilation.Emit"/>: success, or the diagnostics that prevented it.</summary>
public sealed class EmitResult
{
    internal EmitResult(bool success, IReadOnlyList<Diagnostic> diagnostics)
    {
        Success = success;
        Diagnostics = diagnostics;
    }

    public bool Success { get; }

    /// <summary>All diagnostics, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
