// The source text of a compiled module, for Function.prototype.toString. The compiler stores each
// module's text once, as initialized (RVA) data of the generated assembly — UTF-8 when the text is
// well-formed, UTF-16 when it holds lone surrogates — and each closure class slices it by its
// [start, end) range. The text is decoded on the first toString of a function of that module and kept
// in a static field of the generated module type: realm-independent data, collected with the assembly.
using System.ComponentModel;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Oden.Runtime.CompilerServices;

[EditorBrowsable(EditorBrowsableState.Never)]
public static class SourceTextTable
{
    /// <summary>Decodes a module's stored text: <paramref name="utf16"/> says which encoding the compiler used.</summary>
    public static string Decode(ref byte data, int byteLength, bool utf16)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.CreateReadOnlySpan(ref data, byteLength);
        return utf16 ? new string(MemoryMarshal.Cast<byte, char>(bytes)) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The stored bytes of a module's text and whether they are UTF-16 (the compiler's side of <see cref="Decode"/>).</summary>
    public static byte[] Encode(string text, out bool utf16)
    {
        try
        {
            utf16 = false;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            utf16 = true;
            return MemoryMarshal.AsBytes(text.AsSpan()).ToArray();
        }
    }

    /// <summary>A function's slice of its module's text.</summary>
    public static string Slice(string source, int start, int end) => source.Substring(start, end - start);

    /// <summary>The source text of a generated closure class (its FunctionSource range in its module's text), or null.</summary>
    internal static string? SourceOf(Type closureType)
    {
        if (closureType.GetCustomAttribute<FunctionSourceAttribute>(inherit: false) is not { } range) return null;
        Type? module = closureType.Assembly.GetType($"{closureType.Namespace}.Module{range.Module}", throwOnError: false);
        MethodInfo? sourceText = module?.GetMethod("SourceText", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
        return sourceText?.Invoke(null, null) is string text ? Slice(text, range.Start, range.End) : null;
    }
}

/// <summary>
/// On a generated closure class: the function's [start, end) range in the text of its module, the generated type
/// ModuleN (N = <see cref="Module"/>, with a static SourceText() method) of the class's namespace. Read by
/// Function.prototype.toString. (Metadata instead of a method per function: the compiler writes the 16-byte blob.)
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FunctionSourceAttribute(int module, int start, int end) : Attribute
{
    public int Module { get; } = module;
    public int Start { get; } = start;
    public int End { get; } = end;
}
